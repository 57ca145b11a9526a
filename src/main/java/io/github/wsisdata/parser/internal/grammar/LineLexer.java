package io.github.wsisdata.parser.internal.grammar;

import io.github.wsisdata.parser.internal.text.CharClass;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The lexer of one entry line: the generated {@link WsisLexer} (which holds no Java), with the
 * line's one depth scanner on top (Trino's {@code DelimiterLexer extends SqlBaseLexer} is the
 * model). Always lex a line with this class, as the grammar's token types {@code NESTED_*}, {@code
 * DATE_SEPARATOR} and the first {@code BULLET} are given here, by a token's place:
 *
 * <ul>
 *   <li>{@code (} opening and {@code )} closing the outermost level stay {@code LPAREN} and {@code
 *       RPAREN}; inner ones become {@code NESTED_LPAREN} and {@code NESTED_RPAREN} (text, for the
 *       parser). Parentheses are counted here, in a loop over tokens, never by rule recursion, so
 *       that deep nesting costs no stack;
 *   <li>a separating dash or a {@code /} inside parentheses becomes {@code NESTED_SEPARATOR} or
 *       {@code NESTED_SLASH}, so that it never separates organizers, title or organizer names;
 *   <li>a separating dash right before a date (a number, an ordinal, a day or a month name) becomes
 *       {@code DATE_SEPARATOR}, inside parentheses too ({@code (Geneva 28 June - 1 July 2005)}): it
 *       joins the two ends of a range, and the parser needs no look-ahead to tell {@code 28 June -
 *       1 July 2005} from a date followed by a title;
 *   <li>the line's first token is its entry marker ({@code BULLET}) when it is a bullet, a dash
 *       followed by white space (the {@code SEPARATOR} token ends in it), or the letter {@code o}
 *       on its own.
 * </ul>
 */
public class LineLexer extends WsisLexer {
  private int depth;
  private boolean first = true;
  private Token pending;

  /**
   * Tokens read ahead (to find a lost dash, a yearless date), handed out before the lexer is asked
   * again: {@code ahead[head]} to {@code ahead[tail - 1]}. A plain array, as this runs for every
   * day of every line.
   */
  private Token[] ahead = new Token[8];

  private int head;
  private int tail;

  /** The type of the token handed out last. */
  private int previous = -1;

  /** The year a date with none at the line's start gets (0: none), see {@link #setContextYear}. */
  private int contextYear;

  /**
   * Sets the year of the section being read (from its heading, {@code Events throughout 2006}): a
   * date with no year at the start of a line ({@code November 6 24, Turkey (Antalia): ...}, {@code
   * 24 - 28 October Intersessional work}) gets it, as a {@code NUMBER} with no text right after the
   * date's last day or month, so that the grammar reads the date as written with that year. Kept
   * from line to line until set again.
   *
   * @param year the year, or 0 for none
   */
  public void setContextYear(int year) {
    contextYear = year;
  }

  /**
   * A lexer over a line.
   *
   * @param input the line's characters; {@code null} to set them later
   */
  public LineLexer(CharStream input) {
    super(input);
  }

  @Override
  public void reset() {
    super.reset();
    depth = 0;
    first = true;
    pending = null;
    head = 0;
    tail = 0;
    previous = -1;
  }

  /**
   * Whether a token is a dash the lexer put where a conversion lost it ({@code 19 23 May 2005}): a
   * {@code DATE_SEPARATOR} with no text, between two days.
   *
   * @param token a token
   * @return true for a lost dash
   */
  public static boolean isLostDash(Token token) {
    return token.getType() == DATE_SEPARATOR && token.getStopIndex() < token.getStartIndex();
  }

  /** The next token from the lexer, read-ahead ones first. */
  private Token pull() {
    if (head == tail) {
      return super.nextToken();
    }
    Token t = ahead[head++];
    if (head == tail) {
      head = 0;
      tail = 0;
    }
    return t;
  }

