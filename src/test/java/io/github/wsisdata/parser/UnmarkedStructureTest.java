package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.internal.build.Prose;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Pages as text renderings print them, with no marks for headings and no {@code go} before entries:
 * headlines as headings, stacked headings, a dated issue line over a bulleted list, list items
 * whose titles are in sentence case, and prose kept out (see docs/format.md, "Headings" and
 * "Prose").
 */
class UnmarkedStructureTest {
  private static List<String> headings(WsisDocument doc) {
    return doc.sections().stream().map(Section::heading).toList();
  }

  @Nested
  class Headings {
    @Test
    void aHeadlineAfterAnEntryStartsASectionThoughNothingElseMarksIt() {
      WsisDocument doc =
          WsisParser.parseText(
              "The Summit\n\nPrepCom 1 – Geneva 1-5 July 2002\n\nRegional Conferences\n\n"
                  + "Africa – Bamako 28-30 May 2002\n\nEurope – Bucharest 7-9 November 2002\n");
      assertEquals(List.of("The Summit", "Regional Conferences"), headings(doc));
      assertEquals("", doc.meetings().get(0).description());
      assertEquals(
          List.of("Regional Conferences", "Regional Conferences"),
          doc.meetings().subList(1, 3).stream().map(Meeting::section).toList());
    }

    @Test
    void aHeadlineAfterAnIntroductionParagraphStartsASection() {
      WsisDocument doc =
          WsisParser.parseText(
              "Coming Events\n\nThe forum will meet in Athens from 30 October-2 November 2006.\n\n"
                  + "Recent Events\n\nOECD Workshop on Consumer Redress (19-20 April 2005)\n");
      assertEquals(List.of("Coming Events", "Recent Events"), headings(doc));
      assertEquals("", doc.sections().get(1).introduction());
      assertEquals(1, doc.meetings().size());
      assertEquals("Recent Events", doc.meetings().get(0).section());
    }

    @Test
    void aShortPhraseStackedOverAHeadlineIsAHeadingToo() {
      WsisDocument doc =
          WsisParser.parseText(
              "The Summit: Preparatory process\n\nThe Summit was the outcome of many inputs.\n\n"
                  + "Key dates\n\nPreparatory Committee Meetings\n\n"
                  + "PrepCom 1 – Geneva 1-5 July 2002\n");
      assertEquals(
          List.of("The Summit: Preparatory process", "Key dates", "Preparatory Committee Meetings"),
          headings(doc));
      assertEquals("", doc.sections().get(1).introduction());
    }

    @Test
    void aShortLowerCaseLineUnderAnEntryStaysItsDescription() {
      WsisDocument doc =
          WsisParser.parseText(
              " Meetings\n\ngo 1 May 2005, Geneva, ITU - A\n\nagenda and report online\n\n"
                  + "go 2 May 2005, Geneva, ITU - B\n");
      assertEquals(List.of("Meetings"), headings(doc));
      assertEquals("agenda and report online", doc.meetings().get(0).description());
    }

    @Test
    void aDatedIssueLineOverABulletedListIsItsHeadingNotAMeeting() {
      WsisDocument doc =
          WsisParser.parseText(
              "World Summit on the Information Society\n\n\u00A0\n\n"
                  + "NEWSLETTER No 12,  4 March 2005\n\n"
                  + "  • Consultation on WSIS Action Line C2, 9 March 2006, Doha, Qatar\n");
      assertEquals(
          List.of("World Summit on the Information Society", "NEWSLETTER No 12, 4 March 2005"),
          headings(doc));
      assertEquals(1, doc.meetings().size());
      assertEquals(LocalDate.of(2006, 3, 9), doc.meetings().get(0).dates().start());
    }

    @Test
    void aDatedLineInADescriptionBeforeBulletsStaysInTheDescription() {
      WsisDocument doc =
          WsisParser.parseText(
              " Meetings\n\ngo 1 May 2005, Geneva, ITU - A\n\nreport of the meeting, 2 May 2005\n\n"
                  + "• Chairman's report\n");
      assertEquals(List.of("Meetings"), headings(doc));
      assertEquals(
          "report of the meeting, 2 May 2005\n\n• Chairman's report",
          doc.meetings().get(0).description());
    }
  }

