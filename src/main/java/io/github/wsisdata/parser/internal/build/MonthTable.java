package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.internal.grammar.WsisLexer;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;

/**
 * The month tokens of the grammar and the months they stand for, and English month names for
 * messages. Our own table: it never consults the default locale, so parsing and messages are the
 * same everywhere.
 */
public final class MonthTable {
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

  /**
   * The English name of a month ({@code June}), from the enum constant, not from locale data.
   *
   * @param month a month
   * @return its name
   */
  public static String monthName(Month month) {
    String upper = month.name();
    return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
  }

  /** A date as it is spoken in messages: {@code 28 June 2005}. */
  static String spoken(LocalDate date) {
    return date.getDayOfMonth() + " " + monthName(date.getMonth()) + " " + date.getYear();
  }
}
