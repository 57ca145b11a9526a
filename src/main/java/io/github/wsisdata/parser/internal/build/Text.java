package io.github.wsisdata.parser.internal.build;

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
    int length = text.length();
    if (length > 0 && isPlain(text, length)) {
      return text.toString();
    }
    char[] out = new char[length];
    int n = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean space;
      if (c > ' ' && c < 0x7F) {
        space = false;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.codePointAt(text, i);
        space = isSpace(cp);
        if (!space) {
          if (pendingSpace) {
            out[n++] = ' ';
            pendingSpace = false;
          }
          out[n++] = c;
          out[n++] = text.charAt(++i);
          continue;
        }
      } else {
        space = isSpace(c);
      }
      if (space) {
        pendingSpace = n > 0;
      } else {
        if (pendingSpace) {
          out[n++] = ' ';
          pendingSpace = false;
        }
        out[n++] = c;
      }
    }
    return new String(out, 0, n);
  }

  /** Already normalized: printable ASCII, single inner spaces, no space at either end. */
  private static boolean isPlain(CharSequence text, int length) {
    if (text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < ' ' || c >= 0x7F || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return true;
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