  @Nested
  class ListItems {
    @Test
    void titlesInSentenceCaseAndLowerCaseAreTitles() {
      WsisDocument doc =
          WsisParser.parseText(
              " Meetings\n\n• Informal consultation on the follow-up: 3 May 2005, Geneva\n\n"
                  + "• Réunion régionale sur la gouvernance de l'Internet, 3-4 mai 2005, Dakar\n\n"
                  + "• WSIS Action Line Facilitators/Moderators consultation meeting,"
                  + " 24 February 2006, Geneva\n");
      assertEquals(
          List.of(
              "Informal consultation on the follow-up",
              "Réunion régionale sur la gouvernance de l'Internet",
              "WSIS Action Line Facilitators/Moderators consultation meeting"),
          doc.meetings().stream().map(Meeting::title).toList());
      assertEquals(
          List.of("Geneva", "Dakar", "Geneva"),
          doc.meetings().stream().map(m -> m.place().city().orElseThrow()).toList());
    }

    @Test
    void aSentenceInAListStaysText() {
      WsisDocument doc =
          WsisParser.parseText(
              " Meetings\n\ngo 1 May 2005, Geneva, ITU - A\n\n"
                  + "• The report was adopted on 3 May 2005\n\n"
                  + "• the next meeting will be held on 9 June 2005\n");
      assertEquals(1, doc.meetings().size());
      assertTrue(doc.meetings().get(0).description().contains("The report was adopted"));
    }

    @Test
    void aTitleMayStartWithAnOrdinal() {
      WsisDocument doc =
          WsisParser.parseText(
              " Meetings\n\n•  1st Meeting of the UN Group on the Information Society (UNGIS),"
                  + " 14 July 2006\n\n• 2nd Regional Forum, 5-6 May 2005, Lima, Peru\n");
      assertEquals(
          List.of(
              "1st Meeting of the UN Group on the Information Society (UNGIS)",
              "2nd Regional Forum"),
          doc.meetings().stream().map(Meeting::title).toList());
      assertEquals(LocalDate.of(2006, 7, 14), doc.meetings().get(0).dates().start());
      assertEquals("PE", doc.meetings().get(1).place().countryCode().orElseThrow());
    }

    @Test
    void aDatedLineStartingWithAnOrdinalIsStillDated() {
      WsisDocument doc =
          WsisParser.parseText(" Meetings\n\ngo 1st May 2005, Geneva (Switzerland), ITU - X\n");
      assertEquals(LocalDate.of(2005, 5, 1), doc.meetings().get(0).dates().start());
      assertEquals("X", doc.meetings().get(0).title());
    }

    @Test
    void aSpacedDashJoinsTheDatesInParentheses() {
      WsisDocument doc =
          WsisParser.parseText(
              " Recent Events\n\nITU-WSIS Thematic Meeting on Cybersecurity"
                  + " (Geneva, Switzerland 28 June - 1 July 2005)\n");
      Meeting m = doc.meetings().get(0);
      assertEquals("ITU-WSIS Thematic Meeting on Cybersecurity", m.title());
      assertEquals(LocalDate.of(2005, 6, 28), m.dates().start());
      assertEquals(LocalDate.of(2005, 7, 1), m.dates().end());
      assertEquals("CH", m.place().countryCode().orElseThrow());
    }
  }

  @Nested
  class EntriesOverSeveralLines {
    @Test
    void datesThenTitleThenPlaceOnLinesOfTheirOwn() {
      WsisDocument doc =
          WsisParser.parseText(
              "Events\n\n14-16 March 2005\nRegional Workshop on ICT Indicators\nCairo, Egypt\n"
                  + "The workshop met at the League of Arab States.\n\n"
                  + "23 February - 29 March 2004\nWSIS Online Evaluation\n"
                  + "To provide a clear picture of what has been achieved.\n");
      assertEquals(2, doc.meetings().size());
      Meeting cairo = doc.meetings().get(0);
      assertEquals(LocalDate.of(2005, 3, 14), cairo.dates().start());
      assertEquals(LocalDate.of(2005, 3, 16), cairo.dates().end());
      assertEquals("Regional Workshop on ICT Indicators", cairo.title());
      assertEquals("Cairo", cairo.place().city().orElseThrow());
      assertEquals("EG", cairo.place().countryCode().orElseThrow());
      assertEquals("The workshop met at the League of Arab States.", cairo.description());
      assertEquals(3, cairo.line());
      Meeting online = doc.meetings().get(1);
      assertEquals("WSIS Online Evaluation", online.title());
      assertEquals(java.util.Optional.empty(), online.place().city());
      assertEquals("To provide a clear picture of what has been achieved.", online.description());
      assertEquals(
          List.of(LineRole.ENTRY, LineRole.ENTRY, LineRole.ENTRY, LineRole.DESCRIPTION),
          doc.lineRoles().subList(2, 6));
    }

