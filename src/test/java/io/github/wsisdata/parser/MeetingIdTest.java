package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link Meeting#id()}: a version 5 UUID of the meeting's content, stable across pages. */
class MeetingIdTest {

  @Test
  void nameBasedUuidsFollowRfc4122Version5() {
    // the well-known example: uuid5(NAMESPACE_DNS, "python.org") in Python's uuid module
    assertEquals(
        UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"),
        Meeting.nameBased(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"));
    // the namespace: uuid5(NAMESPACE_URL, "https://github.com/wsisdata/wsis-parser/meeting")
    assertEquals(UUID.fromString("996e23a1-1a4a-55d3-bf57-795a3dc76b11"), Meeting.ID_NAMESPACE);
    assertEquals(
        Meeting.ID_NAMESPACE,
        Meeting.nameBased(
            UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
            "https://github.com/wsisdata/wsis-parser/meeting"));
  }

  @Test
  void theIdOfTheBundledPagesFirstMeetingIsWhatTheDocsSay() throws Exception {
    WsisDocument doc = WsisParser.parse(Path.of("seeds/wsis-regional-and-thematic-meetings.txt"));
    Meeting first = doc.meetings().get(0);
    // computed with Python's uuid.uuid5 from the documented name:
    // "wsis-meeting/1\n2004-02-26\n2004-02-27\nWorkshop on Internet Governance\nGeneva\n
    //  Switzerland\nCH\n\nITU"
    assertEquals(UUID.fromString("dbc72de0-446f-5c7e-992e-73aefb8f3539"), first.id());
    assertEquals(5, first.id().version());
  }

  @Test
  void blankLinesSectionsDescriptionsAndPathsDoNotChangeIds() throws Exception {
    Path seed = Path.of("seeds/wsis-regional-and-thematic-meetings.txt");
    String page = Files.readString(seed);
    List<UUID> ids = WsisParser.parse(seed).meetings().stream().map(Meeting::id).toList();
    String moved =
        "\n\n"
            + page.replace("go 7-9 July 2004,", " Another Section\n\ngo 7-9 July 2004,")
                .replace(
                    "The meeting took place", "A different description: the meeting took place");
    WsisDocument other = WsisParser.parseText(moved);
    assertEquals(ids, other.meetings().stream().map(Meeting::id).toList());
    assertNotEquals(
        WsisParser.parse(seed).meetings().get(1).section(), other.meetings().get(1).section());
    assertEquals(
        ids, WsisParser.parse(seed.toAbsolutePath()).meetings().stream().map(Meeting::id).toList());
  }

  @Test
  void contentMakesTheId() {
    UUID a = Pages.onlyMeeting("go 1 May 2005, Geneva (Switzerland), ITU - Title").id();
    assertEquals(a, Pages.onlyMeeting("go 1 May 2005 ,  Geneva (Switzerland), ITU -  Title").id());
    assertNotEquals(a, Pages.onlyMeeting("go 2 May 2005, Geneva (Switzerland), ITU - Title").id());
    assertNotEquals(a, Pages.onlyMeeting("go 1 May 2005, Geneva (Switzerland), ITU - title").id());
    assertNotEquals(a, Pages.onlyMeeting("go 1 May 2005, Tunis (Tunisia), ITU - Title").id());
    assertNotEquals(a, Pages.onlyMeeting("go 1 May 2005, Geneva (Switzerland), UN - Title").id());
    // NFC: a decomposed accent is the same text
    assertEquals(
        Pages.onlyMeeting("go 1 May 2005, Gen\u00E8ve (Suisse), UIT - R\u00E9union").id(),
        Pages.onlyMeeting("go 1 May 2005, Gene\u0300ve (Suisse), UIT - Re\u0301union").id());
  }
}
