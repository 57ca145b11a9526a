package io.github.wsisdata.parser.internal.page;

/**
 * Paragraph text as it grows, in one buffer: lines of a paragraph joined by a space, paragraphs by
 * a blank line. Appending is linear in the text, however long a paragraph runs.
 */
final class Paragraphs {
  /**
   * Past this many characters (a thirtieth of the heap), a paragraph is large for the heap: held
   * whole, it needs several times its size (docs/reliability.md, "Memory by input family").
   */
  static final long LARGE = Runtime.getRuntime().maxMemory() / 30;

  /** Whether this paragraph was already reported large. */
  private boolean large;

  /** The text while it is one line (most descriptions): no buffer, no copy. */
  private String single;

  private final StringBuilder text = new StringBuilder();

  /**
   * Adds a line.
   *
   * @param line the line's text
   * @param continuesParagraph whether it goes on the paragraph before (else a new paragraph)
   * @return true the first time the text grows past {@link #LARGE}
   */
  boolean add(String line, boolean continuesParagraph) {
    if (single == null && text.length() == 0) {
      single = line;
      return crossedLarge();
    }
    if (single != null) {
      text.append(single);
      single = null;
    }
    if (text.length() > 0) {
      text.append(continuesParagraph ? " " : "\n\n");
    }
    text.append(line);
    return crossedLarge();
  }

  private boolean crossedLarge() {
    if (!large && length() > LARGE) {
      large = true;
      return true;
    }
    return false;
  }

  long length() {
    return single != null ? single.length() : text.length();
  }

  String text() {
    return single != null ? single : text.toString();
  }

  void clear() {
    single = null;
    text.setLength(0);
    large = false;
  }
}