    @Test
    void aDateLineOverASentenceIsNoEntryOverSeveralLines() {
      WsisDocument doc =
          WsisParser.parseText(
              "Events\n\ngo 1 May 2005, Geneva (Switzerland), ITU - A\n\n"
                  + "10 May 2005\nThe report was adopted in Geneva.\n");
      assertTrue(doc.meetings().stream().noneMatch(m -> m.title().contains("report")));
    }
  }

  @Nested
  class DateFormsAndSmallThings {
    @Test
    void aListOfRangesEndingInCommaAnd() {
      WsisDocument doc =
          WsisParser.parseText(
              " Meetings\n\ngo 3-4 May 2005, 20-21 June 2005, and 9-11 November 2005,"
                  + " Geneva (Switzerland), ITU - Open consultations\n");
      assertEquals(
          List.of("2005-05-03", "2005-06-20", "2005-11-09"),
          doc.meetings().stream().map(m -> m.dates().start().toString()).toList());
      assertEquals("Geneva", doc.meetings().get(2).place().city().orElseThrow());
    }

    @Test
    void isoDatesAndRanges() {
      WsisDocument doc =
          WsisParser.parseText(
              " Meetings\n\ngo 2005-09-19, Geneva (Switzerland), ITU - A\n\n"
                  + "go 2005-09-19 – 2005-09-30, Geneva (Switzerland), ITU - B\n\n"
                  + "go 2005-13-01, Geneva (Switzerland), ITU - C\n");
      assertEquals(LocalDate.of(2005, 9, 19), doc.meetings().get(0).dates().end());
      assertEquals(LocalDate.of(2005, 9, 30), doc.meetings().get(1).dates().end());
      assertEquals(2, doc.meetings().size());
      Diagnostic error = doc.diagnostics(Severity.ERROR).get(0);
      assertEquals(DiagnosticCode.UNKNOWN_MONTH, error.code());
      assertEquals(7, error.line());
      assertEquals(
          List.of(LocalDate.of(2005, 9, 19), LocalDate.of(2005, 9, 30)),
          List.of(
              DateRange.parse("2005-09-19 - 2005-09-30").start(),
              DateRange.parse("2005-09-19 - 2005-09-30").end()));
    }

    @Test
    void frenchAndSpanishFootersGiveTheUpdateDate() {
      for (String footer :
          List.of(
              "Mis à jour le 2005-03-10",
              "Mise à jour : 2005-03-10",
              "Actualizado: 2005-03-10",
              "Última actualización: 2005-03-10")) {
        WsisDocument doc =
            WsisParser.parseText(
                " Réunions\n\ngo 1 mai 2005, Genève (Suisse), UIT - A\n\n" + footer + "\n");
        assertEquals(java.util.Optional.of(LocalDate.of(2005, 3, 10)), doc.lastUpdated(), footer);
        assertEquals(LineRole.FOOTER, doc.lineRoles().get(4), footer);
      }
    }

    @Test
    void aRangeWhoseDashWasLostIsReadWithAWarning() {
      WsisDocument doc =
          WsisParser.parseText(
              " Events\n\ngo 19 23 May 2005, Geneva (Switzerland), ITU - A\n\n"
                  + "• Workshop on Spam, 12 14 May 2005, Geneva\n\n"
                  + "• November 6 24, 2006, Antalya, Turkey: Plenipotentiary\n");
      assertEquals(
          List.of("2005-05-19/2005-05-23", "2005-05-12/2005-05-14", "2006-11-06/2006-11-24"),
          doc.meetings().stream().map(m -> m.dates().toIsoString()).toList());
      List<Diagnostic> warnings = doc.diagnostics();
      assertEquals(
          List.of(
              DiagnosticCode.MISSING_RANGE_DASH,
              DiagnosticCode.MISSING_RANGE_DASH,
              DiagnosticCode.MISSING_RANGE_DASH),
          warnings.stream().map(Diagnostic::code).toList());
      assertEquals(List.of(7, 24, 14), warnings.stream().map(Diagnostic::column).toList());
      assertEquals(
          "no dash before \"23\": read as the range 19-23 May 2005", warnings.get(0).message());
      // on its own a date text must be written whole; and "12 2005" is no such range
      WsisParseException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              WsisParseException.class, () -> DateRange.parse("19 23 May 2005"));
      assertEquals(DiagnosticCode.MALFORMED_DATE, e.diagnostics().get(0).code());
      assertEquals(LocalDate.of(2005, 5, 23), DateRange.parse("19-23 May 2005").end());
    }

