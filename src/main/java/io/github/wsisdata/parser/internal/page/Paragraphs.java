package io.github.wsisdata.parser.internal.page;

/**
 * Paragraph text as it grows, in one buffer: lines of a paragraph joined by a space, paragraphs by
 * a blank line. Appending is linear in the text, however long a paragraph runs.
 */
final class Paragraphs {
  /** The text while it is one line (most descriptions): no buffer, no copy. */
  private String single;

  private final StringBuilder text = new StringBuilder();

  void add(String line, boolean continuesParagraph) {
    if (single == null && text.length() == 0) {
      single = line;
      return;
    }
    if (single != null) {
      text.append(single);
      single = null;
    }
    if (text.length() > 0) {
      text.append(continuesParagraph ? " " : "\n\n");
    }
    text.append(line);
  }

  String text() {
    return single != null ? single : text.toString();
  }

  void clear() {
    single = null;
    text.setLength(0);
  }
}
