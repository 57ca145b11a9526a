package io.github.wsisdata.parser.internal.text;

/**
 * The one table of the character classes that the pages' text is read with: white space, dashes,
 * list bullets and quotation marks. The lexer's character sets ({@code SPACE}, {@code DASH_CHAR},
 * {@code BULLET}, {@code QUOTE} in {@code grammar/WsisLexer.g4}), the lexer's ASCII stand-ins, the
 * page reader (markers, indentation, blank lines), text normalization and the HTML renderer all ask
 * this table; {@code CharClassTest} goes through every code point of the Basic Multilingual Plane
 * and checks that the lexer puts each in the same class as this table.
 *
 * <p>A grammar file cannot call Java, so the lexer's sets are written out in the grammar; the test
 * is what keeps them equal to this table.
 */
public enum CharClass {
  /**
   * White space: every Unicode space separator (NBSP, U+202F, U+2009...), the line and paragraph
   * separators, the ASCII controls tab, line feed, vertical tab, form feed, carriage return and the
   * information separators U+001C to U+001F (Java's white space), next line U+0085, and the
   * invisible U+180E, U+200B and U+FEFF.
   */
  SPACE,
  /** Dashes: the hyphen-minus, U+2010 to U+2015, the minus sign and the small and wide hyphens. */
  DASH,
  /**
   * List bullets: {@code • · ◦ ▪ ‣ ○ ■ ► ▸}, and {@code * + >}, which mark a list item only when a
   * space follows them ({@link #isAsciiBullet}).
   */
  BULLET,
  /** Quotation marks that may enclose a title ({@code " “ ” „ « » ‘ ’}); not the apostrophe. */
  QUOTE,
  /** Everything else: letters, digits, other punctuation and symbols. */
  OTHER;

  /** The bullet the HTML renderer writes before a list item. */
  public static final char LIST_BULLET = '\u2022';

  /** The no-break space. */
  public static final char NBSP = '\u00A0';

  /**
   * The class of a code point.
   *
   * @param cp a code point
   * @return its class
   */
  public static CharClass of(int cp) {
    if (isSpace(cp)) {
      return SPACE;
    }
    if (isDash(cp)) {
      return DASH;
    }
    if (isBullet(cp)) {
      return BULLET;
    }
    if (isQuote(cp)) {
      return QUOTE;
    }
    return OTHER;
  }

  /**
   * Whether a code point is white space (see {@link #SPACE}).
   *
   * @param cp a code point
   * @return true for white space
   */
  public static boolean isSpace(int cp) {
    if (cp < 0x80) {
      return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1C && cp <= 0x1F);
    }
    switch (cp) {
      case 0x85, 0xA0, 0x1680, 0x180E, 0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
        return true;
      default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
  }

  /**
   * Whether a code point is a dash (see {@link #DASH}).
   *
   * @param cp a code point
   * @return true for a dash
   */
  public static boolean isDash(int cp) {
    return cp == '-'
        || (cp >= 0x2010 && cp <= 0x2015)
        || cp == 0x2212
        || cp == 0xFE58
        || cp == 0xFE63
        || cp == 0xFF0D;
  }

  /**
   * Whether a code point is a list bullet (see {@link #BULLET}).
   *
   * @param cp a code point
   * @return true for a bullet
   */
  public static boolean isBullet(int cp) {
    switch (cp) {
      case '*', '+', '>', 0x2022, 0xB7, 0x25E6, 0x25AA, 0x2023, 0x25CB, 0x25A0, 0x25BA, 0x25B8:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether a bullet is one of the ASCII signs {@code * + >}, which mark a list item on a page only
   * when a space follows them.
   *
   * @param cp a code point
   * @return true for {@code *}, {@code +} and {@code >}
   */
  public static boolean isAsciiBullet(int cp) {
    return cp == '*' || cp == '+' || cp == '>';
  }

  /**
   * Whether a code point is a quotation mark (see {@link #QUOTE}).
   *
   * @param cp a code point
   * @return true for a quotation mark
   */
  public static boolean isQuote(int cp) {
    switch (cp) {
      case '"', 0x201C, 0x201D, 0x201E, 0xAB, 0xBB, 0x2018, 0x2019:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether a code point is white space as HTML defines it (space, tab, line feed, form feed,
   * carriage return): the only white space a browser collapses; a no-break space shows.
   *
   * @param cp a code point
   * @return true for HTML's ASCII white space
   */
  public static boolean isHtmlSpace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\f' || cp == '\r';
  }
}
