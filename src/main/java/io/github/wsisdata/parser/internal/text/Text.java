package io.github.wsisdata.parser.internal.text;

/** White-space normalization of text fields, by the classes of {@link CharClass}. */
public final class Text {
  private Text() {}

  /**
   * Whether the code point counts as white space on these pages ({@link CharClass#SPACE}).
   *
   * @param cp a code point
   * @return true for white space
   */
  public static boolean isSpace(int cp) {
    return CharClass.isSpace(cp);
  }

  /**
   * Collapses every run of white space to one space and trims both ends.
   *
   * @param text any text
   * @return normalized text
   */
  public static String normalize(CharSequence text) {
    if (text instanceof String s) {
      return normalize(s);
    }
    return collapse(text, 0);
  }

  /**
   * Collapses every run of white space to one space and trims both ends. A string that is printable
   * ASCII with single spaces once its ends are trimmed (most lines: white space at an end, such as
   * a trailing no-break space, is the usual exception) is cut, not rebuilt.
   *
   * @param text any text
   * @return normalized text, {@code text} itself if it is normalized
   */
  public static String normalize(String text) {
    int length = text.length();
    int start = 0;
    while (start < length && isSpace(text.charAt(start))) {
      start++;
    }
    int end = length;
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    char previous = 'x';
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < ' ' || c >= 0x7F || (c == ' ' && previous == ' ')) {
        return collapse(text, start);
      }
      previous = c;
    }
    return start == 0 && end == length ? text : text.substring(start, end);
  }

  /**
   * Whether a text holds more than {@code limit} code points that are not white space: then its
   * {@link #normalize normalized} form is longer than {@code limit} characters. Stops counting
   * there.
   *
   * @param text any text
   * @param limit the count to pass
   * @return true if more than {@code limit} code points of it are not white space
   */
  public static boolean nonSpaceMoreThan(String text, int limit) {
    if (text.length() <= limit) {
      return false;
    }
    int count = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      // printable ASCII first: most characters are
      // (the low half of a surrogate pair is not counted: the pair is one code point)
      if (((c > ' ' && c < 0x7F)
              || (!isSpace(c)
                  && !(Character.isLowSurrogate(c)
                      && i > 0
                      && Character.isHighSurrogate(text.charAt(i - 1)))))
          && ++count > limit) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a char is white space, as {@link #isSpace(int)} (no surrogate is white space).
   *
   * @param c a char
   * @return true for white space
   */
  public static boolean isSpace(char c) {
    return CharClass.isSpace(c);
  }

  /** The general case, from {@code from} on (what stands before it is white space). */
  private static String collapse(CharSequence text, int from) {
    int length = text.length();
    char[] out = new char[length - from];
    int n = 0;
    boolean pendingSpace = false;
    for (int i = from; i < length; i++) {
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
