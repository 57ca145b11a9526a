package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.internal.grammar.WsisLexer;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * Whether a line holds a full date, found on the lexer's tokens (so the months, in three languages
 * and abbreviated, are the grammar's own): a day, a month and a year ({@code 24 February 2006},
 * {@code 9-11 May 2005}, {@code 5 de mayo de 2005}), a month, a day and a year ({@code May 12-14,
 * 2005}), an ISO date ({@code 2005-09-19}) or a numeric one ({@code 12/05/2004}). Nothing is
 * parsed.
 */
public final class FullDates {
  private FullDates() {}

  /**
   * The first token of the first full date of a line.
   *
   * @param tokens the line's tokens
   * @return the token, or empty if the line holds no full date
   */
  public static Optional<Token> first(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (isMonth(t)) {
        int before = skip(tokens, i - 1, -1, WsisLexer.DE);
        int after = skip(tokens, i + 1, +1, WsisLexer.DE);
        if (isDay(tokens, before) && isYear(tokens, after)) {
          // back to the range's start: "24 - 28 October", "24 October - 2 November"
          if (isRangeSeparator(tokens, before - 1) && isDay(tokens, before - 2)) {
            before -= 2;
          } else if (isRangeSeparator(tokens, before - 1)
              && before >= 2
              && isMonth(tokens.get(before - 2))
              && isDay(tokens, before - 3)) {
            before -= 3;
          }
          return Optional.of(tokens.get(before));
        }
        // month first: "May 12, 2005", "May 12-14, 2005"
        if (isDay(tokens, i + 1)) {
          int k = i + 2;
          if (isRangeSeparator(tokens, k)) {
            // "May 12-14", "November 6 24" (a lost dash), "October 30 - November 2"
            int end = k + 1 < tokens.size() && isMonth(tokens.get(k + 1)) ? k + 2 : k + 1;
            if (isDay(tokens, end)) {
              k = end + 1;
            }
          }
          if (is(tokens, k, WsisLexer.COMMA)) {
            k++;
          }
          if (isYear(tokens, k)) {
            return Optional.of(t);
          }
        }
      } else if (isYear(tokens, i) && iso(tokens, i) || numeric(tokens, i)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static boolean iso(List<Token> tokens, int i) {
    return adjacent(tokens, i, WsisLexer.DASH)
        && twoDigits(tokens, i + 2)
        && adjacent(tokens, i + 2, WsisLexer.DASH)
        && twoDigits(tokens, i + 4);
  }

  /** {@code 12/05/2004}, {@code 12.05.2004}: two numbers of one or two digits, then a year. */
  private static boolean numeric(List<Token> tokens, int i) {
    if (!twoDigits(tokens, i)) {
      return false;
    }
    int separator = i + 1 < tokens.size() ? tokens.get(i + 1).getType() : -1;
    return (separator == WsisLexer.SLASH || separator == WsisLexer.DOT)
        && adjacent(tokens, i, separator)
        && twoDigits(tokens, i + 2)
        && adjacent(tokens, i + 2, separator)
        && isYear(tokens, i + 4)
        && (Integer.parseInt(tokens.get(i).getText()) <= 12
            || Integer.parseInt(tokens.get(i + 2).getText()) <= 12);
  }

  private static boolean adjacent(List<Token> tokens, int i, int type) {
    return i + 1 < tokens.size()
        && tokens.get(i + 1).getType() == type
        && tokens.get(i + 1).getStartIndex() == tokens.get(i).getStopIndex() + 1
        && i + 2 < tokens.size()
        && tokens.get(i + 2).getStartIndex() == tokens.get(i + 1).getStopIndex() + 1;
  }

  private static boolean twoDigits(List<Token> tokens, int i) {
    return is(tokens, i, WsisLexer.NUMBER) && tokens.get(i).getText().length() <= 2;
  }

  private static boolean isRangeSeparator(List<Token> tokens, int i) {
    return is(tokens, i, WsisLexer.DASH)
        || is(tokens, i, WsisLexer.DATE_SEPARATOR)
        || is(tokens, i, WsisLexer.TO);
  }

  private static int skip(List<Token> tokens, int i, int step, int type) {
    return i >= 0 && i < tokens.size() && tokens.get(i).getType() == type ? i + step : i;
  }

  private static boolean isMonth(Token t) {
    return t.getType() >= WsisLexer.JANUARY && t.getType() <= WsisLexer.DECEMBER;
  }

  private static boolean isDay(List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    return (t.getType() == WsisLexer.NUMBER && t.getText().length() <= 2)
        || (t.getType() == WsisLexer.ORDINAL && t.getText().length() <= 4);
  }

  private static boolean isYear(List<Token> tokens, int i) {
    return is(tokens, i, WsisLexer.NUMBER) && tokens.get(i).getText().length() == 4;
  }

  private static boolean is(List<Token> tokens, int i, int type) {
    return i >= 0 && i < tokens.size() && tokens.get(i).getType() == type;
  }
}
