package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.testing.DateRangeArbitraries;
import io.github.wsisdata.parser.testing.DateRangeArbitraries.InvalidDate;
import io.github.wsisdata.parser.testing.DateRangeArbitraries.Rendered;
import io.github.wsisdata.parser.testing.DateRangeArbitraries.Rendering;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Property tests of {@link DateRange#parse} and {@link DateRange#format}. */
class DateRangeProperties {

  /** Longest a single parse of a short text may take before we call it a hang. */
  private static final long BOUND_NANOS = 2_000_000_000L;

  @Provide
  Arbitrary<DateRange> ranges() {
    return DateRangeArbitraries.ranges();
  }

  @Provide
  Arbitrary<Rendered> rendered() {
    return DateRangeArbitraries.rendered();
  }

  @Provide
  Arbitrary<InvalidDate> invalidDates() {
    return DateRangeArbitraries.invalidDates();
  }

  @Property
  void formatThenParseGivesTheSameRange(@ForAll("ranges") DateRange range) {
    assertEquals(range, DateRange.parse(range.format()));
  }

  @Property
  void everyRenderingParsesBackToItsRange(@ForAll("rendered") Rendered r) {
    assertEquals(r.range(), DateRange.parse(r.text()), r.text());
  }

  @Property(tries = 100)
  void everySeparatorMonthFormAndCaseOfOneRange(@ForAll("ranges") DateRange range) {
    for (String text : DateRangeArbitraries.someRenderingsOf(range)) {
      assertEquals(range, DateRange.parse(text), text);
    }
  }

  @Provide
  Arbitrary<Rendered> frenchAndSpanish() {
    return DateRangeArbitraries.frenchAndSpanish();
  }

  @Property
  void frenchAndSpanishRenderingsParseBackToTheirRange(@ForAll("frenchAndSpanish") Rendered r) {
    assertEquals(r.range(), DateRange.parse(r.text()), r.text());
    // and English output stays English
    String english =
        r.range().end().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    assertTrue(
        DateRange.parse(r.text()).format().endsWith(english + " " + r.range().end().getYear()));
  }

  @Property
  void formatOfParseIsAFixedPoint(@ForAll("rendered") Rendered r) {
    String once = DateRange.parse(r.text()).format();
    assertEquals(once, DateRange.parse(once).format());
  }

  @Property
  void invalidCalendarDaysAreAlwaysRejectedWithTheRightCode(
      @ForAll("invalidDates") InvalidDate bad) {
    WsisParseException e =
        assertThrows(WsisParseException.class, () -> DateRange.parse(bad.text()));
    DiagnosticCode expected =
        bad.day() == 0 ? DiagnosticCode.INVALID_DAY : DiagnosticCode.DAY_NOT_IN_MONTH;
    assertEquals(expected, e.code(), bad.text());
    assertThrows(
        java.time.DateTimeException.class,
        () -> LocalDate.of(bad.year(), bad.month(), bad.day()),
        "the generator only makes invalid triples");
  }

  @Property(tries = 2000)
  void anyStringParsesOrThrowsOurException(@ForAll String text) {
    parsesOrThrowsOurExceptionQuickly(text);
  }

  @Provide
  Arbitrary<String> mutated() {
    return DateRangeArbitraries.rendered().flatMap(r -> DateRangeArbitraries.mutationsOf(r.text()));
  }

  @Property(tries = 2000)
  void mutatedRenderingsParseOrThrowOurException(@ForAll("mutated") String text) {
    parsesOrThrowsOurExceptionQuickly(text);
  }

  private static void parsesOrThrowsOurExceptionQuickly(String text) {
    long start = System.nanoTime();
    try {
      DateRange range = DateRange.parse(text);
      assertFalse(range.end().isBefore(range.start()));
    } catch (WsisParseException expected) {
      assertTrue(expected.column() >= 1);
    }
    long took = System.nanoTime() - start;
    assertTrue(took < BOUND_NANOS, "took " + took / 1_000_000 + " ms for: " + text);
  }

  // ---------------------------------------------------------------------------------------------
  // Differential check against java.time's strict formatter, day-first renderings
  // ---------------------------------------------------------------------------------------------

  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT);

  /** A day-first single date with a day of 0..31 in any month: valid or not. */
  @Provide
  Arbitrary<String> dayFirstSingles() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 31),
            Arbitraries.of(Month.class),
            Arbitraries.integers().between(1000, 9999))
        .as(
            (d, m, y) ->
                d
                    + " "
                    + m.name().charAt(0)
                    + m.name().substring(1).toLowerCase(Locale.ROOT)
                    + " "
                    + y);
  }

  @Property
  void singleDatesAgreeWithStrictDateTimeFormatter(@ForAll("dayFirstSingles") String text) {
    LocalDate theirs;
    try {
      theirs = STRICT.parse(text, LocalDate::from);
    } catch (DateTimeParseException e) {
      theirs = null;
    }
    if (theirs == null) {
      assertThrows(WsisParseException.class, () -> DateRange.parse(text), text);
    } else {
      assertEquals(DateRange.ofDay(theirs), DateRange.parse(text), text);
    }
  }

  @Property
  void rangesAgreeWithStrictDateTimeFormatterOnBothEnds(
      @ForAll("ranges") DateRange range, @ForAll("dayFirstRenderings") Rendering how) {
    String text = DateRangeArbitraries.render(range, how);
    DateRange ours = DateRange.parse(text);
    assertEquals(STRICT.parse(spoken(range.start()), LocalDate::from), ours.start(), text);
    assertEquals(STRICT.parse(spoken(range.end()), LocalDate::from), ours.end(), text);
  }

  @Provide
  Arbitrary<Rendering> dayFirstRenderings() {
    return DateRangeArbitraries.renderings()
        .filter(h -> h.style() == DateRangeArbitraries.Style.DAY_FIRST);
  }

  private static String spoken(LocalDate d) {
    return d.getDayOfMonth()
        + " "
        + d.getMonth().name().charAt(0)
        + d.getMonth().name().substring(1).toLowerCase(Locale.ROOT)
        + " "
        + d.getYear();
  }

  @Property
  void yearsOutsideTheRangeAreRejected(
      @ForAll @IntRange(min = 0, max = 999) int low, @ForAll @IntRange(min = 10000) int high) {
    assertEquals(
        DiagnosticCode.YEAR_OUT_OF_RANGE,
        assertThrows(WsisParseException.class, () -> DateRange.parse("1 May " + low)).code());
    assertEquals(
        DiagnosticCode.YEAR_OUT_OF_RANGE,
        assertThrows(WsisParseException.class, () -> DateRange.parse("1 May " + high)).code());
  }
}
