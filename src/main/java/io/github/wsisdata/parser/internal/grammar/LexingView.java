package io.github.wsisdata.parser.internal.grammar;

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
 * <p>The classes are those of {@code grammar/WsisLexer.g4}: white space ({@code SPACE}: the Unicode
 * space separators and the other spaces listed there) stands as {@code ' '}; dashes ({@code
 * DASH_CHAR}) as {@code '-'}; list bullets ({@code BULLET}) as {@code '*'}; quotation marks ({@code
 * QUOTE}) as {@code '"'}; every other character is a word character ({@code WORD_CHAR}, the
 * complement of those sets) and stands as {@code 'x'}, a letter no keyword holds, except {@code é á
 * û} (in {@code déc}, {@code fév}, {@code miércoles}, {@code sábado}, {@code août}) and their
 * capitals, which stay themselves. The text of every token is still the line's own ({@link
 * #getText} cuts it from the line's string), and the positions are the same. {@code
 * LexingViewProperties} checks that every string lexes to the same tokens either way.
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
      case 0xA0, 0x1680, 0x202F, 0x205F, 0x3000, 0x85, 0x2028, 0x2029, 0x180E, 0x200B, 0xFEFF:
        return ' ';
      case 0x2212, 0xFE58, 0xFE63, 0xFF0D:
        return '-';
      case 0x2022, 0xB7, 0x25E6, 0x25AA, 0x2023, 0x25CB, 0x25A0, 0x25BA, 0x25B8:
        return '*';
      case 0x201C, 0x201D, 0x201E, 0xAB, 0xBB, 0x2018, 0x2019:
        return '"';
      default:
        if (c >= 0x2000 && c <= 0x200A) {
          return ' ';
        }
        if (c >= 0x2010 && c <= 0x2015) {
          return '-';
        }
        return 'x';
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
