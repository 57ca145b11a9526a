package io.github.wsisdata.parser;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.wsisdata.parser.internal.build.DateRangeReader;
import io.github.wsisdata.parser.internal.build.MonthTable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;

/**
 * An inclusive range of calendar days, as written on the WSIS pages ({@code 28 June - 1 July
 * 2005}).
 *
 * <p>Both ends are inclusive: {@code 26-27 February 2004} is {@code start = 2004-02-26}, {@code end
 * = 2004-02-27}, two {@link #days() days}. For formats with exclusive ends (iCalendar's {@code
 * DTEND}), use {@code end().plusDays(1)}.
 *
 * <pre>{@code
 * DateRange r = DateRange.parse("28 June- 1 July 2005");
 * r.start();        // 2005-06-28
 * r.format();       // "28 June - 1 July 2005"
 * r.toIsoString();  // "2005-06-28/2005-07-01"
 * }</pre>
 *
 * @param start first day, inclusive
 * @param end last day, inclusive, never before {@code start}
 * @serial exclude (the serialized form is described in docs/usage.md)
 */
public record DateRange(LocalDate start, LocalDate end)
    implements Comparable<DateRange>, Serializable {

  private static final Comparator<DateRange> ORDER =
      Comparator.comparing(DateRange::start).thenComparing(DateRange::end);

  /**
   * Validates that both ends are present, {@code start <= end}, and both years are within 1..9999.
   *
   * @param start see {@link #start()}
   * @param end see {@link #end()}
   * @throws IllegalArgumentException if {@code end} is before {@code start}, or a year is outside
   *     1..9999
   */
  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
    if (start.getYear() < 1 || end.getYear() > 9999) {
      throw new IllegalArgumentException(
          "years must be within 1..9999 (four digits, as in ISO 8601 and iCalendar), was "
              + start
              + ".."
              + end);
    }
  }

  /**
   * Creates a range.
   *
   * @param start first day, inclusive
   * @param end last day, inclusive
   * @return the range
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, end);
  }

  /**
   * Creates a one-day range.
   *
   * @param day the day
   * @return a range whose start and end are {@code day}
   */
  public static DateRange ofDay(LocalDate day) {
    return new DateRange(day, day);
  }

  /**
   * Parses a date range written as on the WSIS pages or related pages, with the same grammar rules
   * the entry lines use. Accepted shapes (any dash, {@code to} or {@code until} between the ends,
   * any white space or none between tokens, months in full or abbreviated, any letter case): {@code
   * 21 January 2005}, {@code 26-27 February 2004}, {@code 28 June- 1 July 2005}, {@code 30 December
   * 2004 - 2 January 2005}, {@code June 29 – July 1, 2005}, {@code March 9-13, 2012}, {@code
   * February 21st - 22nd, 2005}. The result is the same under every default locale.
   *
   * <pre>{@code
   * DateRange.parse("26-27 February 2004"); // 2004-02-26..2004-02-27
   * DateRange.parse("31 February 2005");    // throws: February 2005 has 28 days
   * }</pre>
   *
   * @param text the date text
   * @return the range
   * @throws WsisParseException with a {@link DiagnosticCode} and a 1-based column if the text is
   *     not a valid date range; invalid calendar days are never rolled over
   * @throws NullPointerException if {@code text} is null
   */
  public static DateRange parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String written = text.toString();
    DateRangeReader.Result result = DateRangeReader.read(written);
    if (result instanceof DateRangeReader.Read read) {
      return new DateRange(read.start(), read.end());
    }
    DateRangeReader.Rejected why = (DateRangeReader.Rejected) result;
    throw new WsisParseException(
        new Diagnostic(Severity.ERROR, why.code(), 1, why.column(), why.message(), written));
  }

  /**
   * Formats in the canonical page style: {@code 21 January 2005}, {@code 26-27 February 2004},
   * {@code 28 June - 1 July 2005}, {@code 30 December 2004 - 2 January 2005}. {@link
   * #parse(CharSequence)} reads it back to an equal range.
   *
   * @return the formatted range
   */
  public String format() {
    String endText =
        end.getDayOfMonth() + " " + MonthTable.monthName(end.getMonth()) + " " + end.getYear();
    if (start.equals(end)) {
      return endText;
    }
    if (start.getYear() != end.getYear()) {
      return start.getDayOfMonth()
          + " "
          + MonthTable.monthName(start.getMonth())
          + " "
          + start.getYear()
          + " - "
          + endText;
    }
    if (start.getMonth() != end.getMonth()) {
      return start.getDayOfMonth() + " " + MonthTable.monthName(start.getMonth()) + " - " + endText;
    }
    return start.getDayOfMonth() + "-" + endText;
  }

  /**
   * ISO 8601: an interval {@code 2004-02-26/2004-02-27}, or a single date {@code 2005-01-21}.
   *
   * @return the ISO text
   */
  public String toIsoString() {
    return start.equals(end) ? start.toString() : start + "/" + end;
  }

  /**
   * Number of days in the range, counting both ends.
   *
   * @return at least 1
   */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * Whether the day lies in the range (ends included).
   *
   * @param day a day
   * @return true if {@code start <= day <= end}
   */
  public boolean contains(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /**
   * Whether the two ranges share at least one day.
   *
   * @param other another range
   * @return true if some day lies in both
   */
  public boolean overlaps(DateRange other) {
    Objects.requireNonNull(other, "other");
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /**
   * Orders by start, then by end.
   *
   * @param other another range
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(DateRange other) {
    return ORDER.compare(this, other);
  }

  /**
   * The ISO form, see {@link #toIsoString()}.
   *
   * @return ISO text
   */
  @Override
  public String toString() {
    return toIsoString();
  }

  /** The JSON form (Jackson, no module needed): {@code {"start":"2004-02-26","end":"…"}}. */
  @JsonValue
  private JsonForm json() {
    return new JsonForm(start.toString(), end.toString());
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static DateRange fromJson(JsonForm form) {
    return new DateRange(
        LocalDate.parse(Objects.requireNonNull(form.start, "start")),
        LocalDate.parse(Objects.requireNonNull(form.end, "end")));
  }

  private record JsonForm(String start, String end) {}
}