  /** The {@code k}-th token read ahead (0: the next one), reading as far as needed. */
  private Token ahead(int k) {
    while (tail - head <= k) {
      makeRoom();
      ahead[tail++] = super.nextToken();
    }
    return ahead[head + k];
  }

  /** Room for one more token read ahead. */
  private void makeRoom() {
    if (tail == ahead.length) {
      ahead = java.util.Arrays.copyOf(ahead, ahead.length * 2);
    }
  }

  /**
   * A token's length in characters, without making its text; a token put here with no text under it
   * (a lost dash, a year from the heading) has the length of its text.
   */
  private static int length(Token t) {
    int n = t.getStopIndex() - t.getStartIndex() + 1;
    return n > 0 ? n : t.getText().length();
  }

  /**
   * Two days with only white space between them, before a month ({@code 19 23 May 2005}) or after
   * one and before a year ({@code November 6 24, 2006}): the dash between them was lost in
   * conversion, and a dash with no text stands for it (the builder warns about it).
   */
  private Token lostDash(Token day) {
    if (day.getType() != NUMBER || length(day) > 2) {
      return null;
    }
    Token second = ahead(0);
    if (second.getType() != NUMBER && !isMonth(second.getType())) {
      return null; // neither shape: no need to read the third token
    }
    Token third = ahead(1);
    if (previous >= JANUARY
        && previous <= DECEMBER
        && second.getType() >= JANUARY
        && second.getType() <= DECEMBER
        && third.getType() == NUMBER
        && length(third) <= 2) {
      return dashBefore(second); // "October 30 November 2": month first, across two months
    }
    if (second.getType() != NUMBER || length(second) > 2) {
      return null;
    }
    boolean dayFirst = third.getType() >= JANUARY && third.getType() <= DECEMBER;
    boolean monthFirst =
        previous >= JANUARY
            && previous <= DECEMBER
            && (third.getType() == COMMA || (third.getType() == NUMBER && length(third) == 4));
    if (!dayFirst && !monthFirst) {
      return null;
    }
    return dashBefore(second);
  }

  /** A dash with no text right before a token (where a conversion lost one). */
  private CommonToken dashBefore(Token second) {
    CommonToken dash =
        new CommonToken(
            new org.antlr.v4.runtime.misc.Pair<>(this, _input),
            DATE_SEPARATOR,
            Token.DEFAULT_CHANNEL,
            second.getStartIndex(),
            second.getStartIndex() - 1);
    dash.setText("");
    dash.setLine(second.getLine());
    dash.setCharPositionInLine(second.getCharPositionInLine());
    return dash;
  }

  /** The {@code k}-th token of the line from {@code first} on (0: {@code first}), read ahead. */
  private Token at(Token first, int k) {
    return k == 0 ? first : ahead(k - 1);
  }

