package io.github.wsisdata.parser.internal;

import io.github.wsisdata.parser.internal.grammar.WsisLexer;
import java.time.Month;

/**
 * The month tokens of the grammar and the months they stand for. Our own table: it never consults
 * the default locale, so parsing gives the same result everywhere.
 */
final class MonthTable {
  private MonthTable() {}

  /**
   * The month of a month token type.
   *
   * @param tokenType a lexer token type
   * @return the month, or null if the type is not a month token
   */
  static Month monthOf(int tokenType) {
    return switch (tokenType) {
      case WsisLexer.JANUARY -> Month.JANUARY;
      case WsisLexer.FEBRUARY -> Month.FEBRUARY;
      case WsisLexer.MARCH -> Month.MARCH;
      case WsisLexer.APRIL -> Month.APRIL;
      case WsisLexer.MAY -> Month.MAY;
      case WsisLexer.JUNE -> Month.JUNE;
      case WsisLexer.JULY -> Month.JULY;
      case WsisLexer.AUGUST -> Month.AUGUST;
      case WsisLexer.SEPTEMBER -> Month.SEPTEMBER;
      case WsisLexer.OCTOBER -> Month.OCTOBER;
      case WsisLexer.NOVEMBER -> Month.NOVEMBER;
      case WsisLexer.DECEMBER -> Month.DECEMBER;
      default -> null;
    };
  }

  static boolean isMonth(int tokenType) {
    return monthOf(tokenType) != null;
  }
}
