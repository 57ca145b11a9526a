package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records read and write with a plain {@code new ObjectMapper()}: no jdk8 or java.time module,
 * no mix-ins. Dates are ISO text, absent values are left out, entries carry their {@code type}.
 */
class JacksonTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final Path SEED = Path.of("seeds", "wsis-regional-and-thematic-meetings.txt");

  @TempDir Path dir;

  @Test
  void aMeetingIsWrittenAsTheShapeDocumentedAndReadBack() throws Exception {
    // line 12 of the bundled page, read by hand:
    // go 26-27 February 2004, Geneva (Switzerland), ITU - Workshop on Internet Governance
    Meeting meeting = WsisParser.parse(SEED).meetings().get(0);
    JsonNode json = PLAIN.readTree(PLAIN.writeValueAsString(meeting));
    assertEquals(null, json.get("type"), "a Meeting written as itself has no type");
    assertEquals("dbc72de0-446f-5c7e-992e-73aefb8f3539", json.get("id").asText());
    assertEquals(
        PLAIN.readTree("{\"start\":\"2004-02-26\",\"end\":\"2004-02-27\"}"), json.get("dates"));
    assertEquals(
        PLAIN.readTree(
            "{\"city\":\"Geneva\",\"country\":\"Switzerland\",\"countryCode\":\"CH\","
                + "\"online\":false}"),
        json.get("place"));
    assertEquals("[\"ITU\"]", json.get("organizers").toString());
    assertEquals("Workshop on Internet Governance", json.get("title").asText());
    assertEquals(12, json.get("source").get("line").asInt());
    assertEquals(
        "go 26-27 February 2004, Geneva (Switzerland), ITU - Workshop on Internet Governance",
        json.get("source").get("rawText").asText());
    assertEquals(meeting, PLAIN.readValue(json.toString(), Meeting.class));
  }

  @Test
  void entriesCarryTheirTypeWhereTheyStandAsEntries() throws Exception {
    WsisDocument doc = WsisParser.parse(SEED);
    List<Entry> entries = doc.entries();
    String json = PLAIN.writerFor(new TypeReference<List<Entry>>() {}).writeValueAsString(entries);
    JsonNode tree = PLAIN.readTree(json);
    assertEquals("meeting", tree.get(0).get("type").asText());
    int reference = entries.indexOf(doc.crossReferences().get(0));
    assertEquals("crossReference", tree.get(reference).get("type").asText());
    assertEquals(entries, PLAIN.readValue(json, new TypeReference<List<Entry>>() {}));
    // a typed entry reads as its record too, and a list of meetings goes both ways as it comes
    assertEquals(entries.get(0), PLAIN.readValue(tree.get(0).toString(), Meeting.class));
    assertEquals(
        doc.meetings(),
        PLAIN.readValue(
            PLAIN.writeValueAsString(doc.meetings()), new TypeReference<List<Meeting>>() {}));
    assertEquals(
        doc.crossReferences().get(0),
        PLAIN.readValue(tree.get(reference).toString(), CrossReference.class));
  }

  @Test
  void absentValuesAreLeftOutNotNull() throws Exception {
    assertEquals("{\"online\":true}", PLAIN.writeValueAsString(Place.ONLINE));
    assertEquals("{\"online\":false}", PLAIN.writeValueAsString(Place.NONE));
    Place malta = new Place(Optional.empty(), Optional.of("Malta"), Optional.of("MT"), false);
    assertEquals(
        "{\"country\":\"Malta\",\"countryCode\":\"MT\",\"online\":false}",
        PLAIN.writeValueAsString(malta));
    for (Place place : List.of(Place.ONLINE, Place.NONE, malta)) {
      assertEquals(place, PLAIN.readValue(PLAIN.writeValueAsString(place), Place.class));
    }
    assertEquals(
        "{\"format\":\"TEXT\",\"charset\":\"UTF-8\"}",
        PLAIN.writeValueAsString(SourceInfo.UTF8_TEXT));
  }

  @Test
  void theBundledPageComesBackEqual() throws Exception {
    WsisDocument doc = WsisParser.parse(SEED);
    String json = PLAIN.writeValueAsString(doc);
    WsisDocument back = PLAIN.readValue(json, WsisDocument.class);
    assertEquals(doc, back);
    assertEquals(Optional.of(LocalDate.of(2008, 8, 18)), back.lastUpdated());
    assertTrue(json.contains("\"lastUpdated\":\"2008-08-18\""), json.substring(0, 200));
    assertTrue(!back.crossReferences().isEmpty() && !back.diagnostics().isEmpty());
    assertEquals(doc.crossReferences().get(0), back.crossReferences().get(0));
  }

  @Test
  void webArchivePagesWithLinksCaptureDatesAndRecordsComeBackEqual() throws Exception {
    Path warc = WarcInputTest.crawl(dir.resolve("crawl.warc"), false);
    List<WsisDocument> pages;
    try (Stream<WsisDocument> stream = WsisParser.builder().build().readWarc(warc, p -> {})) {
      pages = stream.toList();
    }
    WsisDocument html = pages.get(1);
    assertTrue(html.meetings().get(0).links().size() > 0);
    JsonNode json = PLAIN.readTree(PLAIN.writeValueAsString(html));
    JsonNode info = json.get("sourceInfo");
    assertEquals("HTML", info.get("format").asText());
    assertEquals("2005-06-12T08:30:15", info.get("captured").asText());
    assertEquals(
        "http://www.itu.int/wsis/preparatory2/regional.html",
        info.get("archiveRecord").get("target").asText());
    assertEquals("2005-06-12T08:30:15Z", info.get("archiveRecord").get("date").asText());
    for (WsisDocument page : pages) {
      assertEquals(page, PLAIN.readValue(PLAIN.writeValueAsString(page), WsisDocument.class));
    }
    ArchiveRecord record =
        new ArchiveRecord("a.warc.gz", 1234, URI.create("http://www.itu.int/"), Instant.EPOCH);
    assertEquals(
        "{\"file\":\"a.warc.gz\",\"offset\":1234,\"target\":\"http://www.itu.int/\","
            + "\"date\":\"1970-01-01T00:00:00Z\"}",
        PLAIN.writeValueAsString(record));
    assertEquals(record, PLAIN.readValue(PLAIN.writeValueAsString(record), ArchiveRecord.class));
    SourceInfo full =
        new SourceInfo(
            InputFormat.HTML,
            "windows-1252",
            Optional.of("T"),
            Optional.of(URI.create("http://www.itu.int/")),
            Optional.of(LocalDateTime.of(2005, 3, 1, 10, 20, 30)),
            Optional.of(record));
    assertEquals(full, PLAIN.readValue(PLAIN.writeValueAsString(full), SourceInfo.class));
  }

  @Test
  void theRecordsRulesHoldWhenReading() {
    DatabindException backwards =
        assertThrows(
            DatabindException.class,
            () ->
                PLAIN.readValue(
                    "{\"start\":\"2005-07-01\",\"end\":\"2005-06-28\"}", DateRange.class));
    assertTrue(
        backwards.getMessage().contains("end 2005-06-28 is before start 2005-07-01"),
        backwards.getMessage());
    DatabindException online =
        assertThrows(
            DatabindException.class,
            () -> PLAIN.readValue("{\"city\":\"Geneva\",\"online\":true}", Place.class));
    assertTrue(
        online.getMessage().contains("an online place has no city or country"),
        online.getMessage());
    DatabindException missing =
        assertThrows(
            DatabindException.class,
            () -> PLAIN.readValue("{\"start\":\"2005-07-01\"}", DateRange.class));
    assertTrue(missing.getMessage().contains("end"), missing.getMessage());
  }
}
