package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nothing unread in silence: a list item or a short standalone line that holds a full date and is
 * not read as an entry is warned ({@link DiagnosticCode#UNREAD_DATED_LINE}), at its date, with
 * where reading stopped; a date in a sentence is prose and is not warned.
 */
class UnreadDatedLineTest {
  private static final String PAGE =
      " Meetings\n\n"
          + "go 1 May 2005, Geneva (Switzerland), ITU - A\n\n"
          + "• Meeting of experts, 3 May 2005, Geneva, 10:00-13:00 (room XVI)\n\n"
          + "• The report was adopted on 4 May 2005.\n\n"
          + "Expert consultation 2005-09-19 in room 3 & by phone\n\n"
          + "The next meeting closes on 31 October 2005, and accreditation\n"
          + "opens on 1 September 2005.\n\n"
          + "• Agenda for May 2005\n\n"
          + "• Workshop on Spam, May 12-14, 2005, Geneva, Switzerland, hall 2 only\n";

  private static List<Diagnostic> unread(WsisDocument doc) {
    return doc.diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.UNREAD_DATED_LINE)
        .toList();
  }

  @Test
  void datedListItemsAndShortLinesThatAreNoEntryAreWarnedAtTheirDate() {
    WsisDocument doc = WsisParser.parseText(PAGE);
    List<Diagnostic> unread = unread(doc);
    assertEquals(List.of(5, 9, 16), unread.stream().map(Diagnostic::line).toList());
    assertEquals(List.of(23, 21, 21), unread.stream().map(Diagnostic::column).toList());
    assertEquals(Severity.WARNING, unread.get(0).severity());
    assertEquals(
        "a dated line was not read as an entry (reading stopped at \":\" (column 45)); it stays"
            + " text: \"• Meeting of experts, 3 May 2005, Geneva, 10:00-13:00 (ro...\"",
        unread.get(0).message());
    assertTrue(unread.get(1).message().contains("Expert consultation 2005-09-19"));
    assertEquals(List.of(5, 9, 16), doc.unreadLines().stream().map(UnreadLine::line).toList());
    assertEquals(java.util.Optional.of(LineRole.DESCRIPTION), doc.unreadLines().get(0).role());
    assertEquals(
        "Expert consultation 2005-09-19 in room 3 & by phone", doc.unreadLines().get(1).text());
    assertEquals(unread.get(2), doc.unreadLines().get(2).warning());
    // the lines stay where they were: in the description of the one meeting
    assertEquals(1, doc.meetings().size());
    assertTrue(doc.meetings().get(0).description().contains("Meeting of experts"));
    assertTrue(doc.meetings().get(0).description().contains("hall 2 only"));
  }

  @Test
  void datesInSentencesAndLinesWithoutAFullDateAreNotWarned() {
    WsisDocument doc =
        WsisParser.parseText(
            " Meetings\n\ngo 1 May 2005, Geneva (Switzerland), ITU - A\n\n"
                + "• The report was adopted on 4 May 2005.\n\n"
                + "• the next meeting will be held on 9 June 2005\n\n"
                + "The next meeting closes on 31 October 2005, and accreditation\n"
                + "opens on 1 September 2005.\n\n"
                + "• Agenda for May 2005\n\n"
                + "• Chairman's report (12 pages)\n");
    assertEquals(List.of(), unread(doc));
  }

  @Test
  void theBundledPageGetsNoSuchWarning() throws Exception {
    assertEquals(
        List.of(),
        unread(
            WsisParser.parse(
                java.nio.file.Path.of("seeds", "wsis-regional-and-thematic-meetings.txt"))));
  }
}
