package io.github.wsisdata.parser.internal.grammar;

import org.antlr.v4.runtime.CharStream;
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
 * #getText} is the underlying stream's), and the positions are the same. {@code
 * LexingViewProperties} checks that every string lexes to the same tokens either way.
 */
final class LexingView implements CharStream {
  private final CharStream chars;
  private final int[] data;
  private int position;

  /**
   * The view of a line.
   *
   * @param chars the line's characters (for the tokens' text)
   * @param text the same line as a string
   */
  LexingView(CharStream chars, String text) {
    this.chars = chars;
    int[] points = text.codePoints().toArray();
    for (int i = 0; i < points.length; i++) {
      if (points[i] >= 0x80) {
        points[i] = standIn(points[i]);
      }
    }
    this.data = points;
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
      return offset < data.length ? data[offset] : EOF;
    }
    if (i < 0) {
      int offset = position + i;
      return offset >= 0 ? data[offset] : EOF;
    }
    return 0; // undefined, as in ANTLR's own streams
  }

  @Override
  public String getText(Interval interval) {
    return chars.getText(interval);
  }

  @Override
  public void consume() {
    if (position >= data.length) {
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
    return data.length;
  }

  @Override
  public String getSourceName() {
    return chars.getSourceName();
  }

  @Override
  public String toString() {
    return chars.toString();
  }
}
