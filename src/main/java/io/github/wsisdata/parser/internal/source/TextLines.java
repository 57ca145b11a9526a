package io.github.wsisdata.parser.internal.source;

/**
 * The lines of text held in memory, cut straight from it: the same lines as {@link ReaderLines}
 * gives for a reader over the same text (terminators {@code \n}, {@code \r\n} and a lone {@code
 * \r}, a byte order mark at the start dropped, a line over the limit kept as its start), without
 * copying the text into a buffer and a line builder first.
 */
public final class TextLines extends LineSource {
  private final String text;
  private final int maxLineLength;
  private int position;

  /**
   * Lines of a text.
   *
   * @param text the text
   * @param maxLineLength longest line read whole, in characters
   */
  public TextLines(CharSequence text, int maxLineLength) {
    super(() -> {});
    this.text = text.toString();
    this.maxLineLength = maxLineLength;
    this.position = !this.text.isEmpty() && this.text.charAt(0) == '\uFEFF' ? 1 : 0;
  }

  @Override
  SourceLine readLine() {
    int length = text.length();
    if (position >= length) {
      return null;
    }
    int start = position;
    int end = start;
    while (end < length) {
      char c = text.charAt(end);
      if (c == '\n' || c == '\r') {
        break;
      }
      end++;
    }
    position = end + 1;
    if (end < length
        && text.charAt(end) == '\r'
        && end + 1 < length
        && text.charAt(end + 1) == '\n') {
      position++;
    }
    int size = end - start;
    if (size > maxLineLength) {
      int keep = Math.max(maxLineLength, SourceLine.KEPT_PREFIX);
      return new SourceLine.TooLong(
          SourceLine.prefix(text.substring(start, start + Math.min(size, keep))),
          size + " characters",
          maxLineLength);
    }
    return new SourceLine.Whole(text.substring(start, end));
  }
}
