package io.github.wsisdata.parser.cli;

/**
 * Text for a terminal: control characters from pages and file names (ESC sequences, BEL, a newline
 * in a file name) are shown escaped as {@code \u001b}, so that a hostile page cannot move the
 * cursor, recolour or rewrite the user's terminal. Machine formats (JSON, CSV, ICS, JSON-LD) keep
 * the text and escape it as their own rules say.
 */
final class Terminal {
  private Terminal() {}

  /**
   * Escapes every control character (C0, DEL, C1).
   *
   * @param text any text
   * @return the text, with control characters as {@code \}{@code uXXXX}
   */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
