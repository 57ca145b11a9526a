package io.github.wsisdata.parser.internal.build;

/**
 * Lines read ahead of the page reader, on other threads, each by an {@link EntryBuilder} of its
 * own. Reading a line is a function of its text, its number and the way it is read (the builder
 * keeps nothing from one line to the next but interned strings), so a result found here equals the
 * one the reader would have made: taking it changes when the work is done, never the result.
 */
public interface LinesAhead {
  /** The ways the page reader reads a line. */
  enum Kind {
    /** A {@code go} line: {@link EntryBuilder#read}. */
    GO,
    /** A bullet line with a digit: {@link EntryBuilder#readBulleted}. */
    BULLETED,
    /** A line with no marker and a digit: {@link EntryBuilder#readStandalone}. */
    STANDALONE;

    /**
     * Reads a line this way.
     *
     * @param builder the calling thread's builder
     * @param text the line
     * @param line its number
     * @return a {@code ParsedLine} for {@link #GO}, an {@code Optional<ParsedLine>} otherwise
     */
    public Object read(EntryBuilder builder, String text, int line) {
      return switch (this) {
        case GO -> builder.read(text, line);
        case BULLETED -> builder.readBulleted(text, line);
        case STANDALONE -> builder.readStandalone(text, line);
      };
    }
  }

  /**
   * What reading {@code text}, line {@code line}, as {@code kind} gave, if it was read ahead.
   *
   * @param line the line's number
   * @param text the text the reader would read
   * @param kind how it would read it
   * @return the result (as {@link Kind#read}), or null to read it on the calling thread
   */
  Object take(int line, String text, Kind kind);

  /**
   * The normalized text of line {@code line} ({@link Text#normalize}), if it was made ahead and is
   * ready; this never waits.
   *
   * @param line the line's number
   * @param text the line's text
   * @return the normalized text, or null to normalize it on the calling thread
   */
  String normalized(int line, String text);
}
