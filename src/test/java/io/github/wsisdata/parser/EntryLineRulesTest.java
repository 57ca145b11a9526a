package io.github.wsisdata.parser;

import static io.github.wsisdata.parser.Pages.onlyMeeting;
import static io.github.wsisdata.parser.Pages.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One focused test per reading rule of an entry line. */
class EntryLineRulesTest {

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Nested
  class Dates {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "26-27 February 2004          | 2004-02-26 | 2004-02-27",
          "14 - 18 March 2005           | 2005-03-14 | 2005-03-18",
          "21 January 2005              | 2005-01-21 | 2005-01-21",
          "28 June- 1 July 2005         | 2005-06-28 | 2005-07-01",
          "28 February - 2 March 2005   | 2005-02-28 | 2005-03-02",
          "30 December 2004 - 2 January 2005 | 2004-12-30 | 2005-01-02",
          "28 June – 1 July 2005        | 2005-06-28 | 2005-07-01",
          "28 June —1 July 2005         | 2005-06-28 | 2005-07-01",
          "14−18 March 2005             | 2005-03-14 | 2005-03-18",
          "June 29 – July 1, 2005       | 2005-06-29 | 2005-07-01",
        })
    void everyDateShapeInAnEntryLine(String dates, String start, String end) {
      Meeting m = onlyMeeting("go " + dates + ", Geneva (Switzerland), ITU - Title");
      assertEquals(DateRange.of(d(start), d(end)), m.dates());
      assertEquals("Title", m.title());
    }

    @Test
    void spaceBeforeTheComma() {
      Meeting m = onlyMeeting("go 28-29 October 2004 , Minsk (Belarus), UN - T");
      assertEquals(DateRange.of(d("2004-10-28"), d("2004-10-29")), m.dates());
      assertEquals(Optional.of("Minsk"), m.place().city());
    }

    @Test
    void nonBreakingAndThinSpacesCountAsSpaces() {
      Meeting m =
          onlyMeeting(
              "go 28\u00A0June\u202F-\u20091 July\t2005,\u00A0Geneva (Switzerland), ITU - A\u00A0 B");
      assertEquals(DateRange.of(d("2005-06-28"), d("2005-07-01")), m.dates());
      assertEquals("A B", m.title());
    }
  }

  @Nested
  class Places {
    @Test
    void cityAndCountry() {
      Place p = onlyMeeting("go 1 May 2005, St. Petersburg (Russia), UNESCO - T").place();
      assertEquals(Optional.of("St. Petersburg"), p.city());
      assertEquals(Optional.of("Russia"), p.country());
      assertEquals(Optional.of("RU"), p.countryCode());
      assertFalse(p.online());
    }

    @Test
    void bareCityHasNoCountry() {
      Place p = onlyMeeting("go 1 May 2005, Geneva, ITU - T").place();
      assertEquals(Optional.of("Geneva"), p.city());
      assertEquals(Optional.empty(), p.country());
      assertEquals(Optional.empty(), p.countryCode());
    }

    @Test
    void bareKnownCountryIsACountry() {
      Place p = onlyMeeting("go 1 May 2005, Malta, ITU - T").place();
      assertEquals(Optional.empty(), p.city());
      assertEquals(Optional.of("Malta"), p.country());
      assertEquals(Optional.of("MT"), p.countryCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"online", "Online", "ONLINE"})
    void onlineMeetings(String word) {
      Place p = onlyMeeting("go 1-15 June 2005, " + word + ", WIPO - Forum").place();
      assertTrue(p.online());
      assertEquals(Optional.empty(), p.city());
      assertEquals(Optional.empty(), p.country());
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Republic of Belarus | BY",
          "Korea | KR",
          "Russia | RU",
          "The Islamic Republic of Iran | IR",
          "Syria | SY",
          "Switzerland | CH",
          "Tunisia | TN",
        })
    void countryCodesIncludeAliases(String country, String code) {
      Place p = onlyMeeting("go 1 May 2005, City (" + country + "), X - T").place();
      assertEquals(Optional.of(code), p.countryCode());
      assertEquals(Optional.of(country), p.country());
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Libyan Arab Jamahiriya | LY",
          "Serbia and Montenegro | CS",
          "The former Yugoslav Republic of Macedonia | MK",
          "Holy See | VA",
          "Saint Lucia | LC",
          "Syrian Arab Republic | SY",
          "Iran (Islamic Republic of) | IR",
          "United Republic of Tanzania | TZ",
          "Republic of Korea | KR",
          "Democratic People's Republic of Korea | KP",
          "Lao People's Democratic Republic | LA",
          "Venezuela (Bolivarian Republic of) | VE",
          "Netherlands Antilles | AN",
          "Sao Tome and Principe | ST",
          "Brunei Darussalam | BN",
          "Occupied Palestinian Territory | PS",
        })
    void unEraCountryNamesHaveTheirCodes(String country, String code) {
      Place inParentheses = onlyMeeting("go 1 May 2005, City (" + country + "), X - T").place();
      assertEquals(Optional.of("City"), inParentheses.city());
      assertEquals(Optional.of(country), inParentheses.country());
      assertEquals(Optional.of(code), inParentheses.countryCode());
      Place alone = onlyMeeting("go 1 May 2005, " + country + ", X - T").place();
      assertEquals(Optional.empty(), alone.city());
      assertEquals(Optional.of(country), alone.country());
      assertEquals(Optional.of(code), alone.countryCode());
    }

    @Test
    void frenchAndSpanishLinesKeepTheirWordsAndGetIsoCodes() {
      Meeting fr =
          onlyMeeting(
              "go du 28 juin au 1er juillet 2005, Genève (Suisse), UIT - Réunion thématique");
      assertEquals(DateRange.of(d("2005-06-28"), d("2005-07-01")), fr.dates());
      assertEquals(Optional.of("Genève"), fr.place().city());
      assertEquals(Optional.of("Suisse"), fr.place().country());
      assertEquals(Optional.of("CH"), fr.place().countryCode());
      assertEquals("Réunion thématique", fr.title());
      Meeting es = onlyMeeting("go 28-30 de mayo de 2002, Ginebra (Suiza), UIT - Reunión");
      assertEquals(DateRange.of(d("2002-05-28"), d("2002-05-30")), es.dates());
      assertEquals(Optional.of("CH"), es.place().countryCode());
      assertEquals(
          Optional.of("PE"),
          onlyMeeting("go 1 May 2005, Lima (Perú), X - T").place().countryCode());
    }

    @Test
    void unknownCountryKeepsTheNameWithoutACode() {
      Place p = onlyMeeting("go 1 May 2005, Atlantis (Utopia), X - T").place();
      assertEquals(Optional.of("Utopia"), p.country());
      assertEquals(Optional.empty(), p.countryCode());
    }

    @Test
    void proxySiteNoteAfterThePlace() {
      Meeting m = onlyMeeting("go 16-18 November 2005, Tunis (Tunisia). [Proxy site]");
      assertEquals(Optional.of("Tunis"), m.place().city());
      assertEquals(Optional.of("TN"), m.place().countryCode());
      assertEquals(List.of("Proxy site"), m.notes());
      assertEquals("", m.title());
    }

    @Test
    void dashInsteadOfCommaAfterThePlace() {
      Meeting m = onlyMeeting("go 1 May 2005, Geneva (Switzerland) - ITU - Title");
      assertEquals(Optional.of("Geneva"), m.place().city());
      assertEquals(List.of("ITU"), m.organizers());
      assertEquals("Title", m.title());
    }

    @Test
    void placeWithAndIsOnePlace() {
      Meeting m = onlyMeeting("go 1 May 2005, Port of Spain (Trinidad and Tobago), X - T");
      assertEquals(Optional.of("TT"), m.place().countryCode());
    }
  }

  @Nested
  class OrganizersAndTitle {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "ITU - Title words",
          "ITU – Title words",
          "ITU — Title words",
          "ITU -Title words",
          "ITU- Title words",
          "ITU\u00A0 - Title words"
        })
    void anyDashWithWhitespaceOnOneSideSeparates(String tail) {
      Meeting m = onlyMeeting("go 1 May 2005, Geneva, " + tail);
      assertEquals(List.of("ITU"), m.organizers());
      assertEquals("Title words", m.title());
    }

    @Test
    void dashesInsideWordsNeverSeparate() {
      Meeting m =
          onlyMeeting(
              "go 1 May 2005, Geneva, Asia-Pacific Telecommunity/UN-ESCAP - e-Business and Capacity-Building");
      assertEquals(List.of("Asia-Pacific Telecommunity", "UN-ESCAP"), m.organizers());
      assertEquals("e-Business and Capacity-Building", m.title());
    }

    @Test
    void firstSeparatorWins() {
      Meeting m =
          onlyMeeting(
              "go 1 May 2005, Addis Ababa (Ethiopia), UNECA - ICT Indicators - Regional Workshop");
      assertEquals(List.of("UNECA"), m.organizers());
      assertEquals("ICT Indicators - Regional Workshop", m.title());
    }

    @Test
    void slashesInsideParenthesesDoNotSplit() {
      Meeting m =
          onlyMeeting(
              "go 1 May 2005, Seoul (Korea), Government of Republic of Korea (MIC/KADO)/ITU - T");
      assertEquals(List.of("Government of Republic of Korea (MIC/KADO)", "ITU"), m.organizers());
    }

    @Test
    void organizersAreTrimmedAndAndDoesNotSplit() {
      Meeting m = onlyMeeting("go 1 May 2005, Paris, UNESCO/ UN /UNESCO and the Club of Rome - T");
      assertEquals(List.of("UNESCO", "UN", "UNESCO and the Club of Rome"), m.organizers());
    }

    @Test
    void enclosingQuotesAreRemoved() {
      assertEquals(
          "Role of ICT", onlyMeeting("go 1 May 2005, Bangkok, APT - \"Role of ICT\"").title());
      assertEquals(
          "Role of ICT", onlyMeeting("go 1 May 2005, Bangkok, APT - “Role of ICT”").title());
    }

    @Test
    void quotesThatDoNotEncloseTheWholeTitleStay() {
      assertEquals("“A” and “B”", onlyMeeting("go 1 May 2005, Bangkok, APT - “A” and “B”").title());
    }

    @Test
    void unbalancedQuoteStays() {
      assertEquals(
          "International Policy Dialogue: “Mainstreaming ICT",
          onlyMeeting(
                  "go 1 May 2005, Berlin, GoG - International Policy Dialogue: “Mainstreaming ICT")
              .title());
    }

    @Test
    void trailingColonIsRemoved() {
      assertEquals("Workshop", onlyMeeting("go 1 May 2005, Berlin, X - Workshop:").title());
    }

    @Test
    void trailingNoteAfterTheTitle() {
      Meeting m = onlyMeeting("go 1 May 2005, Berlin, X - Workshop. [Proxy site]");
      assertEquals("Workshop", m.title());
      assertEquals(List.of("Proxy site"), m.notes());
    }

    @Test
    void noOrganizersWhenThereIsNoSeparatorToRecover() {
      WsisDocument doc = WsisParser.parseText(page("go 1 May 2005, Berlin, Just a title"));
      Meeting m = doc.meetings().get(0);
      assertEquals(List.of(), m.organizers());
      assertEquals("Just a title", m.title());
      assertEquals(List.of(), doc.diagnostics());
    }
  }

  @Nested
  class MissingSeparator {
    @Test
    void wordGluedToClosingParenthesis() {
      WsisDocument doc =
          WsisParser.parseText(
              page("go 10 November 2004, Berlin (Germany), CODATA (ICSU)WSIS Session"));
      Meeting m = doc.meetings().get(0);
      assertEquals(List.of("CODATA (ICSU)"), m.organizers());
      assertEquals("WSIS Session", m.title());
      Diagnostic w = doc.diagnostics().get(0);
      assertEquals(Severity.WARNING, w.severity());
      assertEquals(DiagnosticCode.MISSING_SEPARATOR, w.code());
      assertEquals(m.line(), w.line());
    }

    @Test
    void acronymGluedToTheTitle() {
      WsisDocument doc =
          WsisParser.parseText(
              page(
                  "go 25-28 November 2004, Baku, World Summit Award/UNDPGlobal ICT Conference 2004"));
      Meeting m = doc.meetings().get(0);
      assertEquals(List.of("World Summit Award", "UNDP"), m.organizers());
      assertEquals("Global ICT Conference 2004", m.title());
      assertEquals(1, doc.diagnostics(Severity.WARNING).size());
    }

    @Test
    void theRecoveredColumnCountsCodePointsOfAnAcronymOutsideTheBmp() {
      // U+1D414 and U+1D40D (mathematical bold capitals U and N) take two UTF-16 units each
      String line = "go 1 May 2005, Baku, X/\uD835\uDC14\uD835\uDC0DGlobal ICT Conference";
      WsisDocument doc = WsisParser.parseText(page(line));
      Meeting m = doc.meetings().get(0);
      assertEquals(List.of("X", "\uD835\uDC14\uD835\uDC0D"), m.organizers());
      assertEquals("Global ICT Conference", m.title());
      Diagnostic w = doc.diagnostics(Severity.WARNING).get(0);
      assertEquals(DiagnosticCode.MISSING_SEPARATOR, w.code());
      // "go 1 May 2005, Baku, X/" is 23 code points: the acronym is at 24-25, the title at 26
      assertEquals(26, w.column());
    }

    @Test
    void pluralAcronymIsNotSplit() {
      Meeting m = onlyMeeting("go 1 May 2005, Baku, UN/ICTs for Development");
      assertEquals(List.of(), m.organizers());
      assertEquals("UN/ICTs for Development", m.title());
    }
  }

  @Nested
  class Shapes {
    @Test
    void labelFormGivesATitleWithoutOrganizers() {
      Meeting m = onlyMeeting("go PrepCom-1: 24-26 June 2004, Hammamet (Tunisia)");
      assertEquals("PrepCom-1", m.title());
      assertEquals(List.of(), m.organizers());
      assertEquals(DateRange.of(d("2004-06-24"), d("2004-06-26")), m.dates());
      assertEquals(Optional.of("Hammamet"), m.place().city());
    }

    @Test
    void labelWithSpaceBeforeTheColon() {
      Meeting m = onlyMeeting("go PrepCom-2 : 17-25 February 2005, Geneva (Switzerland)");
      assertEquals("PrepCom-2", m.title());
      assertEquals(DateRange.of(d("2005-02-17"), d("2005-02-25")), m.dates());
    }

    @Test
    void twoVenuesGiveTwoMeetingsWithTheSameTitleAndLine() {
      WsisDocument doc =
          WsisParser.parseText(
              page(
                  "go World Summit: 19-30 September 2005, Geneva (Switzerland) and 13-15 November 2005, Tunis (Tunisia)",
                  "Both phases."));
      List<Meeting> ms = doc.meetings();
      assertEquals(2, ms.size());
      assertEquals(DateRange.of(d("2005-09-19"), d("2005-09-30")), ms.get(0).dates());
      assertEquals(Optional.of("Geneva"), ms.get(0).place().city());
      assertEquals(DateRange.of(d("2005-11-13"), d("2005-11-15")), ms.get(1).dates());
      assertEquals(Optional.of("TN"), ms.get(1).place().countryCode());
      assertEquals(ms.get(0).title(), ms.get(1).title());
      assertEquals("World Summit", ms.get(0).title());
      assertEquals(ms.get(0).line(), ms.get(1).line());
      assertEquals("Both phases.", ms.get(1).description());
    }

    @Test
    void crossReference() {
      WsisDocument doc =
          WsisParser.parseText(
              page(
                  "go 7-9 February 2005, Geneva, ITU - Measuring the Information Society",
                  "go 7-10 June 2005 (see follow-up meetings of the conference “Measuring the information society”)"));
      CrossReference ref = doc.crossReferences().get(0);
      assertEquals("Measuring the information society", ref.referencedTitle());
      assertEquals(doc.meetings().get(0), doc.resolve(ref).orElseThrow());
    }

    @Test
    void crossReferenceResolvesByClosestTitleAboveTheThreshold() {
      WsisDocument doc =
          WsisParser.parseText(
              page(
                  "go 7-9 February 2005, Geneva, ITU - Measuring the Information Society",
                  "go 1 March 2005, Geneva, ITU - Something else entirely",
                  "go 7-10 June 2005 (see \"Measuring Information Society\")",
                  "go 7-10 June 2005 (see \"Cooking with gas\")"));
      List<CrossReference> refs = doc.crossReferences();
      assertEquals(7, doc.resolve(refs.get(0)).orElseThrow().dates().start().getDayOfMonth());
      assertEquals(Optional.empty(), doc.resolve(refs.get(1)));
    }

    @Test
    void linkIsAGoLineThatDoesNotStartWithADate() {
      WsisDocument doc =
          WsisParser.parseText(
              page("go Task Force on Financial Mechanisms (TFFM)", "About the task force."));
      Link link = doc.links().get(0);
      assertEquals("Task Force on Financial Mechanisms (TFFM)", link.text());
      assertEquals("About the task force.", link.description());
      assertEquals(List.of(), doc.diagnostics());
    }
  }
}
