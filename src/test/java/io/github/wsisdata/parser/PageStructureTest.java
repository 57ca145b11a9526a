package io.github.wsisdata.parser;

import static io.github.wsisdata.parser.Pages.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Page-level reading rules: title, headings, introductions, descriptions, footer, errors. */
class PageStructureTest {

  @Nested
  class TitleAndFooter {
    @Test
    void titleIsTheFirstGoLineBeforeAnyHeading() {
      WsisDocument doc = WsisParser.parseText("go My Title\n\n WSIS Meetings\n\ngo Not a title\n");
      assertEquals(Optional.of("My Title"), doc.title());
      assertEquals("Not a title", doc.links().get(0).text());
    }

    @Test
    void noTitleWhenAHeadingComesFirst() {
      WsisDocument doc = WsisParser.parseText(" WSIS Meetings\n\ngo Some link\n");
      assertEquals(Optional.empty(), doc.title());
      assertEquals(1, doc.links().size());
    }

    @Test
    void footerIsRecognisedAndGivesTheUpdateDate() {
      WsisDocument doc =
          WsisParser.parseText(
              page(
                  "go 1 May 2005, Geneva, ITU - T",
                  "Description.",
                  "basic information | first phase: Geneva | second phase: Tunis | links",
                  "Top - Copyright © WSIS 2015 All Rights Reserved - Logo Policy",
                  "Privacy Notices"));
      assertEquals(Optional.of(LocalDate.of(2008, 8, 18)), doc.lastUpdated());
      assertEquals("Description.", doc.meetings().get(0).description());
      assertEquals(List.of(), doc.diagnostics());
    }

    @Test
    void invalidUpdateDateIsAWarningNotARolledOverDate() {
      WsisDocument doc =
          WsisParser.parseText(" H\n\ngo 1 May 2005, Geneva, ITU - T\n\nUpdated : 2008-02-30\n");
      assertEquals(Optional.empty(), doc.lastUpdated());
      assertEquals(DiagnosticCode.INVALID_UPDATE_DATE, doc.diagnostics().get(0).code());
    }
  }

  @Nested
  class Headings {
    @Test
    void headingWithoutIndentationAfterTwoBlankLines() {
      WsisDocument doc =
          WsisParser.parseText(
              page(
                  "go 1 May 2005, Geneva, ITU - A",
                  "Description of A.\n\n\nOther WSIS-related Meetings",
                  "go 2 May 2005, Geneva, ITU - B"));
      assertEquals(
          List.of(Pages.HEADING.strip(), "Other WSIS-related Meetings"),
          doc.sections().stream().map(Section::heading).toList());
      assertEquals("Description of A.", doc.meetings().get(0).description());
      assertEquals("Other WSIS-related Meetings", doc.meetings().get(1).section());
    }

    @Test
    void headingWithoutIndentationRightAfterTheTitle() {
      WsisDocument doc =
          WsisParser.parseText("go Title\n\nWSIS Meetings\n\ngo 1 May 2005, Geneva, ITU - A\n");
      assertEquals("WSIS Meetings", doc.sections().get(0).heading());
    }

    @Test
    void shortDescriptionParagraphIsNotAHeading() {
      WsisDocument doc =
          WsisParser.parseText(
              page(
                  "go 1 May 2005, Geneva, ITU - A",
                  "Chairman report available",
                  "go 2 May 2005, Geneva, ITU - B"));
      assertEquals(1, doc.sections().size());
      assertEquals("Chairman report available", doc.meetings().get(0).description());
    }

    @Test
    void indentedSentenceIsNotAHeading() {
      WsisDocument doc =
          WsisParser.parseText(
              page("go 1 May 2005, Geneva, ITU - A", " The meeting was postponed."));
      assertEquals(1, doc.sections().size());
      assertEquals("The meeting was postponed.", doc.meetings().get(0).description());
    }

    @Test
    void nbspIndentedHeading() {
      WsisDocument doc =
          WsisParser.parseText(
              page(
                  "go 1 May 2005, Geneva, ITU - A",
                  "\u00A0Regional Meetings",
                  "go 2 May 2005, X, Y - B"));
      assertEquals("Regional Meetings", doc.meetings().get(1).section());
    }
  }

  @Nested
  class Paragraphs {
    @Test
    void introductionIsTheTextBetweenHeadingAndFirstEntry() {
      WsisDocument doc =
          WsisParser.parseText(
              page(
                  "This section lists meetings",
                  "held in\n2005.",
                  "go 1 May 2005, Geneva, ITU - A"));
      assertEquals(
          "This section lists meetings\n\nheld in 2005.", doc.sections().get(0).introduction());
      assertEquals("", doc.meetings().get(0).description());
    }

