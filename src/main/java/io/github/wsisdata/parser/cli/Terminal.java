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
      // control characters, and the bidirectional overrides and isolates (U+202A-U+202E,
      // U+2066-U+2069) that would reorder what a terminal shows around them
      if (Character.isISOControl(c)
          || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069')) {
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

  /**
   * Whether a standard stream is a terminal: on Linux, what {@code /proc/self/fd/N} points to (a
   * {@code /dev/pts} or {@code /dev/tty} device); elsewhere, whether Java has a console (standard
   * input and output both terminals).
   *
   * @param fd 1 for standard output, 2 for standard error
   * @return true for a terminal
   */
  static boolean isTerminal(int fd) {
    java.nio.file.Path link = java.nio.file.Path.of("/proc/self/fd/" + fd);
    try {
      String target = java.nio.file.Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException e) {
      return System.console() != null;
    }
  }

  /**
   * Whether standard input brings data: a pipe, a socket or a redirected file ({@code wsis <
   * page.txt}); not a terminal, {@code /dev/null} or a closed stream. Known on Linux (what {@code
   * /proc/self/fd/0} points to); elsewhere false, so the bundled page is read as before.
   *
   * @return true if standard input should be read when no input is named
   */
  static boolean standardInputHasData() {
    try {
      String target =
          java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/0")).toString();
      if (target.startsWith("pipe:") || target.startsWith("socket:")) {
        return true;
      }
      java.nio.file.Path path = java.nio.file.Path.of(target);
      return path.isAbsolute() && java.nio.file.Files.isRegularFile(path);
    } catch (java.io.IOException
        | UnsupportedOperationException
        | java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /**
   * The width of the terminal: {@code $COLUMNS} when set, else what {@code stty size} says of the
   * controlling terminal; 0 if neither can tell. (JLine tells the same, but its start-up cost a
   * quarter of a second, more than the whole main job; progress bars use it.)
   *
   * @return columns, or 0
   */
  static int width() {
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.matches("[0-9]{1,4}")) {
      return Integer.parseInt(columns);
    }
    try {
      Process stty =
          new ProcessBuilder("stty", "size")
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/tty")))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String size =
          new String(
                  stty.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII)
              .strip();
      if (stty.waitFor() == 0 && size.matches("[0-9]+ [0-9]+")) {
        return Integer.parseInt(size.substring(size.indexOf(' ') + 1));
      }
    } catch (java.io.IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
