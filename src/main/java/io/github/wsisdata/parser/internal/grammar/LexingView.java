package io.github.wsisdata.parser.internal.grammar;

import io.github.wsisdata.parser.internal.text.CharClass;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A line as the lexer looks at it: every character outside ASCII stands for an ASCII character of
 * the same lexical class, except the accented letters the lexer's own literals hold. ANTLR's lexer
 * caches its decisions (DFA edges) for ASCII only, so that a no-break space, an en dash, a curly
 * quote or a letter of "Genève" would otherwise be decided by simulating the lexer's ATN, every
 * time; with this view they take the cached edge of the ASCII character they stand for.
 *
 * <p>The classes are those of {@link CharClass}, which the lexer's sets in {@code
 * grammar/WsisLexer.g4} equal: white space stands as {@code ' '}; dashes as {@code '-'}; list
 * bullets as {@code '*'}; quotation marks as {@code '"'}; every other character is a word character
 * ({@code WORD_CHAR}, the complement of those sets) and stands as {@code 'x'}, a letter no keyword
 * holds, except {@code é á û} (in {@code déc}, {@code fév}, {@code miércoles}, {@code sábado},
 * {@code août}) and their capitals, which stay themselves. The text of every token is still the
 * line's own ({@link #getText} cuts it from the line's string), and the positions are the same.
 * {@code LexingViewProperties} checks that every string lexes to the same tokens either way.
 *
 * <p>The view is also the line's character stream for everything else (tokens' text, rules' text):
 * the stand-ins are made in one pass over the string, and text is cut from the string itself, so a
 * line costs one {@code int} array and no second stream.
 */
final class LexingView implements CharStream {
  private final String text;

  /**
   * The line as ANTLR's own stream, only for a line with surrogate pairs (whose code point
   * positions are not its char positions); null otherwise, and the text is cut from the string.
   */
  private final CharStream supplementary;

  private final int[] data;
  private final int size;
  private int position;

  /**
   * The view of a line, made in one pass over its chars.
   *
   * @param text the line
   */
  LexingView(String text) {
    this(text, new int[text.length()]);
  }

  /**
   * The view of a line, its stand-ins written into {@code buffer} where it is long enough. The
   * buffer is read only while the line is lexed; tokens' text comes from the string, so a runner
   * can hand the same buffer to its next line once this one is lexed.
   *
   * @param text the line
   * @param buffer where to put the stand-ins (a new array is made if it is too short)
   */
  LexingView(String text, int[] buffer) {
    this.text = text;
    int length = text.length();
    int[] points = buffer.length >= length ? buffer : new int[length];
    int count = 0;
    boolean pairs = false;
    for (int i = 0; i < length; ) {
      char c = text.charAt(i++);
      int cp = c;
      if (Character.isHighSurrogate(c) && i < length && Character.isLowSurrogate(text.charAt(i))) {
        cp = Character.toCodePoint(c, text.charAt(i++));
        pairs = true;
      }
      points[count++] = cp < 0x80 ? cp : standIn(cp);
    }
    this.data = points;
    this.size = count;
    this.supplementary = pairs ? CharStreams.fromString(text) : null;
  }

  /** The array holding the stand-ins (to hand to the next line's view once this line is lexed). */
  int[] buffer() {
    return data;
  }

  /** The ASCII stand-in of a character outside ASCII (or the character itself). */
  static int standIn(int c) {
    switch (c) {
      case 0xE9, 0xC9, 0xE1, 0xC1, 0xFB, 0xDB:
        return c; // letters of the lexer's literals
      default:
        return switch (CharClass.of(c)) {
          case SPACE -> ' ';
          case DASH -> '-';
          case BULLET -> '*';
          case QUOTE -> '"';
          case OTHER -> 'x';
        };
    }
  }

  @Override
  public int LA(int i) {
    if (i > 0) {
      int offset = position + i - 1;
      return offset < size ? data[offset] : EOF;
    }
    if (i < 0) {
      int offset = position + i;
      return offset >= 0 ? data[offset] : EOF;
    }
    return 0; // undefined, as in ANTLR's own streams
  }

  @Override
  public String getText(Interval interval) {
    if (supplementary != null) {
      return supplementary.getText(interval);
    }
    // as ANTLR's CodePointCharStream: clamped to the text
    int start = Math.min(interval.a, size);
    int end = Math.min(interval.b + 1, size);
    return end <= start ? "" : text.substring(start, end);
  }

  @Override
  public void consume() {
    if (position >= size) {
      throw new IllegalStateException("cannot consume EOF");
    }
    position++;
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {
    // nothing is buffered
  }

  @Override
  public int index() {
    return position;
  }

  @Override
  public void seek(int index) {
    position = index;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String getSourceName() {
    return UNKNOWN_SOURCE_NAME;
  }

  /** The whole line, as ANTLR's own streams give it. */
  @Override
  public String toString() {
    return text;
  }
}
