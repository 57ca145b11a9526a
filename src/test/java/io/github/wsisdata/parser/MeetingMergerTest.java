package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging the meetings of several pages by {@link Meeting#id()}. */
public class MeetingMergerTest {
  /** Public for the pages other tests share from it. */
  public MeetingMergerTest() {
    // JUnit makes one per test
  }

  /** A PrepCom index page that lists two meetings of the bundled page, written by hand. */
  public static final String INDEX =
      """
      United Nations   International Telecommunication Union

       PrepCom-2 index

       Meetings before PrepCom-2

      go 26-27 February 2004, Geneva (Switzerland), ITU - Workshop on Internet Governance

      A shorter description than on the thematic page.

      go 7-9 July 2004, Geneva (Switzerland), ITU - WSIS Thematic Meeting on Countering spam

      go 1 March 2005, Geneva (Switzerland), ITU - A meeting of its own

      """;

  private static MeetingMerger thematicAndIndex() throws java.io.IOException {
    MeetingMerger merger = new MeetingMerger();
    merger.add(
        "thematic.txt", WsisParser.parse(Path.of("seeds/wsis-regional-and-thematic-meetings.txt")));
    merger.add("index.txt", WsisParser.parseText(INDEX));
    return merger;
  }

  @Test
  void theSameMeetingOnTwoPagesIsOneRecordWithBothSources() throws Exception {
    MeetingMerger merger = thematicAndIndex();
    List<MeetingMerger.MergedMeeting> merged = merger.meetings();
    // 28 of the thematic page, the index's own meeting, and the near-duplicate kept apart
    assertEquals(28 + 1 + 1, merged.size());
    MeetingMerger.MergedMeeting workshop = merged.get(0);
    assertEquals("Workshop on Internet Governance", workshop.meeting().title());
    assertEquals(
        List.of(
            new MeetingMerger.Occurrence(
                "thematic.txt", 12, "WSIS Thematic Meetings (chronological list)"),
            new MeetingMerger.Occurrence("index.txt", 7, "Meetings before PrepCom-2")),
        workshop.occurrences());
    // the first occurrence's record is kept, description included
    assertTrue(workshop.meeting().description().startsWith("The overall objective"));
    // new meetings follow in the order of the index page
    assertEquals("WSIS Thematic Meeting on Countering spam", merged.get(28).meeting().title());
    assertEquals("A meeting of its own", merged.get(29).meeting().title());
  }

  @Test
  void aTitleThatDiffersInLetterCaseIsANearDuplicateNotAMerge() throws Exception {
    MeetingMerger merger = thematicAndIndex();
    List<MeetingMerger.NearDuplicate> near = merger.nearDuplicates();
    assertEquals(1, near.size());
    assertEquals("WSIS Thematic Meeting on Countering Spam", near.get(0).first().meeting().title());
    assertEquals(
        "WSIS Thematic Meeting on Countering spam", near.get(0).second().meeting().title());
    assertEquals(1.0, near.get(0).similarity());
    assertEquals(16, near.get(0).first().occurrences().get(0).line());
    assertEquals(11, near.get(0).second().occurrences().get(0).line());
  }

  @Test
  void differentDatesOrPlacesAreNeverNearDuplicates() {
    MeetingMerger merger = new MeetingMerger();
    merger.add(
        "a",
        WsisParser.parseText(
            Pages.page(
                "go 1 May 2005, Geneva (Switzerland), ITU - Workshop on Spam",
                "go 2 May 2005, Geneva (Switzerland), ITU - Workshop on spam",
                "go 1 May 2005, Tunis (Tunisia), ITU - Workshop on spam",
                "go 1 May 2005, Geneva (Switzerland), ITU - Workshop on Spam Statistics")));
    assertEquals(4, merger.meetings().size());
    // "Workshop on Spam" and "Workshop on Spam Statistics": 0.93, same dates and place
    assertEquals(1, merger.nearDuplicates().size());
    assertTrue(merger.nearDuplicates().get(0).similarity() >= 0.90);
  }

  @Test
  void theSameMeetingUnderThreeLanguagesNamesIsOne() {
    MeetingMerger merger = new MeetingMerger();
    merger.add(
        "en",
        WsisParser.parseText(
            Pages.page("go 3 May 2005, Geneva (Switzerland), ITU - Workshop on Spam")));
    merger.add(
        "fr",
        WsisParser.parseText(Pages.page("go 3 May 2005, Genève (Suisse), UIT - Workshop on Spam")));
    merger.add(
        "es",
        WsisParser.parseText(
            Pages.page(
                "go 3 May 2005, Ginebra (Suiza), Unión Internacional de Telecomunicaciones"
                    + " - Workshop on Spam")));
    assertEquals(1, merger.meetings().size());
    assertEquals(3, merger.meetings().get(0).occurrences().size());
    assertEquals("Geneva", merger.meetings().get(0).meeting().place().city().orElseThrow());
  }

  @Test
  void theSameDatesAndResolvedPlaceWithSimilarTitlesIsANearDuplicate() {
    MeetingMerger merger = new MeetingMerger();
    merger.add(
        "a",
        WsisParser.parseText(
            Pages.page(
                "go 3 May 2005, Geneva (Switzerland), ITU - Workshop on Spam",
                "go 3 May 2005, Genève, UIT - Workshop on Spam Statistics",
                "go 3 May 2005, Geneva (Suisse) - Workshop on Spam")));
    // the third is the first (same dates, title and resolved place; it names no organizer), the
    // second is at the same resolved place with a similar title: a near-duplicate, not merged
    assertEquals(2, merger.meetings().size());
    assertEquals(2, merger.meetings().get(0).occurrences().size());
    assertEquals(List.of("ITU"), merger.meetings().get(0).meeting().organizers());
    assertEquals(1, merger.nearDuplicates().size());
    assertEquals(
        "Workshop on Spam Statistics", merger.nearDuplicates().get(0).second().meeting().title());
  }

  @Test
  @org.junit.jupiter.api.Timeout(60) // all pairs of 10,000 took 254 s; the blocks take a second
  void tenThousandNearDuplicatesAreOneClusterFoundInLinearTime() {
    MeetingMerger merger = new MeetingMerger();
    for (int i = 0; i < 10_000; i++) {
      merger.add(
          "p" + i,
          WsisParser.parseText(
              Pages.page(
                  "go 3 May 2005, Geneva (Switzerland), ITU - Workshop on Spam, session " + i)));
    }
    assertEquals(10_000, merger.meetings().size());
    // one pair per meeting that joins the cluster, never all pairs
    assertEquals(9_999, merger.nearDuplicates().size());
    List<List<MeetingMerger.MergedMeeting>> clusters = merger.nearDuplicateClusters();
    assertEquals(1, clusters.size());
    assertEquals(10_000, clusters.get(0).size());
    assertEquals("p0", clusters.get(0).get(0).occurrences().get(0).document());
  }

  @Test
  void separateGroupsAreSeparateClusters() {
    MeetingMerger merger = new MeetingMerger();
    merger.add(
        "a",
        WsisParser.parseText(
            Pages.page(
                "go 3 May 2005, Geneva (Switzerland), ITU - Workshop on Spam",
                "go 3 May 2005, Geneva (Switzerland), ITU - Workshop on spam",
                "go 3 May 2005, Geneva (Switzerland), ITU - Workshop on SPAM",
                "go 4 May 2005, Geneva (Switzerland), ITU - Forum on Content",
                "go 4 May 2005, Geneva (Switzerland), ITU - Forum on content")));
    List<List<MeetingMerger.MergedMeeting>> clusters = merger.nearDuplicateClusters();
    assertEquals(List.of(3, 2), clusters.stream().map(List::size).toList());
  }
}
