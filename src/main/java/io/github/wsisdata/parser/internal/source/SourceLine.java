package io.github.wsisdata.parser.internal.source;

/** One line of input, without its terminator. */
public sealed interface SourceLine permits SourceLine.Whole, SourceLine.TooLong {
  /** Longest start of an over-long line that is kept (in characters). */
  int KEPT_PREFIX = 1_000;

  /**
   * The line's text: all of it, or the kept start of an over-long line.
   *
   * @return the text
   */
  String text();

  /**
   * A line within the limit.
   *
   * @param text the whole line
   */
  record Whole(String text) implements SourceLine {}

  /**
   * A line over the limit: it was not buffered past the limit, only its start is kept.
   *
   * @param text the first {@value #KEPT_PREFIX} characters at most
   * @param size its size in words ({@code 600000000 bytes}, {@code 90 characters})
   * @param limit the line length limit, in characters
   */
  record TooLong(String text, String size, int limit) implements SourceLine {}

  /** The start of a line that is kept. */
  static String prefix(CharSequence text) {
    int end = Math.min(text.length(), KEPT_PREFIX);
    if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.subSequence(0, end).toString();
  }
}
