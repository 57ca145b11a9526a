package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numeric dates ({@code 12/05/2004}, {@code 12.05.2004}): a number over 12 is the day; otherwise
 * the page's dates before it decide, and with nothing to decide the day is read first with a
 * warning (docs/dates.md, "Numeric dates").
 */
class NumericDatesTest {
  private static final String FRAME = "WSIS Thematic Meetings\n\n";

  private static List<LocalDate> starts(WsisDocument doc) {
    return doc.meetings().stream().map(m -> m.dates().start()).toList();
  }

  private static List<DiagnosticCode> codes(WsisDocument doc) {
    return doc.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void aNumberOverTwelveIsTheDayAndDecidesThePage() {
    WsisDocument doc =
        WsisParser.parseText(
            FRAME
                + "go 25/05/2004, Geneva (Switzerland), ITU - Workshop on Spam\n"
                + "go 06/07/2004, Paris (France), UNESCO - Forum on Content\n");
    assertEquals(List.of(LocalDate.of(2004, 5, 25), LocalDate.of(2004, 7, 6)), starts(doc));
    assertEquals(List.of(), codes(doc));
    assertEquals("Forum on Content", doc.meetings().get(1).title());
    assertEquals("FR", doc.meetings().get(1).place().countryCode().orElseThrow());
  }

  @Test
  void aPageWithTheMonthFirstReadsTheMonthFirst() {
    WsisDocument doc =
        WsisParser.parseText(
            FRAME
                + "go 5/25/2004, Geneva (Switzerland), ITU - Workshop on Spam\n"
                + "go 6/7/2004, Paris (France), UNESCO - Forum on Content\n");
    assertEquals(List.of(LocalDate.of(2004, 5, 25), LocalDate.of(2004, 6, 7)), starts(doc));
    assertEquals(List.of(), codes(doc));
  }

  @Test
  void writtenDatesBeforeDecide() {
    WsisDocument monthFirst =
        WsisParser.parseText(
            FRAME
                + "go May 12, 2004, Geneva (Switzerland), ITU - Workshop on Spam\n"
                + "go 06.07.2004, Paris (France), UNESCO - Forum on Content\n");
    assertEquals(LocalDate.of(2004, 6, 7), starts(monthFirst).get(1));
    assertEquals(List.of(), codes(monthFirst));
    WsisDocument french =
        WsisParser.parseText(
            FRAME
                + "go 12 mai 2004, Genève (Suisse), UIT - Atelier sur le spam\n"
                + "go 06.07.2004, Paris (France), UNESCO - Forum sur les contenus\n");
    assertEquals(LocalDate.of(2004, 7, 6), starts(french).get(1));
    assertEquals(List.of(), codes(french));
  }

  @Test
  void withNothingToDecideTheDayComesFirstWithAWarning() {
    WsisDocument doc =
        WsisParser.parseText(
            FRAME + "go 05/06/2004, Geneva (Switzerland), ITU - Workshop on Spam\n");
    assertEquals(List.of(LocalDate.of(2004, 6, 5)), starts(doc));
    assertEquals(List.of(DiagnosticCode.AMBIGUOUS_NUMERIC_DATE), codes(doc));
    Diagnostic d = doc.diagnostics().get(0);
    assertEquals(Severity.WARNING, d.severity());
    assertEquals(3, d.line());
    assertEquals(4, d.column());
    assertTrue(d.message().contains("\"05/06/2004\""), d.message());
    assertTrue(d.message().contains("5 June 2004"), d.message());
    assertTrue(d.message().contains("6 May 2004"), d.message());
  }

  @Test
  void aRangeIsDecidedByEitherOfItsDates() {
    WsisDocument doc =
        WsisParser.parseText(
            FRAME + "go 05/06/2004 - 14/06/2004, Geneva (Switzerland), ITU - Workshop on Spam\n");
    Meeting m = doc.meetings().get(0);
    assertEquals(new DateRange(LocalDate.of(2004, 6, 5), LocalDate.of(2004, 6, 14)), m.dates());
    assertEquals(List.of(), codes(doc));
  }

  @Test
  void numbersThatCannotBeAMonthAreAnError() {
    WsisDocument doc =
        WsisParser.parseText(
            FRAME + "go 13/14/2004, Geneva (Switzerland), ITU - Workshop on Spam\n");
    assertEquals(List.of(), doc.meetings());
    assertEquals(List.of(DiagnosticCode.UNKNOWN_MONTH), codes(doc));
    assertEquals(Severity.ERROR, doc.diagnostics().get(0).severity());
  }

  @Test
  void aListOfNumericDatesWithNoMarker() {
    WsisDocument doc =
        WsisParser.parseText(
            "Events\n\n"
                + "14/03/2005, Cairo, Egypt - Regional Workshop on ICT Indicators\n"
                + "02/04/2005, Tunis, Tunisia - Meeting of the Friends of the Chair\n");
    assertEquals(List.of(LocalDate.of(2005, 3, 14), LocalDate.of(2005, 4, 2)), starts(doc));
    assertEquals("Meeting of the Friends of the Chair", doc.meetings().get(1).title());
    assertEquals(List.of(), codes(doc));
  }

  @Test
  void anUnreadListItemWithANumericDateIsWarned() {
    WsisDocument doc =
        WsisParser.parseText(
            FRAME
                + "go 25/05/2004, Geneva (Switzerland), ITU - Workshop on Spam\n"
                + "• Meeting of experts, 12/06/2004, Geneva, 10:00-13:00 (room XVI)\n");
    assertEquals(1, doc.meetings().size());
    assertEquals(List.of(DiagnosticCode.UNREAD_DATED_LINE), codes(doc));
  }

  @Test
  void dateRangeParseTakesOnlyWhatItsNumbersDecide() {
    assertEquals(LocalDate.of(2004, 5, 25), DateRange.parse("25/05/2004").start());
    assertEquals(LocalDate.of(2004, 5, 25), DateRange.parse("5/25/2004").start());
    assertEquals(LocalDate.of(2004, 5, 25), DateRange.parse("25.05.2004").start());
    WsisParseException e =
        assertThrows(WsisParseException.class, () -> DateRange.parse("05/06/2004"));
    assertTrue(e.getMessage().contains("05/06/2004"), e.getMessage());
    assertEquals(DiagnosticCode.AMBIGUOUS_NUMERIC_DATE, e.diagnostics().get(0).code());
    assertThrows(WsisParseException.class, () -> DateRange.parse("31/02/2004"));
  }
}
