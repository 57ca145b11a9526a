package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One hand-written page per entry shape (src/test/resources/shapes), and golden records typed by
 * hand from reading the page. A row is "line | dates | city | country | code | organizers | title".
 */
class EntryShapesTest {

  static String text(String name) {
    try (InputStream in = EntryShapesTest.class.getResourceAsStream("/shapes/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static WsisDocument parse(String name) {
    return WsisParser.parseText(text(name));
  }

  static String row(Meeting m) {
    return m.source().line()
        + " | "
        + m.dates().format()
        + " | "
        + m.place().city().orElse("-")
        + " | "
        + m.place().country().orElse("-")
        + " | "
        + m.place().countryCode().orElse("-")
        + " | "
        + String.join("/", m.organizers())
        + " | "
        + m.title();
  }

  static List<String> rows(WsisDocument doc) {
    return doc.meetings().stream().map(EntryShapesTest::row).collect(Collectors.toList());
  }

  static void assertClean(WsisDocument doc) {
    assertEquals(List.of(), doc.diagnostics(), "diagnostics");
  }

  @Nested
  class Bullets {
    @Test
    void everyBulletMarksAnEntryWithOrWithoutIndentation() {
      WsisDocument doc = parse("bullets.txt");
      assertClean(doc);
      assertEquals(
          List.of(
              "5 | 28 June - 1 July 2005 | Geneva | Switzerland | CH | ITU | WSIS Thematic Meeting on Cybersecurity",
              "9 | 10 November 2004 | Berlin | Germany | DE | CODATA | WSIS Session",
              "11 | 7-9 July 2004 | Geneva | Switzerland | CH | ITU | Thematic Meeting on Countering Spam",
              "16 | 2-3 June 2005 | Vienna | Austria | AT | Government of Austria | Conference on ICT and Creativity",
              "18 | 16-18 November 2005 | Tunis | Tunisia | TN | ITU | World Summit, second phase",
              "20 | 24 February 2005 | Geneva | Switzerland | CH | ITU | PrepCom-2 side event"),
          rows(doc));
      assertEquals(1, doc.crossReferences().size());
      assertEquals(22, doc.crossReferences().get(0).source().line());
      assertEquals(
          "Measuring the Information Society", doc.crossReferences().get(0).referencedTitle());
    }

    @Test
    void aBulletWithoutDatesIsTextOfTheDescription() {
      Meeting spam = parse("bullets.txt").meetings().get(2);
      assertEquals(
          "Participants recognized that spam has become a major concern. - Chairman's report"
              + " - Final list of participants",
          spam.description());
    }

    @Test
    void aBulletedSentenceStaysText() {
      WsisDocument doc =
          WsisParser.parseText(
              Pages.page(
                  "go 1 May 2005, Geneva (Switzerland), ITU - A",
                  "• The meeting will be held from 9 to 11 November 2005.",
                  "• The report was published on 2 June 2005."));
      assertEquals(1, doc.meetings().size());
      assertEquals(List.of(), doc.diagnostics());
      assertEquals(
          "• The meeting will be held from 9 to 11 November 2005.\n\n"
              + "• The report was published on 2 June 2005.",
          doc.meetings().get(0).description());
    }
  }

  @Nested
  class LabelDashPlaceDates {
    @Test
    void theLabelIsTheTitleAndThePlaceStandsBeforeTheDates() {
      WsisDocument doc = parse("label-dash-place.txt");
      assertClean(doc);
      assertEquals(
          List.of(
              "5 | 5-7 October 2004 | Lima | - | - |  | Regional Meeting",
              "9 | 16-18 November 2004 | Bishkek | - | - |  | Regional Conference",
              "11 | 10-11 January 2005 | Port of Spain | - | - |  | Ministerial Round Table",
              "13 | 3 March 2005 | Ouagadougou | - | - |  | Sub-regional Workshop"),
          rows(doc));
      assertEquals(
          "The Latin American and Caribbean regional meeting.",
          doc.meetings().get(0).description());
      assertEquals("Regional preparatory meetings", doc.meetings().get(0).section());
    }
  }

  @Nested
  class CountryAfterAComma {
    @Test
    void cityCommaCountryWithAndWithoutALabel() {
      WsisDocument doc = parse("city-country.txt");
      assertClean(doc);
      assertEquals(
          List.of(
              "5 | 3-4 June 2004 | Cotonou | Benin | BJ |  | ",
              "9 | 8-9 March 2005 | Windhoek | Namibia | NA |  | Expert Group",
              "11 | 2-4 February 2005 | Accra | Ghana | GH |  | ",
              "13 | 28-30 May 2002 | Bamako | Mali | ML |  | ",
              "15 | 14-15 April 2005 | Sao Paulo | Brazil | BR |  | Expert Meeting on Indicators"),
          rows(doc));
      assertEquals("Held at the Palais des Congres.", doc.meetings().get(0).description());
    }

    @Test
    void onADatedLineTheCountryAfterTheCityJoinsThePlace() {
      Meeting m = Pages.onlyMeeting("go 12 May 2005, Nairobi, Kenya, ITU - Workshop on Spam");
      assertEquals("Nairobi", m.place().city().orElseThrow());
      assertEquals("KE", m.place().countryCode().orElseThrow());
      assertEquals(List.of("ITU"), m.organizers());
      assertEquals("Workshop on Spam", m.title());
    }
  }

  @Nested
  class SeveralRanges {
    @Test
    void oneMeetingPerRangeWithTheSameTitle() {
      WsisDocument doc = parse("several-ranges.txt");
      assertClean(doc);
      assertEquals(
          List.of(
              "5 | 4-6 May 2004 | - | - | - |  | Session 2",
              "5 | 2-5 August 2004 | - | - | - |  | Session 2",
              "9 | 23-25 November 2004 | - | - | - |  | Working Group on Internet Governance",
              "9 | 14-18 February 2005 | - | - | - |  | Working Group on Internet Governance",
              "9 | 18-20 April 2005 | - | - | - |  | Working Group on Internet Governance",
              "11 | 20 September 2004 | Geneva | - | - |  | Open Consultations",
              "11 | 15 November 2004 | Tunis | - | - |  | Open Consultations",
              "13 | 19-30 September 2005 | - | - | - | ITU | PrepCom-3 and resumed session",
              "13 | 13-15 November 2005 | Tunis | Tunisia | TN | ITU | PrepCom-3 and resumed session"),
          rows(doc));
      assertEquals("Two sessions of the same group.", doc.meetings().get(1).description());
    }
  }

  @Nested
  class TitleDatePlace {
    @Test
    void titleFirstThenDatesThenPlace() {
      WsisDocument doc = parse("title-date-place.txt");
      assertClean(doc);
      assertEquals(
          List.of(
              "5 | 12 May 2005 | Nairobi | Kenya | KE |  | Workshop on Spam Statistics",
              "7 | 20-22 May 2002 | Seoul | Republic of Korea | KR |  | ITU Workshop on Creating"
                  + " Trust in Critical Network Infrastructures",
              "9 | 7 March 2005 | Cairo | Egypt | EG |  | Regional Seminar on e-Government",
              "11 | 2 December 2004 | Geneva | - | - |  | Forum on ICT and Disability"),
          rows(doc));
    }
  }

  @Nested
  class DateThenTitle {
    @Test
    void aTitleAfterTheDatesIsNoPlaceAndAnAmbiguousOneIsReported() {
      WsisDocument doc = parse("date-title.txt");
      assertEquals(
          List.of(
              "5 | 3 May 2005 | - | - | - |  | World Press Freedom Day",
              "7 | 17 May 2006 | - | - | - |  | World Information Society Day",
              "9 | 10 December 2003 | Geneva | - | - |  | ",
              "11 | 10-12 December 2003 | - | Switzerland | CH |  | ",
              "13 | 25 October 2004 | - | - | - |  | "),
          rows(doc));
      assertEquals(1, doc.diagnostics().size());
      Diagnostic w = doc.diagnostics().get(0);
      assertEquals(DiagnosticCode.PLACE_OR_TITLE, w.code());
      assertEquals(Severity.WARNING, w.severity());
      assertEquals(13, w.line());
      assertEquals(20, w.column());
      assertEquals("• 25 October 2004, Springfield", w.sourceLine());
    }
  }

  @Nested
  class Connectors {
    @Test
    void fromOnOrACommaBeforeTheDates() {
      WsisDocument doc = parse("connectors.txt");
      assertClean(doc);
      assertEquals(
          List.of(
              "5 | 9-11 May 2006 | - | - | - |  | Forum on Rural Connectivity",
              "7 | 14 July 2006 | - | - | - |  | Round Table on Media (RTM)",
              "9 | 2 June 2005 | - | - | - |  | Seminar on e-Health",
              "11 | 24-25 March 2004 | - | - | - |  | Global Forum on Internet Governance",
              "13 | 10-12 May 2005 | - | - | - |  | Symposium on ICT Indicators"),
          rows(doc));
    }
  }

  @Nested
  class Brackets {
    @Test
    void placeAndDatesOrDatesAloneInParentheses() {
      WsisDocument doc = parse("brackets.txt");
      assertClean(doc);
      assertEquals(
          List.of(
              "5 | 12-13 May 2005 | Paris | France | FR |  | Conference on Open Access",
              "7 | 19-20 April 2005 | - | - | - |  | Training Workshop",
              "9 | 5-6 June 2005 | Alexandria | Egypt | EG |  | Seminar on Digital Libraries",
              "11 | 17 June 2004 | New York | - | - |  | High-level Panel on ICT for Development"),
          rows(doc));
    }
  }

  @Nested
  class Wrapped {
    @Test
    void wrappedEntriesAreJoinedAndNumberedByTheirFirstLine() {
      WsisDocument doc = parse("wrapped.txt");
      assertEquals(
          List.of(
              "5 | 28 June - 1 July 2005 | Geneva | Switzerland | CH | ITU | WSIS Thematic Meeting"
                  + " on Cybersecurity and Trust in the Use of Information and Communication"
                  + " Technologies",
              "14 | 8-9 March 2005 | Bamako | Mali | ML |  | Regional Workshop on Rural"
                  + " Connectivity and Community Access Points",
              "22 | 12-13 May 2005 | Paris | France | FR |  | Conference on Open Access to"
                  + " Scientific Information and Knowledge in Developing Countries",
              "28 | 10 November 2004 | Berlin | Germany | DE | CODATA | WSIS Session on Science"),
          rows(doc));
      assertEquals("WSIS Thematic Meetings (chronological list)", doc.meetings().get(0).section());
      assertEquals(
          "The meeting brought together experts from governments, industry and civil society to"
              + " discuss the building of confidence and security in the use of information and"
              + " communication technologies, one of the action lines of the Geneva Plan of"
              + " Action.",
          doc.meetings().get(0).description());
    }

    @Test
    void aTitleEndingAtTheWrapWidthIsReported() {
      WsisDocument doc = parse("wrapped.txt");
      assertEquals(1, doc.diagnostics().size());
      Diagnostic w = doc.diagnostics().get(0);
      assertEquals(DiagnosticCode.CUT_AT_WRAP_WIDTH, w.code());
      assertEquals(Severity.WARNING, w.severity());
      assertEquals(28, w.line());
      assertEquals(4, w.column());
    }

    @Test
    void theBundledPageWrappedByATextBrowserGivesTheSameRecords() throws IOException {
      String page =
          java.nio.file.Files.readString(
              java.nio.file.Path.of("seeds/wsis-regional-and-thematic-meetings.txt"));
      StringBuilder wrapped = new StringBuilder();
      for (String line : page.split("\n", -1)) {
        wrapped.append(wrap(line.strip(), 76)).append('\n');
      }
      WsisDocument original = WsisParser.parseText(page);
      WsisDocument dump = WsisParser.parseText(wrapped);
      assertEquals(29, dump.entries().size());
      for (int i = 0; i < original.entries().size(); i++) {
        Entry a = original.entries().get(i);
        Entry b = dump.entries().get(i);
        assertEquals(a.getClass(), b.getClass());
        assertEquals(a.description(), b.description());
        assertEquals(a.section(), b.section());
        if (a instanceof Meeting ma) {
          Meeting mb = (Meeting) b;
          assertEquals(ma.title(), mb.title());
          assertEquals(ma.dates(), mb.dates());
          assertEquals(ma.place(), mb.place());
          assertEquals(ma.organizers(), mb.organizers());
        }
      }
    }

    /** Greedy wrapping with a 3-space margin, as lynx -dump writes paragraphs. */
    private String wrap(String text, int width) {
      if (text.isEmpty()) {
        return "";
      }
      StringBuilder out = new StringBuilder();
      StringBuilder line = new StringBuilder("  ");
      for (String word : text.split(" +")) {
        if (line.length() > 2 && line.length() + 1 + word.length() > width) {
          out.append(line).append('\n');
          line = new StringBuilder("  ");
        }
        line.append(' ').append(word);
      }
      return out.append(line).toString();
    }

    @Test
    void bannerAndFooterLinesAreNeverJoinedNorEvidenceOfWrapping() throws Exception {
      // found by PageFuzzProperties: repeated banners of one length looked like a wrapped page
      String banner = "United Nations  International Telecommunication Union  ";
      String page =
          (banner + "\n").repeat(4)
              + "go Outcomes of the Regional and Thematic Meetings\n"
              + banner
              + "\n";
      WsisDocument doc = WsisParser.parseText(page);
      assertEquals("Outcomes of the Regional and Thematic Meetings", doc.title().orElseThrow());
      Accounting.check(page, doc);
    }

    @Test
    void aFewLinesOfOneLengthAreNoWrappedPage() throws Exception {
      // found by PageFuzzProperties: six lines, three of them running on "full"
      String go = "go Outcomes of the Regional and Thematic Meetings";
      String page =
          String.join(
              "\n",
              go,
              go,
              " WSIS Thematic Meetings (chronological list)",
              go,
              " WSIS Thematic Meetings (chronological list)",
              " Other WSIS-related Meetings");
      WsisDocument doc = WsisParser.parseText(page);
      Accounting.check(page, doc);
      assertEquals(2, doc.links().size());
      assertEquals("Outcomes of the Regional and Thematic Meetings", doc.links().get(0).text());
    }

    @Test
    void anUnwrappedPageJoinsNothing() {
      // short lines that end near one width but were not cut: nothing is joined
      WsisDocument doc =
          WsisParser.parseText(
              Pages.page(
                  "go 1 May 2005, Geneva (Switzerland), ITU - First\nSecond line of text here.",
                  "go 2 May 2005, Geneva (Switzerland), ITU - Second"));
      assertEquals("First", doc.meetings().get(0).title());
      assertEquals("Second line of text here.", doc.meetings().get(0).description());
    }
  }

  @Nested
  class AllShapesOnOnePage {
    @Test
    void everyShapeWithGoLinesHeadingsAndProse() {
      WsisDocument doc = parse("all-shapes.txt");
      assertClean(doc);
      assertEquals("WSIS events of 2005", doc.title().orElseThrow());
      assertEquals(
          List.of(
              "7 | 24-25 January 2005 | Geneva | Switzerland | CH | ITU | Workshop on Multilingualism",
              "9 | 5-7 October 2004 | Lima | - | - |  | Regional Meeting",
              "12 | 8-9 March 2005 | Windhoek | Namibia | NA |  | Expert Group",
              "14 | 4-6 May 2004 | - | - | - |  | Session 2",
              "14 | 2-5 August 2004 | - | - | - |  | Session 2",
              "16 | 12 May 2005 | Nairobi | Kenya | KE |  | Workshop on Spam Statistics",
              "20 | 3 May 2005 | - | - | - |  | World Press Freedom Day",
              "22 | 9-11 May 2006 | - | - | - |  | Forum on Rural Connectivity",
              "24 | 12-13 May 2005 | Paris | France | FR |  | Conference on Open Access"),
          rows(doc));
      assertEquals(
          List.of(
              "Meetings",
              "Meetings",
              "Meetings",
              "Meetings",
              "Meetings",
              "Meetings",
              "Observances",
              "Observances",
              "Observances"),
          doc.meetings().stream().map(Meeting::section).toList());
      assertEquals(
          "The meeting adopted the Lima Declaration.", doc.meetings().get(1).description());
      assertEquals(
          "The meeting will be held from 9 to 11 November 2005 in Tunis.",
          doc.meetings().get(8).description());
      assertEquals(28, doc.crossReferences().get(0).source().line());
      assertEquals(java.time.LocalDate.of(2005, 12, 1), doc.lastUpdated().orElseThrow());
    }
  }

  @Nested
  class Variations {
    @Test
    void aPlaceAfterTheDatesInParenthesesOrAfterADash() {
      WsisDocument doc =
          WsisParser.parseText(
              Pages.page(
                  "Workshop on Spam, 12 May 2005 (Nairobi, Kenya)",
                  "Regional Forum, 5-6 May 2005 - Geneva, Switzerland",
                  "Expert Meeting – 7 June 2005 – Quito"));
      assertClean(doc);
      assertEquals(
          List.of(
              "7 | 12 May 2005 | Nairobi | Kenya | KE |  | Workshop on Spam",
              "9 | 5-6 May 2005 | Geneva | Switzerland | CH |  | Regional Forum",
              "11 | 7 June 2005 | Quito | - | - |  | Expert Meeting"),
          rows(doc));
    }

    @Test
    void dayNamesBeforeTheDates() {
      WsisDocument doc =
          WsisParser.parseText(
              Pages.page(
                  "go Monday, 5 May 2005, Geneva (Switzerland), ITU - Title",
                  "Forum on Rural Connectivity from Monday 9 to Wednesday 11 May 2006",
                  "• lundi 28 juin - jeudi 1er juillet 2005, Genève (Suisse), UIT - Réunion",
                  "• Thursday, June 2, 2005 – World Day"));
      assertClean(doc);
      assertEquals(
          List.of(
              "7 | 5 May 2005 | Geneva | Switzerland | CH | ITU | Title",
              "9 | 9-11 May 2006 | - | - | - |  | Forum on Rural Connectivity",
              "11 | 28 June - 1 July 2005 | Genève | Suisse | CH | UIT | Réunion",
              "13 | 2 June 2005 | - | - | - |  | World Day"),
          rows(doc));
      assertEquals(
          DateRange.parse("5 May 2005"), DateRange.parse("Thursday, 5 May 2005")); // not checked
    }

    @Test
    void aColonAfterTheDatesStartsTheTitle() {
      assertEquals(
          "Launch of the WSIS Stocktaking",
          Pages.onlyMeeting("go 5 May 2005: Launch of the WSIS Stocktaking").title());
      assertEquals(
          "World Press Freedom Day",
          Pages.onlyMeeting("• 3 May 2005: World Press Freedom Day").title());
    }
  }

  @Nested
  class Prose {
    @Test
    void datesInSentencesAreNoEntriesAndNoErrors() {
      WsisDocument doc = parse("prose-only.txt");
      assertEquals(List.of(), doc.entries());
      assertEquals(List.of(), doc.diagnostics(Severity.ERROR));
      assertEquals(
          List.of(DiagnosticCode.NOT_A_WSIS_PAGE),
          doc.diagnostics().stream().map(Diagnostic::code).toList());
    }
  }
}
