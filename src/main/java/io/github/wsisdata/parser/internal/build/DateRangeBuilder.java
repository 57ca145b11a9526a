package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.internal.grammar.LineLexer;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DateRangeContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DayContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DayFirstCrossMonthContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DayFirstCrossYearContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DayFirstSameMonthContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DayFirstSingleContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.IsoDateContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.IsoDatesContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.IsoMonthContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.MonthContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.MonthFirstCrossMonthContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.MonthFirstCrossYearContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.MonthFirstSameMonthContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.MonthFirstSingleContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.MonthNameContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.NumericDateContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.NumericDatesContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.YearContext;
import io.github.wsisdata.parser.internal.grammar.WsisParserBaseVisitor;
import io.github.wsisdata.parser.internal.text.Text;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns a {@code dateRange} parse tree into two calendar days, checking the calendar strictly:
 * nothing is rolled over or clamped. Used for entry lines and for {@code DateRange.parse}. It gives
 * days, not a {@code DateRange}, so that the public {@code DateRange} can use it without a cycle
 * between the two.
 */
final class DateRangeBuilder {

  /** Either two valid days or the reason there are none. */
  sealed interface Outcome permits Days, DateFailure {}

  /**
   * The first and last day of a valid range.
   *
   * @param start first day
   * @param end last day, not before {@code start}
   */
  record Days(LocalDate start, LocalDate end, Token lostDash, Undecided undecided)
      implements Outcome {}

  /**
   * A numeric date read day first because neither its numbers nor the page said which is the day.
   *
   * @param at its first token
   * @param message what was read, and how else it could read
   */
  record Undecided(Token at, String message) {}

  /**
   * A calendar problem in a syntactically valid date.
   *
   * @param code the reason
   * @param column 1-based column in the parsed text
   * @param message plain English
   */
  record DateFailure(DiagnosticCode code, int column, String message) implements Outcome {}

  /**
   * The written parts of a range, months read (an unknown month fails at once); the end month and
   * year may repeat the start's. {@code shown} is the order of day and month the shape shows,
   * {@code numeric} whether it is a numeric one, {@code undecided} its first token if nothing said
   * which number is the day; {@code numericDates} is set, and nothing else, for a numeric range
   * whose parts are still to be read with the page's order.
   */
  private record Parts(
      Token startDay,
      Month startMonth,
      YearContext startYear,
      Token endDay,
      Month endMonth,
      YearContext endYear,
      boolean lostDash,
      DateOrder.Order shown,
      boolean numeric,
      Token undecided,
      NumericDatesContext numericDates) {
    Parts(
        DayContext startDay,
        Month startMonth,
        YearContext startYear,
        DayContext endDay,
        Month endMonth,
        YearContext endYear,
        boolean lostDash,
        DateOrder.Order shown) {
      this(
          startDay.start,
          startMonth,
          startYear,
          endDay.start,
          endMonth,
          endYear,
          lostDash,
          shown,
          false,
          null,
          null);
    }
  }

  private static final PartsVisitor PARTS = new PartsVisitor();
  private static final DateOrder.Order DAY = DateOrder.Order.DAY_FIRST;
  private static final DateOrder.Order MONTH = DateOrder.Order.MONTH_FIRST;

  private DateRangeBuilder() {}

  /**
   * The days of a range.
   *
   * @param ctx the range
   * @param chars the text it was parsed from
   * @param order the page's order of day and month, for a numeric date whose numbers do not say;
   *     the range's own order is added to it
   */
  static Outcome build(DateRangeContext ctx, CharStream chars, DateOrder order) {
    try {
      Parts parts = PARTS.visit(ctx);
      if (parts.numericDates() != null) {
        parts = numeric(parts.numericDates(), order); // the page decides what the numbers do not
      }
      Month startMonth = parts.startMonth();
      Month endMonth = parts.endMonth();
      int startYear = year(parts.startYear());
      int endYear = year(parts.endYear());
      LocalDate start = date(parts.startDay(), startMonth, startYear);
      LocalDate end = date(parts.endDay(), endMonth, endYear);
      if (end.isBefore(start)) {
        throw new Failure(
            DiagnosticCode.END_BEFORE_START,
            parts.endDay(),
            "end date "
                + MonthTable.spoken(end)
                + " is before start date "
                + MonthTable.spoken(start));
      }
      if (parts.shown() != null) {
        order.saw(parts.shown(), parts.numeric());
      }
      Undecided undecided =
          parts.undecided() == null
              ? null
              : new Undecided(
                  parts.undecided(), undecided(Text.normalize(Spans.text(chars, ctx)), start));
      return new Days(start, end, parts.lostDash() ? parts.endDay() : null, undecided);
    } catch (Failure f) {
      String text = Text.normalize(Spans.text(chars, ctx));
      return new DateFailure(f.code, Spans.column(f.token), "\"" + text + "\": " + f.getMessage());
    }
  }

