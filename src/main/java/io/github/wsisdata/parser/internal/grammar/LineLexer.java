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

  /** Tokens read ahead to find a lost dash, handed out before the lexer is asked again. */
  private final java.util.ArrayDeque<Token> ahead = new java.util.ArrayDeque<>();

  /** The type of the token handed out last. */
  private int previous = -1;

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
    ahead.clear();
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
    return ahead.isEmpty() ? super.nextToken() : ahead.poll();
  }

  /**
   * Two days with only white space between them, before a month ({@code 19 23 May 2005}) or after
   * one and before a year ({@code November 6 24, 2006}): the dash between them was lost in
   * conversion, and a dash with no text stands for it (the builder warns about it).
   */
  private Token lostDash(Token day) {
    if (day.getType() != NUMBER || day.getText().length() > 2) {
      return null;
    }
    while (ahead.size() < 2) {
      ahead.add(super.nextToken());
    }
    java.util.Iterator<Token> it = ahead.iterator();
    Token second = it.next();
    Token third = it.next();
    if (second.getType() != NUMBER || second.getText().length() > 2) {
      return null;
    }
    boolean dayFirst = third.getType() >= JANUARY && third.getType() <= DECEMBER;
    boolean monthFirst =
        previous >= JANUARY
            && previous <= DECEMBER
            && (third.getType() == COMMA
                || (third.getType() == NUMBER && third.getText().length() == 4));
    if (!dayFirst && !monthFirst) {
      return null;
    }
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