  /** Puts the section's year after the yearless date that starts a line, if one does. */
  private void fillYear(Token firstToken) {
    int i = firstToken.getType() == BULLET || firstToken.getType() == GO ? 1 : 0;
    int last; // the position of the date's last token, after which the year goes
    if (isMonth(at(firstToken, i).getType())) {
      if (!isDay(at(firstToken, i + 1))) {
        return;
      }
      last = i + 1;
      i += 2;
      Token t = at(firstToken, i);
      if (isRangeSeparator(t.getType())) {
        int j = isMonth(at(firstToken, i + 1).getType()) ? i + 2 : i + 1;
        if (isDay(at(firstToken, j))) {
          last = j;
        }
      } else if (isDay(t)) {
        last = i; // a lost dash: "November 6 24"
      } else if (isMonth(t.getType()) && isDay(at(firstToken, i + 1))) {
        last = i + 1; // "October 30 November 2"
      }
    } else if (isDay(at(firstToken, i))) {
      i++;
      if (isRangeSeparator(at(firstToken, i).getType()) && isDay(at(firstToken, i + 1))) {
        i += 2;
      } else if (isDay(at(firstToken, i))) {
        i++;
      }
      if (!isMonth(at(firstToken, i).getType())) {
        return;
      }
      last = i;
      if (isRangeSeparator(at(firstToken, i + 1).getType())
          && isDay(at(firstToken, i + 2))
          && isMonth(at(firstToken, i + 3).getType())) {
        last = i + 3; // "24 October - 2 November"
      }
    } else {
      return;
    }
    Token next = at(firstToken, last + 1);
    if (isYear(next) || (next.getType() == COMMA && isYear(at(firstToken, last + 2)))) {
      return; // the date has its year
    }
    Token after = at(firstToken, last);
    CommonToken year =
        new CommonToken(
            new org.antlr.v4.runtime.misc.Pair<>(this, _input),
            NUMBER,
            Token.DEFAULT_CHANNEL,
            after.getStopIndex() + 1,
            after.getStopIndex());
    year.setText(Integer.toString(contextYear));
    year.setLine(after.getLine());
    year.setCharPositionInLine(after.getCharPositionInLine() + length(after));
    // the tokens read ahead are those after the first: the year goes at position last - 1, plus one
    makeRoom();
    System.arraycopy(ahead, head + last, ahead, head + last + 1, tail - head - last);
    ahead[head + last] = year;
    tail++;
  }

  private static boolean isMonth(int type) {
    return type >= JANUARY && type <= DECEMBER;
  }

  private static boolean isDay(Token t) {
    return t.getType() == ORDINAL || (t.getType() == NUMBER && length(t) <= 2);
  }

  private static boolean isYear(Token t) {
    return t.getType() == NUMBER && length(t) == 4;
  }

  private static boolean isRangeSeparator(int type) {
    return type == DASH || type == SEPARATOR || type == TO || type == UNTIL;
  }

  /**
   * Whether a token is a year the lexer put after a date that had none (see {@link
   * #setContextYear}): a {@code NUMBER} with no text under it.
   *
   * @param token a token
   * @return true for a year from the section's heading
   */
  public static boolean isContextYear(Token token) {
    return token.getType() == NUMBER && token.getStopIndex() < token.getStartIndex();
  }

  @Override
  public Token nextToken() {
    Token token;
    if (pending != null) {
      token = pending;
      pending = null;
    } else {
      token = pull();
    }
    if (first) {
      first = false;
      if (isMarker(token)) {
        retype(token, BULLET);
      }
      if (contextYear > 0) {
        fillYear(token);
      }
    }
    switch (token.getType()) {
      case LPAREN:
        if (depth++ > 0) {
          retype(token, NESTED_LPAREN);
        }
        break;
      case RPAREN:
        if (depth > 1) {
          retype(token, NESTED_RPAREN);
        }
        depth = Math.max(0, depth - 1);
        break;
      case SLASH:
        if (depth > 0) {
          retype(token, NESTED_SLASH);
        }
        break;
      case SEPARATOR:
        pending = pull();
        if (startsDate(pending.getType())) {
          retype(token, DATE_SEPARATOR);
        } else if (depth > 0) {
          retype(token, NESTED_SEPARATOR);
        }
        break;
      case NUMBER:
        Token dash = lostDash(token);
        if (dash != null) {
          pending = dash;
        }
        break;
      default:
        break;
    }
    previous = token.getType();
    return token;
  }

  private static void retype(Token token, int type) {
    ((CommonToken) token).setType(type);
  }

  /** A dash followed by white space (the {@code SEPARATOR} token ends in it), or "o" on its own. */
  private static boolean isMarker(Token token) {
    if (token.getType() == SEPARATOR) {
      String text = token.getText();
      return CharClass.isSpace(text.codePointBefore(text.length()));
    }
    return token.getType() == WORD && token.getText().equals("o");
  }

  private static boolean startsDate(int type) {
    return type == NUMBER
        || type == ORDINAL
        || type == WEEKDAY
        || (type >= JANUARY && type <= DECEMBER);
  }
}