    @Test
    void descriptionJoinsParagraphsByABlankLineAndLinesBySpace() {
      WsisDocument doc =
          WsisParser.parseText(
              page(
                  "go 1 May 2005, Geneva, ITU - A",
                  "First line\nsecond  line.",
                  "Second paragraph.",
                  "• Chairman's report\n• Final list of participants",
                  "go 2 May 2005, Geneva, ITU - B"));
      assertEquals(
          "First line second line.\n\nSecond paragraph.\n\n• Chairman's report • Final list of participants",
          doc.meetings().get(0).description());
      assertEquals("", doc.meetings().get(1).description());
    }

    @Test
    void textBeforeAnySectionIsReportedNotDropped() {
      WsisDocument doc =
          WsisParser.parseText(
              "go Title\n\nSome stray sentence.\nMore of it.\n\n H\n\ngo 1 May 2005, G, I - T\n");
      Diagnostic w = doc.diagnostics().get(0);
      assertEquals(DiagnosticCode.UNATTRIBUTED_TEXT, w.code());
      assertEquals(Severity.WARNING, w.severity());
      assertEquals(3, w.line());
      assertEquals("Some stray sentence. More of it.", w.followingText());
    }
  }

  @Nested
  class NotAWsisPage {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "myhost\n",
          "date,place,title\n2005-05-01,Geneva,Meeting\n",
          "<!DOCTYPE html>\n<html><body><p>The meeting will be held from 9 to 11 November 2005"
              + " in Tunis.</p></body></html>\n",
          "\n\n   The meeting will be held from 9 to 11 November 2005 in Tunis.\n"
        })
    void inputWithNoSignOfAWsisPageGetsOneWarning(String text) {
      WsisDocument doc = WsisParser.parseText(text);
      List<Diagnostic> notWsis =
          doc.diagnostics().stream()
              .filter(d -> d.code() == DiagnosticCode.NOT_A_WSIS_PAGE)
              .toList();
      assertEquals(1, notWsis.size(), doc.diagnostics().toString());
      assertEquals(Severity.WARNING, notWsis.get(0).severity());
      assertEquals(
          text.strip().lines().findFirst().orElseThrow(), notWsis.get(0).sourceLine().strip());
      assertTrue(notWsis.get(0).message().contains("does not look like a WSIS meeting page"));
      assertEquals(List.of(), doc.entries());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n  \n", "go Title\n", " WSIS Meetings\n\nPrivacy Notices\n"})
    void emptyInputsAndPagesWithASignGetNone(String text) {
      assertTrue(
          WsisParser.parseText(text).diagnostics().stream()
              .noneMatch(d -> d.code() == DiagnosticCode.NOT_A_WSIS_PAGE));
    }

    @Test
    void theBundledPageIsAWsisPage() throws Exception {
      assertTrue(
          WsisParser.parse(SeedPageTest.SEED).diagnostics().stream()
              .noneMatch(d -> d.code() == DiagnosticCode.NOT_A_WSIS_PAGE));
    }
  }

  @Nested
  class FrameOnlyAtTheEdges {
    @Test
    void aSentenceAboutCopyrightUnderAMeetingIsItsDescription() {
      WsisDocument doc =
          WsisParser.parseText(
              page(
                  "go 1 May 2005, Geneva, ITU - A",
                  "The workshop discussed copyright and related rights online."));
      assertEquals(
          "The workshop discussed copyright and related rights online.",
          doc.meetings().get(0).description());
      assertEquals(List.of(), doc.diagnostics());
    }

    @Test
    void footerShapedLinesBetweenEntriesAreText() {
      WsisDocument doc =
          WsisParser.parseText(
              page(
                  "go 1 May 2005, Geneva, ITU - A",
                  "Privacy Notices",
                  "agenda | report | photos",
                  "go 2 May 2005, Geneva, ITU - B"));
      assertEquals(
          "Privacy Notices\n\nagenda | report | photos", doc.meetings().get(0).description());
      assertEquals(LineRole.DESCRIPTION, doc.lineRoles().get(8));
      assertEquals(java.util.Optional.of(java.time.LocalDate.of(2008, 8, 18)), doc.lastUpdated());
    }
  }

  @Nested
  class FrameInAnyLetterCase {
    @Test
    void bannerAndFooterAreFoundInAnyLetterCase() {
      String page =
          "United NaTions  INTERNATIONAL Telecommunication Union\n\n"
              + "go Title\n\n WSIS Meetings\n\ngo 1 May 2005, Geneva, ITU - A\n\n"
              + "CoPyRiGhT ITU 2005 All Rights Reserved\n";
      WsisDocument doc = WsisParser.parseText(page);
      assertEquals(LineRole.BANNER, doc.lineRoles().get(0));
      assertEquals(LineRole.FOOTER, doc.lineRoles().get(8));
      assertEquals("", doc.meetings().get(0).description());
      assertEquals(List.of(), doc.diagnostics());
    }
  }

  @Nested
  class UnreadableLines {
    private final String page =
        page(
            "go 1-2 May 2005, Geneva, ITU - Good one",
            "go 31 February 2005, Geneva (Switzerland), ITU - Bad day",
            "What the bad meeting was about.",
            "go 5 Febtober 2005, Paris, UNESCO - Bad month",
            "go 30 June - 28 June 2005, Paris, UNESCO - Backwards",
            "go 3 May 2005, Geneva, ITU - Good two");

    @Test
    void badLinesBecomeErrorsAndOtherEntriesStayIntact() {
      WsisDocument doc = WsisParser.parseText(page);
      assertEquals(
          List.of("Good one", "Good two"), doc.meetings().stream().map(Meeting::title).toList());
      List<Diagnostic> errors = doc.diagnostics(Severity.ERROR);
      assertEquals(
          List.of(
              DiagnosticCode.DAY_NOT_IN_MONTH,
              DiagnosticCode.UNKNOWN_MONTH,
              DiagnosticCode.END_BEFORE_START),
          errors.stream().map(Diagnostic::code).toList());
      assertEquals(List.of(9, 13, 15), errors.stream().map(Diagnostic::line).toList());
      assertEquals(List.of(4, 6, 14), errors.stream().map(Diagnostic::column).toList());
      assertEquals(
          "go 31 February 2005, Geneva (Switzerland), ITU - Bad day", errors.get(0).sourceLine());
      assertEquals("\"31 February 2005\": February 2005 has 28 days", errors.get(0).message());
      assertEquals("\"5 Febtober 2005\": unknown month \"Febtober\"", errors.get(1).message());
      assertEquals(
          "\"30 June - 28 June 2005\": end date 28 June 2005 is before start date 30 June 2005",
          errors.get(2).message());
    }

    @Test
    void theParagraphAfterABadLineIsKeptInTheDiagnostic() {
      Diagnostic error = WsisParser.parseText(page).diagnostics(Severity.ERROR).get(0);
      assertEquals("What the bad meeting was about.", error.followingText());
      // it did not leak into the neighbouring meetings either
      assertEquals(
          List.of("", ""),
          WsisParser.parseText(page).meetings().stream().map(Meeting::description).toList());
    }

    @Test
    void malformedShapesAreReportedWithTheirText() {
      WsisDocument doc =
          WsisParser.parseText(
              page("go 12 2005, Geneva, ITU - No month", "go 10 November 2004 Berlin, X - T"));
      List<Diagnostic> errors = doc.diagnostics(Severity.ERROR);
      assertEquals(2, errors.size());
      assertEquals(DiagnosticCode.MALFORMED_DATE, errors.get(0).code());
      assertEquals(DiagnosticCode.TRAILING_TEXT, errors.get(1).code());
      assertEquals(21, errors.get(1).column()); // at "Berlin"
      assertEquals(List.of(), doc.meetings());
    }

    @Test
    void strictModeThrowsWithAllErrors() {
      WsisParser strict = WsisParser.builder().strict(true).build();
      WsisParseException e = assertThrows(WsisParseException.class, () -> strict.readText(page));
      assertEquals(3, e.diagnostics().size());
      assertEquals(DiagnosticCode.DAY_NOT_IN_MONTH, e.code());
      assertEquals(9, e.line());
      assertTrue(e.getMessage().contains("line 9, column 4"), e.getMessage());
    }

    @Test
    void strictModeAcceptsWarnings() throws Exception {
      WsisParser strict = WsisParser.builder().strict(true).build();
      WsisDocument doc = strict.read(SeedPageTest.SEED);
      assertEquals(2, doc.diagnostics(Severity.WARNING).size());
      assertEquals(WsisParser.parse(SeedPageTest.SEED), doc);
    }
  }

  /** Issue 29: lines shaped like the frame under the last entry are its description, not lost. */
  @Test
  void frameShapedLinesUnderTheLastEntryAreItsDescription() {
    WsisDocument doc =
        WsisParser.parseText(
            "WSIS Thematic Meetings\n\n"
                + "go 3 May 2005, Geneva (Switzerland), ITU - Workshop on Internet Governance\n\n"
                + "Tracks: policy | access | security | content\n"
                + "Copyright law reform, a topic of the second day\n\n"
                + "basic information | first phase: Geneva | second phase: Tunis | links\n"
                + "Top - Copyright © WSIS 2015 All Rights Reserved - Logo Policy\n"
                + "Updated : 2008-08-18\n");
    Meeting m = doc.meetings().get(0);
    assertEquals(
        "Tracks: policy | access | security | content Copyright law reform, a topic of the second"
            + " day",
        m.description());
    assertEquals(java.util.Optional.of(java.time.LocalDate.of(2008, 8, 18)), doc.lastUpdated());
    assertEquals(
        List.of(LineRole.FOOTER, LineRole.FOOTER, LineRole.FOOTER), doc.lineRoles().subList(7, 10));
  }
}
