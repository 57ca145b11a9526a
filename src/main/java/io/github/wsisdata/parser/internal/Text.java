package io.github.wsisdata.parser.internal;

/** White-space normalization of text fields. */
public final class Text {
  private Text() {}

  /**
   * Whether the code point counts as white space on these pages: Java white space, every Unicode
   * space separator (NBSP, U+202F, U+2009, ...), and the invisible U+200B, U+180E and U+FEFF.
   *
   * @param cp a code point
   * @return true for white space
   */
  public static boolean isSpace(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == 0x200B
        || cp == 0x180E
        || cp == 0xFEFF;
  }

  /**
   * Collapses every run of white space to one space and trims both ends.
   *
   * @param text any text
   * @return normalized text
   */
  public static String normalize(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /**
   * Whether the text is empty or white space only.
   *
   * @param text any text
   * @return true if blank
   */
  public static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      if (!isSpace(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * Number of leading white-space code points.
   *
   * @param text any text
   * @return indentation width in code points
   */
  public static int indentation(CharSequence text) {
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      if (!isSpace(cp)) {
        break;
      }
      count++;
      i += Character.charCount(cp);
    }
    return count;
  }
}
