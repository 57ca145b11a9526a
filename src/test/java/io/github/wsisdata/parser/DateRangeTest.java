package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Example-based tests of {@link DateRange}: shapes, errors, formatting and the value API. */
class DateRangeTest {

  private static DateRange r(String start, String end) {
    return DateRange.of(LocalDate.parse(start), LocalDate.parse(end));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "21 January 2005                   | 2005-01-21 | 2005-01-21",
        "26-27 February 2004               | 2004-02-26 | 2004-02-27",
        "14 - 18 March 2005                | 2005-03-14 | 2005-03-18",
        "28 June- 1 July 2005              | 2005-06-28 | 2005-07-01",
        "28 February - 2 March 2005        | 2005-02-28 | 2005-03-02",
        "30 December 2004 - 2 January 2005 | 2004-12-30 | 2005-01-02",
        "June 29 – July 1, 2005            | 2005-06-29 | 2005-07-01",
        "March 9-13, 2012                  | 2012-03-09 | 2012-03-13",
        "February 21st - 22nd, 2005        | 2005-02-21 | 2005-02-22",
        "21st January 2005                 | 2005-01-21 | 2005-01-21",
        "1—3 May 2005                      | 2005-05-01 | 2005-05-03",
        "1−3 May 2005                      | 2005-05-01 | 2005-05-03",
        "1 to 3 May 2005                   | 2005-05-01 | 2005-05-03",
        "1 until 3 May 2005                | 2005-05-01 | 2005-05-03",
        "Jan 5 2005                        | 2005-01-05 | 2005-01-05",
        "5 Feb. 2005                       | 2005-02-05 | 2005-02-05",
        "5 Sep 2005                        | 2005-09-05 | 2005-09-05",
        "5 Sept 2005                       | 2005-09-05 | 2005-09-05",
        "5 Sept. 2005                      | 2005-09-05 | 2005-09-05",
        "5 SEPTEMBER 2005                  | 2005-09-05 | 2005-09-05",
        "5 september 2005                  | 2005-09-05 | 2005-09-05",
        "5 May. 2005                       | 2005-05-05 | 2005-05-05",
        "28June-1July2005                  | 2005-06-28 | 2005-07-01",
        "29 February 2004                  | 2004-02-29 | 2004-02-29",
      })
  void acceptedShapes(String text, String start, String end) {
    assertEquals(r(start, end), DateRange.parse(text));
  }

  @Test
  void unicodeSpacesAroundTokens() {
    assertEquals(
        r("2005-06-28", "2005-07-01"), DateRange.parse("28\u00A0June\u202F-\u20091\tJuly 2005"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                        | EMPTY_INPUT       | 1",
        "'   '                     | EMPTY_INPUT       | 1",
        "0 May 2005                | INVALID_DAY       | 1",
        "32 May 2005               | INVALID_DAY       | 1",
        "31 February 2005          | DAY_NOT_IN_MONTH  | 1",
        "31 April 2005             | DAY_NOT_IN_MONTH  | 1",
        "29 February 2005          | DAY_NOT_IN_MONTH  | 1",
        "28-31 February 2005       | DAY_NOT_IN_MONTH  | 4",
        "5 Febtober 2005           | UNKNOWN_MONTH     | 3",
        "Febtober 5, 2005          | UNKNOWN_MONTH     | 1",
        "30 June - 28 June 2005    | END_BEFORE_START  | 11",
        "30 December - 2 January 2005 | END_BEFORE_START | 15",
        "5 May 999                 | YEAR_OUT_OF_RANGE | 7",
        "5 May 10000               | YEAR_OUT_OF_RANGE | 7",
        "21 January 2005 Geneva    | TRAILING_TEXT     | 17",
        "21 January 2005, Geneva   | TRAILING_TEXT     | 16",
        "21 January                | MALFORMED_DATE    | 11",
        "12 2005                   | MALFORMED_DATE    | 4",
        "hello                     | MALFORMED_DATE    | 1",
      })
  void rejectedWithASpecificCodeAndColumn(String text, DiagnosticCode code, int column) {
    WsisParseException e = assertThrows(WsisParseException.class, () -> DateRange.parse(text));
    assertEquals(code, e.code(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    assertEquals(1, e.diagnostics().size());
  }

  @Test
  void messageIsPlainEnglishWithTheColumn() {
    WsisParseException e =
        assertThrows(WsisParseException.class, () -> DateRange.parse("31 February 2005"));
    assertEquals("\"31 February 2005\": February 2005 has 28 days (column 1)", e.getMessage());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2005-01-21 | 2005-01-21 | 21 January 2005",
        "2004-02-26 | 2004-02-27 | 26-27 February 2004",
        "2005-06-28 | 2005-07-01 | 28 June - 1 July 2005",
        "2004-12-30 | 2005-01-02 | 30 December 2004 - 2 January 2005",
      })
  void canonicalFormat(String start, String end, String text) {
    assertEquals(text, r(start, end).format());
    assertEquals(r(start, end), DateRange.parse(text));
  }

  @Test
  void isoStrings() {
    assertEquals("2004-02-26/2004-02-27", r("2004-02-26", "2004-02-27").toIsoString());
    assertEquals("2005-01-21", DateRange.ofDay(LocalDate.parse("2005-01-21")).toIsoString());
  }

  @Test
  void daysContainsOverlaps() {
    DateRange june = r("2005-06-28", "2005-07-01");
    assertEquals(4, june.days());
    assertEquals(1, DateRange.ofDay(LocalDate.parse("2005-01-21")).days());
    assertTrue(june.contains(LocalDate.parse("2005-06-28")));
    assertTrue(june.contains(LocalDate.parse("2005-07-01")));
    assertFalse(june.contains(LocalDate.parse("2005-07-02")));
    assertTrue(june.overlaps(r("2005-07-01", "2005-07-05")));
    assertFalse(june.overlaps(r("2005-07-02", "2005-07-05")));
    assertTrue(june.overlaps(r("2005-06-01", "2005-12-31")));
  }

  @Test
  void orderingByStartThenEnd() {
    List<DateRange> list =
        new ArrayList<>(
            List.of(
                r("2005-02-01", "2005-02-03"),
                r("2005-01-01", "2005-01-05"),
                r("2005-01-01", "2005-01-02")));
    list.sort(null);
    assertEquals(
        List.of(
            r("2005-01-01", "2005-01-02"),
            r("2005-01-01", "2005-01-05"),
            r("2005-02-01", "2005-02-03")),
        list);
  }

  @Test
  void constructorRejectsEndBeforeStartAndNulls() {
    assertThrows(IllegalArgumentException.class, () -> r("2005-01-02", "2005-01-01"));
    assertThrows(NullPointerException.class, () -> DateRange.of(null, LocalDate.MAX));
    assertThrows(NullPointerException.class, () -> DateRange.parse(null));
  }

  @Test
  void sameResultUnderEveryDefaultLocale() {
    Locale saved = Locale.getDefault();
    List<String> texts = List.of("28 June- 1 July 2005", "Sept. 5 – Oct. 2, 2005", "5 mAy 2005");
    List<DateRange> expected = texts.stream().map(DateRange::parse).toList();
    try {
      for (Locale locale :
          List.of(
              Locale.US, Locale.UK, Locale.FRANCE, Locale.GERMANY, Locale.forLanguageTag("tr"))) {
        Locale.setDefault(locale);
        assertEquals(expected, texts.stream().map(DateRange::parse).toList(), locale.toString());
        assertEquals("28 June - 1 July 2005", expected.get(0).format(), locale.toString());
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void yearsOutsideOneToNineThousandNineHundredNinetyNineAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DateRange.of(LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> DateRange.ofDay(LocalDate.of(0, 1, 1)));
    assertEquals(9999, DateRange.ofDay(LocalDate.of(9999, 12, 31)).end().getYear());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "du 28 juin au 1er juillet 2005          | 2005-06-28 | 2005-07-01",
        "28 juin - 1er juillet 2005              | 2005-06-28 | 2005-07-01",
        "du 28 au 30 juin 2005                   | 2005-06-28 | 2005-06-30",
        "1er février 2005                        | 2005-02-01 | 2005-02-01",
        "1er fevrier 2005                        | 2005-02-01 | 2005-02-01",
        "15 août 2005                            | 2005-08-15 | 2005-08-15",
        "15 aout 2005                            | 2005-08-15 | 2005-08-15",
        "du 30 décembre 2004 au 2 janvier 2005   | 2004-12-30 | 2005-01-02",
        "del 28 de junio al 1 de julio de 2005   | 2005-06-28 | 2005-07-01",
        "28-30 de mayo de 2002                   | 2002-05-28 | 2002-05-30",
        "5 de setiembre de 2005                  | 2005-09-05 | 2005-09-05",
        "10 de diciembre de 2003                 | 2003-12-10 | 2003-12-10",
        "16 - 18 novembre 2005                   | 2005-11-16 | 2005-11-18",
      })
  void frenchAndSpanishDates(String text, String start, String end) {
    assertEquals(DateRange.of(LocalDate.parse(start), LocalDate.parse(end)), DateRange.parse(text));
  }
}
