package io.github.wsisdata.parser.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;

/** English month names and spoken dates for messages, independent of the default locale. */
final class Dates {
  private Dates() {}

  static String monthName(Month month) {
    String upper = month.name();
    return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
  }

  static String spoken(LocalDate date) {
    return date.getDayOfMonth() + " " + monthName(date.getMonth()) + " " + date.getYear();
  }
}