    @Test
    void aPlaceInParenthesesAtTheEndOfATitleAfterTheDates() {
      WsisDocument doc =
          WsisParser.parseText(
              " Events\n\ngo 12 May 2004: Workshop on Spam (Geneva, Switzerland)\n\n"
                  + "go 14 May 2004 - Seminar on e-Health (Nairobi)\n\n"
                  + "go 15 May 2004 - Forum on Spam (WSIS)\n\n"
                  + "go 16 May 2004, Geneva (Switzerland), ITU - Forum (Paris, France)\n");
      List<Meeting> m = doc.meetings();
      assertEquals(
          List.of(
              "Workshop on Spam",
              "Seminar on e-Health",
              "Forum on Spam (WSIS)",
              "Forum (Paris, France)"),
          m.stream().map(Meeting::title).toList());
      assertEquals(java.util.Optional.of("CH"), m.get(0).place().countryCode());
      assertEquals(java.util.Optional.of("Nairobi"), m.get(1).place().city());
      assertEquals(Place.NONE, m.get(2).place());
      assertEquals(
          java.util.Optional.of("Geneva"), m.get(3).place().city(), "the line's own place");
    }

    @Test
    void countryThenCityInParentheses() {
      WsisDocument doc =
          WsisParser.parseText(
              " Events\n\ngo 6-24 November 2006, Turkey (Antalya), ITU - Plenipotentiary\n\n"
                  + "go 1 May 2005, Iran (Islamic Republic of), X - Y\n\n"
                  + "go 2 May 2005, Geneva (Switzerland), X - Z\n");
      List<Place> places = doc.meetings().stream().map(Meeting::place).toList();
      assertEquals(java.util.Optional.of("Antalya"), places.get(0).city());
      assertEquals(java.util.Optional.of("TR"), places.get(0).countryCode());
      assertEquals(java.util.Optional.empty(), places.get(1).city());
      assertEquals(java.util.Optional.of("IR"), places.get(1).countryCode());
      assertEquals(java.util.Optional.of("Geneva"), places.get(2).city());
    }

    @Test
    void aPlaceAfterBracketedDates() {
      WsisDocument doc =
          WsisParser.parseText(
              " Events\n\nTunis Summit (16 to 18 November 2005), Kram Palexpo\n\n"
                  + "go 1 May 2005, Geneva (Switzerland), ITU - X\n");
      Meeting m = doc.meetings().get(0);
      assertEquals("Tunis Summit", m.title());
      assertEquals(LocalDate.of(2005, 11, 18), m.dates().end());
      assertEquals(java.util.Optional.of("Kram Palexpo"), m.place().city());
      assertEquals(List.of("Events"), headings(doc), "a dated line with a place is no heading");
    }

