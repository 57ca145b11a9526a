package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The shapes real pages showed beyond one line per entry (docs/format.md, "Entries over several
 * lines", "A year from the heading", "Place after a colon"): each test uses text of its own, not a
 * real page's lines, so that the rule, not an example, is what passes.
 */
class SeveralLinesAndYearsTest {
  private static Meeting only(WsisDocument doc) {
    assertEquals(1, doc.meetings().size(), doc.meetings().toString());
    return doc.meetings().get(0);
  }

  private static List<DiagnosticCode> codes(WsisDocument doc) {
    return doc.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Nested
  class TitleAboveItsDates {
    @Test
    void aTitleThenABlankLineThenTheDatesAlone() {
      Meeting m =
          only(
              WsisParser.parseText(
                  "Regional Forum on Community Radio\n\n3-5 June 2005\n\nThe forum met twice.\n"));
      assertEquals("Regional Forum on Community Radio", m.title());
      assertEquals(new DateRange(LocalDate.of(2005, 6, 3), LocalDate.of(2005, 6, 5)), m.dates());
      assertEquals(1, m.line());
      assertEquals("The forum met twice.", m.description());
    }

    @Test
    void aTitleWrappedOverTwoLinesThenDatesAndAPlaceLine() {
      Meeting m =
          only(
              WsisParser.parseText(
                  "Second Workshop on Rural Connectivity and\nLocal Content (RCLC 2005)\n\n"
                      + "September 12-14, 2005\nNairobi, Kenya\n\nPapers are due in June.\n"));
      assertEquals(
          "Second Workshop on Rural Connectivity and Local Content (RCLC 2005)", m.title());
      assertEquals(LocalDate.of(2005, 9, 12), m.dates().start());
      assertEquals("Nairobi", m.place().city().orElseThrow());
      assertEquals("KE", m.place().countryCode().orElseThrow());
    }

    @Test
    void aTitleRightOverItsDatesAndPlace() {
      Meeting m =
          only(
              WsisParser.parseText(
                  "Atelier régional sur la cybersécurité\n7-9 mars 2006, Dakar (Sénégal)\n"
                      + "Un atelier pour les régulateurs\n"));
      assertEquals("Atelier régional sur la cybersécurité", m.title());
      assertEquals("SN", m.place().countryCode().orElseThrow());
      assertEquals("Un atelier pour les régulateurs", m.description());
    }

    @Test
    void aPostsDateUnderItsHeadlineIsNoMeeting() {
      WsisDocument doc =
          WsisParser.parseText(
              "Ministers meet on broadband\n\nWednesday, 8 March 2006\n\nThe ministers met.\n");
      assertEquals(List.of(), doc.meetings());
      WsisDocument dotted =
          WsisParser.parseText(
              "Ministers meet on broadband\n\n8 March 2006.\n\nThe ministers met.\n");
      assertEquals(List.of(), dotted.meetings());
    }
  }

  @Nested
  class CalendarLaidOutAsATable {
    @Test
    void theDatesAloneThenTheTitleAloneAfterABlankLine() {
      WsisDocument doc =
          WsisParser.parseText(
              "Calendar\n\n4 - 6 April 2004\n\nOpen Source Week.\n\n\n"
                  + "10 May 2004\n\nTraining on Spectrum Management\n\nFor regulators.\n");
      assertEquals(
          List.of("Open Source Week", "Training on Spectrum Management"),
          doc.meetings().stream().map(Meeting::title).toList());
      assertEquals("For regulators.", doc.meetings().get(1).description());
    }

    @Test
    void theDatesThenOrganizerTitleAndPlaceInTheFirstSentenceOfTheNextLine() {
      Meeting m =
          only(
              WsisParser.parseText(
                  "2 Mar 2004 – 4 Mar 2004\n"
                      + "OECD, Workshop on Broadband Statistics, Paris, France. Experts compare"
                      + " figures. Registration is open.\n"));
      assertEquals(List.of("OECD"), m.organizers());
      assertEquals("Workshop on Broadband Statistics", m.title());
      assertEquals("FR", m.place().countryCode().orElseThrow());
      assertEquals("Experts compare figures. Registration is open.", m.description());
    }
  }

  @Nested
  class YearFromTheHeading {
    @Test
    void datesWithNoYearTakeTheYearTheirSectionsHeadingNames() {
      WsisDocument doc =
          WsisParser.parseText(
              "Meetings in 2007\n\nMarch 5-6, Vienna: Expert Group on Indicators\n"
                  + "12 - 14 April, Lima: Regional Seminar\n\nMeetings in 2008\n\n"
                  + "January 9, Accra: Workshop\n");
      assertEquals(
          List.of(LocalDate.of(2007, 3, 5), LocalDate.of(2007, 4, 12), LocalDate.of(2008, 1, 9)),
          doc.meetings().stream().map(m -> m.dates().start()).toList());
      assertEquals(
          List.of("Expert Group on Indicators", "Regional Seminar", "Workshop"),
          doc.meetings().stream().map(Meeting::title).toList());
      assertEquals("Lima", doc.meetings().get(1).place().city().orElseThrow());
    }

    @Test
    void withNoYearInTheHeadingADateWithNoYearIsNoEntry() {
      WsisDocument doc =
          WsisParser.parseText("Meetings\n\nMarch 5-6, Vienna: Expert Group on Indicators\n");
      assertEquals(List.of(), doc.meetings());
    }

    @Test
    void aLostDashBetweenTwoMonthsIsReadAndWarned() {
      WsisDocument doc =
          WsisParser.parseText("Events in 2006\n\nSeptember 28 October 3, Rome: Summit\n");
      Meeting m = only(doc);
      assertEquals(LocalDate.of(2006, 10, 3), m.dates().end());
      assertTrue(codes(doc).contains(DiagnosticCode.MISSING_RANGE_DASH), codes(doc).toString());
    }

    @Test
    void anUnreadLineOfTheListIsWarned() {
      WsisDocument doc =
          WsisParser.parseText(
              "Events in 2006\n\nMay 3, Geneva: Forum\nMay 9 Informal talks on the agenda\n");
      assertEquals(1, doc.meetings().size());
      assertTrue(codes(doc).contains(DiagnosticCode.UNREAD_DATED_LINE), codes(doc).toString());
    }
  }

  @Nested
  class AfterTheDates {
    @Test
    void aColonAfterThePlaceSetsTheTitleApart() {
      Meeting m =
          only(WsisParser.parseText("go 4 May 2005, Rome: Meeting of the Working Group - Day 1\n"));
      assertEquals("Rome", m.place().city().orElseThrow());
      assertEquals("Meeting of the Working Group - Day 1", m.title());
      assertEquals(List.of(), m.organizers());
    }

    @Test
    void anAcronymInThePlacesSlotIsAnOrganizer() {
      Meeting m = only(WsisParser.parseText("go 4 May 2005, OECD: Ministerial Round Table\n"));
      assertEquals(List.of("OECD"), m.organizers());
      assertEquals(Place.NONE, m.place());
    }

    @Test
    void aQuotedTitleAfterTheDatesLosesItsQuotesAndIsNoPlace() {
      Meeting m = only(WsisParser.parseText("• 5 June 2006, \"Tourism\"\n"));
      assertEquals("Tourism", m.title());
      assertEquals(Place.NONE, m.place());
    }
  }

  @Test
  void textFirstOnAPageIsTheIntroductionOfASectionWithNoHeading() {
    WsisDocument doc =
        WsisParser.parseText(
            "Our network follows the Summit.\nIt meets often.\n\n"
                + "go 1 May 2005, Geneva (Switzerland), ITU - Talks\n");
    assertEquals("", doc.sections().get(0).heading());
    assertEquals(
        "Our network follows the Summit. It meets often.", doc.sections().get(0).introduction());
    assertEquals(List.of(), codes(doc));
  }

  @Test
  void aWrittenOutUpdateDateInTheFooterGivesLastUpdated() {
    WsisDocument doc =
        WsisParser.parseText(
            "go 1 May 2005, Geneva (Switzerland), ITU - Talks\n\n"
                + "Actualizado: martes, 9 mayo 2006 10:30\n");
    assertEquals(LocalDate.of(2006, 5, 9), doc.lastUpdated().orElseThrow());
  }
}