  /** The message of a numeric range read day first because nothing said which number is the day. */
  private static String undecided(String text, LocalDate start) {
    String other =
        start.getDayOfMonth() <= 12 && start.getDayOfMonth() != start.getMonthValue()
            ? ", month first "
                + MonthTable.spoken(
                    LocalDate.of(start.getYear(), start.getDayOfMonth(), start.getMonthValue()))
            : "";
    return "\""
        + text
        + "\": neither number is over 12 and the page's dates before it do not say whether the day"
        + " or the month comes first; read day first ("
        + MonthTable.spoken(start)
        + other
        + ")";
  }

  /** A day-first date's month: a month name, or any word (an unknown month). */
  private static Month month(MonthContext ctx) {
    MonthNameContext name = ctx.monthName();
    if (name == null) {
      Token word = ctx.start;
      throw new Failure(
          DiagnosticCode.UNKNOWN_MONTH, word, "unknown month \"" + word.getText() + "\"");
    }
    return month(name);
  }

  /** An ISO date's month, 1 to 12. */
  private static Month month(IsoMonthContext ctx) {
    return numericMonth(ctx.NUMBER());
  }

  /** A month-first date's month. */
  private static Month month(MonthNameContext name) {
    return MonthTable.monthOf(name.start.getType());
  }

  private static int year(YearContext ctx) {
    Token token = ctx.start; // the rule's one token, a NUMBER
    String digits = token.getText();
    int value = digits.length() > 5 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    if (value < 1000 || value > 9999) {
      throw new Failure(
          DiagnosticCode.YEAR_OUT_OF_RANGE, token, "year " + digits + " is outside 1000..9999");
    }
    return value;
  }

  /**
   * The parts of a numeric range. A number over 12 is the day; where neither of a date's numbers is
   * over 12, the other date of the range or else the page's order decides, and else the day is read
   * first (the order of the WSIS pages and of the UN) and the date is marked undecided.
   */
  private static Parts numeric(NumericDatesContext c, DateOrder page) {
    NumericDateContext first = c.numericDate(0);
    NumericDateContext last = c.numericDate().size() > 1 ? c.numericDate(1) : first;
    DateOrder.Order own = own(first);
    DateOrder.Order lastOwn = own(last);
    if (own != null && lastOwn != null && own != lastOwn) {
      throw new Failure(
          DiagnosticCode.MALFORMED_DATE,
          last.start,
          "the two dates put the day and the month in different orders");
    }
    DateOrder.Order shown = own != null ? own : lastOwn;
    DateOrder.Order used = shown != null ? shown : page.decided().orElse(null);
    Token undecided = used == null ? first.start : null;
    boolean dayFirst = used != DateOrder.Order.MONTH_FIRST;
    return new Parts(
        dayFirst ? first.NUMBER(0).getSymbol() : first.NUMBER(1).getSymbol(),
        numericMonth(dayFirst ? first.NUMBER(1) : first.NUMBER(0)),
        first.year(),
        dayFirst ? last.NUMBER(0).getSymbol() : last.NUMBER(1).getSymbol(),
        numericMonth(dayFirst ? last.NUMBER(1) : last.NUMBER(0)),
        last.year(),
        false,
        shown,
        true,
        undecided,
        null);
  }

  /** The order a numeric date's numbers show (the one over 12 is the day), or null. */
  private static DateOrder.Order own(NumericDateContext date) {
    int a = number(date.NUMBER(0).getSymbol());
    int b = number(date.NUMBER(1).getSymbol());
    if (a > 12 && b > 12) {
      throw new Failure(
          DiagnosticCode.UNKNOWN_MONTH,
          date.start,
          "neither "
              + date.NUMBER(0).getText()
              + " nor "
              + date.NUMBER(1).getText()
              + " is a month");
    }
    return a > 12 ? DateOrder.Order.DAY_FIRST : b > 12 ? DateOrder.Order.MONTH_FIRST : null;
  }

  private static int number(Token token) {
    String digits = token.getText();
    return digits.length() > 2 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }

  /** A numeric date's month, 1 to 12. */
  private static Month numericMonth(TerminalNode node) {
    Token token = node.getSymbol();
    int value = number(token);
    if (value < 1 || value > 12) {
      throw new Failure(
          DiagnosticCode.UNKNOWN_MONTH,
          token,
          "month " + token.getText() + " is not a month (01 to 12)");
    }
    return Month.of(value);
  }