    @Test
    void enclosingQuotesLeaveTitlesOfTitledLines() {
      WsisDocument doc =
          WsisParser.parseText(
              " Meetings\n\n• \u201CMedia and the Information Society\u201D, 12 May 2005, Geneva\n\n"
                  + "\"Open Access\" Conference, 13 May 2005, Paris, France\n");
      assertEquals(
          List.of("Media and the Information Society", "\"Open Access\" Conference"),
          doc.meetings().stream().map(Meeting::title).toList());
    }
  }

  @Nested
  class CopiedFromABrowser {
    /** The records of a document, without their lines' raw text (which differs by the "go"). */
    private List<String> records(WsisDocument doc) {
      return doc.entries().stream()
          .map(
              e ->
                  e instanceof Meeting m
                      ? m.line()
                          + " "
                          + m.dates()
                          + " "
                          + m.place()
                          + " "
                          + m.organizers()
                          + " "
                          + m.title()
                          + " | "
                          + m.description()
                      : e.line() + " " + e.getClass().getSimpleName() + " " + e.description())
          .toList();
    }

    @Test
    void theBundledPageWithoutItsGoImagesReadsTheSame() throws Exception {
      String page =
          java.nio.file.Files.readString(
              java.nio.file.Path.of("seeds", "wsis-regional-and-thematic-meetings.txt"));
      String copied = page.replaceAll("(?m)^go (?=\\d)", "");
      WsisDocument withGo = WsisParser.parseText(page);
      WsisDocument without = WsisParser.parseText(copied);
      assertEquals(29, withGo.entries().size() - withGo.links().size());
      assertEquals(
          records(withGo).stream().filter(r -> !r.contains(" Link ")).toList(),
          records(without).stream().filter(r -> !r.contains(" Link ")).toList());
    }

    @Test
    void aLongLineWithNoMarkerIsAnEntryOnlyInTheFullShape() {
      String title = "Conference on " + "very long words ".repeat(14).strip();
      WsisDocument doc =
          WsisParser.parseText(
              " Events\n\n16-18 November 2004, Bishkek (Kyrgyzstan), UNECE/UNDP - "
                  + title
                  + "\n\n"
                  + "16-18 November 2004, in Bishkek the "
                  + title
                  + " met\n");
      assertEquals(1, doc.meetings().size());
      assertEquals(title, doc.meetings().get(0).title());
    }
  }

  @Nested
  class TextBrowserDumps {
    @Test
    void lynxLinkNumbersAreNotTextAndItsListOfLinksIsTheFooter() {
      String page =
          "   [1]United Nations  [2]International Telecommunication Union\n\n"
              + "   WSIS Thematic Meetings (chronological list)\n\n"
              + "   [12]go 26-27 February 2004, Geneva (Switzerland), ITU -"
              + " [13]Workshop on Internet Governance\n\n"
              + "   The overall objective was to contribute to the [14]ITU process.\n\n"
              + "   [15]go 7-9 July 2004, Geneva (Switzerland), ITU - Countering Spam\n\n"
              + "References\n\n   1. http://www.un.org/\n  13. http://www.itu.int/wsis/igov.html\n";
      WsisDocument doc = WsisParser.parseText(page);
      assertEquals(List.of(), doc.diagnostics());
      assertEquals(
          List.of("Workshop on Internet Governance", "Countering Spam"),
          doc.meetings().stream().map(Meeting::title).toList());
      Meeting first = doc.meetings().get(0);
      assertEquals(List.of("ITU"), first.organizers());
      assertEquals(
          "The overall objective was to contribute to the ITU process.", first.description());
      assertTrue(first.source().rawText().startsWith("[12]go 26-27 February 2004"));
      assertEquals(
          List.of(LineRole.FOOTER, LineRole.BLANK, LineRole.FOOTER, LineRole.FOOTER),
          doc.lineRoles().subList(10, 14));
    }

    @Test
    void lynxReferencesBecomeTheLinksOfTheirEntries() {
      String page =
          "   [1]United Nations  [2]International Telecommunication Union\n\n"
              + "   Regional meetings\n\n"
              + "   [4]go 3-4 May 2005, Dakar (Senegal), UNECA - [5]Regional Forum on Access\n\n"
              + "   Papers: see the [6]forum's site.\n\n"
              + "   [7]go 9 June 2005, Lima (Peru), CEPAL - Cumbre regional\n\n"
              + "   go 12 June 2005, Quito (Ecuador), CEPAL - Taller\n\n"
              + "References\n\n   1. http://www.un.org/\n   4. http://www.itu.int/go/dakar\n"
              + "   5. http://www.uneca.org/forum.htm\n   6. http://forum.example.org/\n";
      WsisDocument doc = WsisParser.parseText(page);
      assertEquals(List.of(), doc.diagnostics());
      List<Meeting> meetings = doc.meetings();
      assertEquals(3, meetings.size());
      assertEquals(
          List.of(
              new Hyperlink("go", URI.create("http://www.itu.int/go/dakar")),
              new Hyperlink(
                  "Regional Forum on Access", URI.create("http://www.uneca.org/forum.htm")),
              new Hyperlink("forum's site.", URI.create("http://forum.example.org/"))),
          meetings.get(0).links());
      assertEquals(List.of(), meetings.get(1).links()); // number 7 has no URL in the list
      assertEquals(List.of(), meetings.get(2).links());
      assertEquals("Regional meetings", meetings.get(2).section());
      assertEquals(
          List.of("Regional meetings"), doc.sections().stream().map(Section::heading).toList());
    }
  }

  @Nested
  class ProseRules {
    @Test
    void sentences() {
      assertTrue(Prose.isSentence("The meeting was postponed."));
      assertTrue(Prose.isSentence("the next meeting will be held in Geneva"));
      assertTrue(Prose.isSentence("La réunion sera ouverte à tous"));
      assertTrue(Prose.isSentence("La reunión fue un éxito"));
      assertFalse(Prose.isSentence("Meeting in St."));
      assertFalse(Prose.isSentence("Consultation on WSIS Action Line C2"));
      assertFalse(Prose.isSentence("Réunion régionale sur la gouvernance de l'Internet"));
    }

    @Test
    void headlines() {
      assertTrue(Prose.isHeadline("Regional Conferences", 12));
      assertTrue(
          Prose.isHeadline(
              "World Summit of Cities and Local Authorities and the role Information Society", 12));
      assertFalse(Prose.isHeadline("Chairman report available", 12));
      assertFalse(Prose.isHeadline("Key dates", 12));
      assertFalse(Prose.isHeadline("The Meeting Was Postponed.", 12));
      assertFalse(
          Prose.isHeadline(
              "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen", 12));
    }
  }
}