  private static LocalDate date(Token token, Month month, int year) {
    String text = token.getText();
    int end = text.length();
    while (end > 0 && !Character.isDigit(text.charAt(end - 1))) {
      end--;
    }
    String digits = text.substring(0, end);
    int first = 0;
    while (first < digits.length() - 1 && digits.charAt(first) == '0') {
      first++; // "0001" is day 1, as "01" is
    }
    String value = digits.substring(first);
    int day = value.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(value);
    if (day < 1 || day > 31) {
      throw new Failure(
          DiagnosticCode.INVALID_DAY, token, "day " + digits + " does not exist in any month");
    }
    YearMonth ym = YearMonth.of(year, month);
    if (day > ym.lengthOfMonth()) {
      throw new Failure(
          DiagnosticCode.DAY_NOT_IN_MONTH,
          token,
          MonthTable.monthName(month) + " " + year + " has " + ym.lengthOfMonth() + " days");
    }
    return LocalDate.of(year, month, day);
  }

  /** A failure with the token it concerns; control flow inside {@link #build} only. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient DiagnosticCode code;
    final transient Token token;

    Failure(DiagnosticCode code, Token token, String message) {
      super(message, null, false, false);
      this.code = code;
      this.token = token;
    }
  }

  /**
   * Collects the written parts of each date shape; a numeric range only says that it is one (its
   * parts depend on the page's order). Stateless, so one instance serves every thread.
   */
  private static final class PartsVisitor extends WsisParserBaseVisitor<Parts> {
    @Override
    public Parts visitNumericDates(NumericDatesContext c) {
      return new Parts(null, null, null, null, null, null, false, null, true, null, c);
    }

    @Override
    public Parts visitDayFirstSingle(DayFirstSingleContext c) {
      return new Parts(
          c.day(), month(c.month()), c.year(), c.day(), month(c.month()), c.year(), false, DAY);
    }

    @Override
    public Parts visitDayFirstSameMonth(DayFirstSameMonthContext c) {
      return new Parts(
          c.day(0),
          month(c.month()),
          c.year(),
          c.day(1),
          month(c.month()),
          c.year(),
          LineLexer.isLostDash(c.rangeSeparator().start),
          DAY);
    }

    @Override
    public Parts visitDayFirstCrossMonth(DayFirstCrossMonthContext c) {
      return new Parts(
          c.day(0), month(c.month(0)), c.year(), c.day(1), month(c.month(1)), c.year(), false, DAY);
    }

    @Override
    public Parts visitDayFirstCrossYear(DayFirstCrossYearContext c) {
      return new Parts(
          c.day(0),
          month(c.month(0)),
          c.year(0),
          c.day(1),
          month(c.month(1)),
          c.year(1),
          false,
          DAY);
    }

    @Override
    public Parts visitMonthFirstSingle(MonthFirstSingleContext c) {
      return new Parts(
          c.day(),
          month(c.monthName()),
          c.year(),
          c.day(),
          month(c.monthName()),
          c.year(),
          false,
          MONTH);
    }

    @Override
    public Parts visitMonthFirstSameMonth(MonthFirstSameMonthContext c) {
      return new Parts(
          c.day(0),
          month(c.monthName()),
          c.year(),
          c.day(1),
          month(c.monthName()),
          c.year(),
          LineLexer.isLostDash(c.rangeSeparator().start),
          MONTH);
    }

    @Override
    public Parts visitMonthFirstCrossMonth(MonthFirstCrossMonthContext c) {
      return new Parts(
          c.day(0),
          month(c.monthName(0)),
          c.year(),
          c.day(1),
          month(c.monthName(1)),
          c.year(),
          LineLexer.isLostDash(c.rangeSeparator().start),
          MONTH);
    }

    @Override
    public Parts visitIsoDates(IsoDatesContext c) {
      IsoDateContext first = c.isoDate(0);
      IsoDateContext last = c.isoDate().size() > 1 ? c.isoDate(1) : first;
      return new Parts(
          first.day(),
          month(first.isoMonth()),
          first.year(),
          last.day(),
          month(last.isoMonth()),
          last.year(),
          false,
          null);
    }

    @Override
    public Parts visitMonthFirstCrossYear(MonthFirstCrossYearContext c) {
      return new Parts(
          c.day(0),
          month(c.monthName(0)),
          c.year(0),
          c.day(1),
          month(c.monthName(1)),
          c.year(1),
          false,
          MONTH);
    }
  }
}
