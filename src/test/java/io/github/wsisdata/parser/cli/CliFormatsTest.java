package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.github.wsisdata.parser.SeedPageGolden;
import io.github.wsisdata.parser.SeedPageGolden.ExpectedMeeting;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every output format on the bundled page, checked against the hand-written golden values of {@link
 * SeedPageGolden} and against hand-written excerpts.
 */
class CliFormatsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<ExpectedMeeting> GOLDEN = SeedPageGolden.MEETINGS;

  @org.junit.jupiter.api.io.TempDir Path dir;

  private static String output(String format, String... more) {
    List<String> args = new ArrayList<>(List.of("--format", format));
    args.addAll(List.of(more));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    return r.out();
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "json", "csv", "ics", "jsonld", "jsonl"})
  void everyFormatIsDeterministic(String format) {
    assertEquals(output(format), output(format));
  }

  @Test
  void aWideTableHasOneLinePerMeetingUnderItsSectionRows() {
    List<String> lines = output("table", "--wide").lines().toList();
    assertTrue(lines.get(0).matches("DATES +PLACE +ORGANIZERS +TITLE"), lines.get(0));
    int column = lines.get(0).indexOf("TITLE");
    List<String> headings = new ArrayList<>();
    List<String> meetings = new ArrayList<>();
    for (String line : lines.subList(1, lines.size() - 2)) {
      if (line.isEmpty()) {
        continue;
      }
      if (Character.isDigit(line.charAt(0))) {
        meetings.add(line);
      } else {
        headings.add(line);
      }
    }
    assertEquals(GOLDEN.stream().map(ExpectedMeeting::section).distinct().toList(), headings);
    assertEquals(28, meetings.size());
    for (int i = 0; i < GOLDEN.size(); i++) {
      assertEquals(GOLDEN.get(i).title(), meetings.get(i).substring(column), "title column");
    }
    assertEquals("", lines.get(lines.size() - 2));
    assertEquals(
        "28 meetings, 1 cross-reference, 0 errors, 2 warnings", lines.get(lines.size() - 1));
  }

  /** The table at 80 and 200 columns: no line wider, every title whole, wrapped at word ends. */
  @ParameterizedTest
  @ValueSource(ints = {80, 200})
  void aTableFitsItsWidthAndWrapsRatherThanCuts(int width) throws Exception {
    java.io.StringWriter out = new java.io.StringWriter();
    new TableWriter(width)
        .write(
            List.of(
                HeldPage.of(
                    "seed",
                    io.github.wsisdata.parser.WsisParser.parse(
                        Path.of("seeds", "wsis-regional-and-thematic-meetings.txt")))),
            out);
    List<String> lines = out.toString().lines().toList();
    for (String line : lines) {
      assertTrue(line.codePointCount(0, line.length()) <= width, width + ": " + line);
    }
    int column = lines.get(0).indexOf("TITLE");
    int dates = lines.get(0).indexOf("PLACE");
    assertEquals("WSIS Thematic Meetings (chronological list)", lines.get(1));
    // the title column, read down: each meeting's title, whole, in page order (a meeting's first
    // line has its dates)
    StringBuilder titles = new StringBuilder();
    for (String line : lines.subList(2, lines.size() - 2)) {
      if (line.isEmpty() || !(line.charAt(0) == ' ' || Character.isDigit(line.charAt(0)))) {
        continue; // a blank line, a section heading's row
      }
      if (!line.substring(0, Math.min(dates, line.length())).isBlank()) {
        titles.append('\n');
      }
      if (line.length() > column) {
        titles.append(line.substring(column)).append(' ');
      }
    }
    List<String> read = titles.toString().strip().lines().map(String::strip).toList();
    assertEquals(GOLDEN.stream().map(ExpectedMeeting::title).toList(), read);
    assertEquals(
        "28 meetings, 1 cross-reference, 0 errors, 2 warnings", lines.get(lines.size() - 1));
  }

  @Test
  void jsonValidatesAgainstTheSchemaAndReadsBack() throws Exception {
    JsonNode root = MAPPER.readTree(output("json"));
    JsonSchema schema = DocumentSchema.schema();
    Set<ValidationMessage> problems = schema.validate(root);
    assertEquals(Set.of(), problems);
    // the schema rejects a day that cannot exist in a month and an ID that is no version 5 UUID
    com.fasterxml.jackson.databind.node.ObjectNode first =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            root.get("documents").get(0).get("sections").get(0).get("entries").get(0);
    JsonNode good = first.deepCopy();
    first.put("start", "2005-13-45");
    assertTrue(schema.validate(root).stream().anyMatch(m -> m.getMessage().contains("start")));
    first.setAll((com.fasterxml.jackson.databind.node.ObjectNode) good);
    first.put("id", "not-a-uuid");
    assertTrue(schema.validate(root).stream().anyMatch(m -> m.getMessage().contains("id")));
    first.setAll((com.fasterxml.jackson.databind.node.ObjectNode) good);
    assertEquals(Set.of(), schema.validate(root));

    JsonNode doc = root.get("documents").get(0);
    assertEquals("wsis-regional-and-thematic-meetings.txt", doc.get("source").asText());
    assertEquals("Outcomes of the Regional and Thematic Meetings", doc.get("title").asText());
    assertEquals("2008-08-18", doc.get("lastUpdated").asText());
    assertEquals(2, doc.get("diagnostics").size());
    List<JsonNode> meetings = new ArrayList<>();
    JsonNode crossReference = null;
    for (JsonNode section : doc.get("sections")) {
      for (JsonNode entry : section.get("entries")) {
        if (entry.get("type").asText().equals("meeting")) {
          meetings.add(entry);
        } else {
          crossReference = entry;
        }
      }
    }
    assertEquals(GOLDEN.size(), meetings.size());
    for (int i = 0; i < GOLDEN.size(); i++) {
      ExpectedMeeting e = GOLDEN.get(i);
      JsonNode m = meetings.get(i);
      assertEquals(e.line(), m.get("line").asInt());
      assertEquals(e.start(), m.get("start").asText());
      assertEquals(e.end(), m.get("end").asText());
      assertEquals(e.city(), m.get("place").get("city").textValue());
      assertEquals(e.country(), m.get("place").get("country").textValue());
      assertEquals(e.countryCode(), m.get("place").get("countryCode").textValue());
      assertEquals(e.online(), m.get("place").get("online").asBoolean());
      assertEquals(e.organizers(), MAPPER.convertValue(m.get("organizers"), List.class));
      assertEquals(e.title(), m.get("title").asText());
      assertEquals(e.description(), m.get("description").asText());
    }
    assertEquals(44, crossReference.get("resolvesToLine").asInt());
    assertEquals(
        "Measuring the Information Society", crossReference.get("referencedTitle").asText());
  }

  @Test
  void jsonOfTheLine90MeetingAsWrittenByHand() throws Exception {
    JsonNode expected =
        MAPPER.readTree(
            """
            {"type": "meeting", "id": "ab2268d1-d438-533a-98cf-e5224987a2e5",
             "line": 90, "startColumn": 1, "endColumn": 91,
             "rawText": "go 28 June- 1 July 2005, Geneva (Switzerland), ITU - WSIS Thematic Meeting on Cybersecurity",
             "start": "2005-06-28", "end": "2005-07-01",
             "place": {"city": "Geneva", "country": "Switzerland", "countryCode": "CH", "online": false,
                       "location": {"geonameId": 2660646, "name": "Genève", "countryCode": "CH",
                                    "latitude": 46.2022, "longitude": 6.1457}},
             "organizers": ["ITU"],
             "organizations": [{"text": "ITU", "acronym": "ITU",
                                "name": "International Telecommunication Union",
                                "kind": "un_body", "countryCode": null}],
             "title": "WSIS Thematic Meeting on Cybersecurity", "notes": [],
             "description": "DESCRIPTION", "links": []}
            """
                .replace("DESCRIPTION", GOLDEN.get(19).description()));
    JsonNode section =
        MAPPER.readTree(output("json")).get("documents").get(0).get("sections").get(0);
    assertEquals(expected, section.get("entries").get(20));
  }

  @Test
  void csvHasOneRfc4180RowPerMeeting() throws Exception {
    String csv = output("csv");
    assertTrue(
        csv.startsWith(
            "id,type,source,section,start,end,city,country,country_code,online,organizers,title,"
                + "description,line,notes,resolves_to_line,links,geonames_id,latitude,longitude,"
                + "location_country_code,organizer_acronyms,url,captured\r\n"));
    List<CSVRecord> records = csvRecords(csv);
    assertEquals(28 + 1, records.size());
    List<CSVRecord> all = records;
    records = all.stream().filter(r -> r.get("type").equals("meeting")).toList();
    assertEquals(28, records.size());
    // the cross-reference of line 76, typed from the page
    assertEquals(
        List.of(
            "ea356d51-e893-554d-9e79-fabeefd9836e",
            "crossReference",
            "wsis-regional-and-thematic-meetings.txt",
            "WSIS Thematic Meetings (chronological list)",
            "2005-06-07",
            "2005-06-10",
            "",
            "",
            "",
            "false", // online: a boolean in every row
            "",
            "Measuring the Information Society",
            "",
            "76",
            "see follow-up meetings of the conference \"Measuring the Information Society\"",
            "44",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            ""),
        all.stream()
            .filter(r -> r.get("type").equals("crossReference"))
            .findFirst()
            .orElseThrow()
            .toList());
    for (int i = 0; i < GOLDEN.size(); i++) {
      ExpectedMeeting e = GOLDEN.get(i);
      CSVRecord r = records.get(i);
      assertEquals("wsis-regional-and-thematic-meetings.txt", r.get("source"));
      assertEquals(e.section(), r.get("section"));
      assertEquals(e.start(), r.get("start"));
      assertEquals(e.end(), r.get("end"));
      assertEquals(e.city() == null ? "" : e.city(), r.get("city"));
      assertEquals(e.country() == null ? "" : e.country(), r.get("country"));
      assertEquals(e.countryCode() == null ? "" : e.countryCode(), r.get("country_code"));
      assertEquals(Boolean.toString(e.online()), r.get("online"));
      assertEquals(String.join("; ", e.organizers()), r.get("organizers"));
      assertEquals(e.title(), r.get("title"));
      assertEquals(e.description(), r.get("description"));
      assertEquals(Integer.toString(e.line()), r.get("line"));
    }
    assertEquals(
        List.of(
            "770f904f-eed0-5d4c-a99c-053c48260c8a",
            "meeting",
            "wsis-regional-and-thematic-meetings.txt",
            "Other WSIS-related Meetings",
            "2005-02-11",
            "2005-02-13",
            "",
            "Malta",
            "MT",
            "false",
            "Government of Malta; Diplo Foundation; SDC; GKP",
            "International Conference on Multistakeholder Diplomacy",
            GOLDEN.get(27).description(),
            "130",
            "",
            "",
            "",
            "", // no city, so no location: a country is not a point
            "",
            "",
            "",
            "Government of Malta; GKP", // Diplo Foundation and SDC are not in the table
            "", // a plain file has no URL and no capture date
            ""),
        records.get(27).toList());
    // the first meeting, at Geneva: the gazetteer's reading and the organizer's acronym
    CSVRecord first = records.get(0);
    assertEquals("2660646", first.get("geonames_id"));
    assertEquals("46.2022", first.get("latitude"));
    assertEquals("6.1457", first.get("longitude"));
    assertEquals("CH", first.get("location_country_code"));
    assertEquals("ITU", first.get("organizer_acronyms"));
  }

  @Test
  void icsHasOneAllDayEventPerMeetingWithExclusiveEnds() throws Exception {
    String ics = output("ics");
    // GEO (RFC 5545 3.8.1.6) from the gazetteer: latitude;longitude of Geneva
    assertTrue(ics.contains("\r\nGEO:46.2022;6.1457\r\n"), ics);
    for (String line : ics.split("\r\n")) {
      assertTrue(
          line.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + line);
    }
    assertFalse(ics.replace("\r\n", "").contains("\n"), "only CRLF line ends");
    assertTrue(ics.contains("\r\nDTSTART;VALUE=DATE:20050628\r\nDTEND;VALUE=DATE:20050702\r\n"));
    assertFalse(ics.contains("DTSTAMP:2026"), "DTSTAMP must not come from the clock");

    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    List<VEvent> all = calendar.getComponents("VEVENT");
    assertEquals(28 + 1, all.size());
    List<VEvent> events =
        all.stream()
            .filter(
                ev -> !String.valueOf(value(ev, Property.CATEGORIES)).contains("Cross-reference"))
            .toList();
    assertEquals(28, events.size());
    VEvent reference = all.get(16); // after the 16 meetings above line 76
    assertEquals("See: Measuring the Information Society", value(reference, Property.SUMMARY));
    assertEquals("20050607", value(reference, Property.DTSTART));
    assertEquals("20050611", value(reference, Property.DTEND));
    assertEquals("ea356d51-e893-554d-9e79-fabeefd9836e", value(reference, Property.UID));
    assertEquals(
        "see follow-up meetings of the conference \"Measuring the Information Society\"",
        value(reference, Property.DESCRIPTION));
    assertEquals(
        "WSIS Thematic Meetings (chronological list),Cross-reference",
        value(reference, Property.CATEGORIES));
    // it resolves to the meeting of line 44, whose UID it names
    assertEquals(value(events.get(8), Property.UID), value(reference, Property.RELATED_TO));
    assertEquals(44, GOLDEN.get(8).line());
    DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
    for (int i = 0; i < GOLDEN.size(); i++) {
      ExpectedMeeting e = GOLDEN.get(i);
      VEvent event = events.get(i);
      assertEquals(LocalDate.parse(e.start()).format(basic), value(event, Property.DTSTART));
      assertEquals(
          LocalDate.parse(e.end()).plusDays(1).format(basic), value(event, Property.DTEND));
      assertEquals(e.title(), value(event, Property.SUMMARY));
      assertEquals(e.section(), value(event, Property.CATEGORIES));
      assertEquals("20080818T000000Z", value(event, Property.DTSTAMP));
      String location =
          e.online() ? "Online" : e.city() == null ? e.country() : e.city() + ", " + e.country();
      assertEquals(location, value(event, Property.LOCATION));
      assertEquals(
          "Organizers: " + String.join("; ", e.organizers()) + "\n\n" + e.description(),
          value(event, Property.DESCRIPTION));
    }
    assertEquals(
        29, all.stream().map(ev -> value(ev, Property.UID)).distinct().count(), "unique UIDs");
  }

  private static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElse(null);
  }

  @Test
  void jsonLdIsASchemaOrgItemListOfEvents() throws Exception {
    JsonNode root = MAPPER.readTree(output("jsonld"));
    assertEquals("https://schema.org", root.get("@context").asText());
    assertEquals("ItemList", root.get("@type").asText());
    assertEquals(28 + 1, root.get("numberOfItems").asInt());
    JsonNode all = root.get("itemListElement");
    assertEquals(28 + 1, all.size());
    JsonNode reference = all.get(16).get("item");
    assertEquals(17, all.get(16).get("position").asInt());
    assertEquals(
        MAPPER.readTree(
            """
            {"@id": "urn:uuid:ea356d51-e893-554d-9e79-fabeefd9836e", "@type": "Event",
             "name": "Measuring the Information Society",
             "startDate": "2005-06-07", "endDate": "2005-06-10",
             "disambiguatingDescription":
               "see follow-up meetings of the conference \\"Measuring the Information Society\\"",
             "about": {"@id": "urn:uuid:ID44"}}
            """
                .replace("ID44", all.get(8).get("item").get("@id").asText().substring(9))),
        reference);
    // the conference itself (7-9 February) is another event than its follow-up meetings (7-10
    // June): the reference is about it, never sameAs it
    assertEquals("2005-02-07", all.get(8).get("item").get("startDate").asText());
    // a reference of the same dates as its meeting is that meeting
    Path same = dir.resolve("same.txt");
    Files.writeString(
        same,
        "go 7-9 February 2005, Geneva (Switzerland), ITU - Measuring the Information Society\n\n"
            + "go 7-9 February 2005 (see \"Measuring the Information Society\")\n");
    JsonNode sameItems = MAPPER.readTree(Cli.run("-f", "jsonld", same.toString()).out());
    JsonNode sameRef = sameItems.get("itemListElement").get(1).get("item");
    assertEquals(
        sameItems.get("itemListElement").get(0).get("item").get("@id").asText(),
        sameRef.get("sameAs").asText(),
        sameRef.toString());
    assertTrue(!sameRef.has("about"));
    com.fasterxml.jackson.databind.node.ArrayNode items = MAPPER.createArrayNode();
    all.forEach(
        item -> {
          if (!item.get("item").has("disambiguatingDescription")) {
            items.add(item);
          }
        });
    assertEquals(28, items.size());
    for (int i = 0; i < GOLDEN.size(); i++) {
      JsonNode event = items.get(i).get("item");
      assertEquals(i < 16 ? i + 1 : i + 2, items.get(i).get("position").asInt());
      assertEquals(GOLDEN.get(i).title(), event.get("name").asText());
      assertEquals(GOLDEN.get(i).start(), event.get("startDate").asText());
      assertEquals(GOLDEN.get(i).end(), event.get("endDate").asText());
    }
    JsonNode expectedOnline =
        MAPPER.readTree(
            """
            {"@id": "urn:uuid:0ce9e230-1741-578f-8d11-a5acba8bdda9", "@type": "Event",
             "name": "Online forum on Intellectual Property in the Information Society",
             "startDate": "2005-06-01", "endDate": "2005-06-15",
             "eventAttendanceMode": {"@id": "https://schema.org/OnlineEventAttendanceMode"},
             "location": {"@type": "VirtualLocation"},
             "organizer": [{"@type": "Organization",
                            "name": "World Intellectual Property Organization",
                            "alternateName": "WIPO"}],
             "description": "DESCRIPTION"}
            """
                .replace("DESCRIPTION", GOLDEN.get(14).description()));
    assertEquals(expectedOnline, items.get(14).get("item"));
    JsonNode malta = items.get(27).get("item").get("location");
    assertEquals(
        MAPPER.readTree(
            """
            {"@type": "Place", "name": "Malta",
             "address": {"@type": "PostalAddress", "addressCountry": "MT"}}
            """),
        malta);
    JsonNode geneva = items.get(19).get("item").get("location");
    assertEquals(
        MAPPER.readTree(
            """
            {"@type": "Place", "name": "Geneva, Switzerland",
             "address": {"@type": "PostalAddress", "addressLocality": "Geneva", "addressCountry": "CH"},
             "geo": {"@type": "GeoCoordinates", "latitude": 46.2022, "longitude": 6.1457},
             "sameAs": "https://sws.geonames.org/2660646/"}
            """),
        geneva);
  }

  /** The same meetings under five names give byte-identical calendars and JSON-LD. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"ics", "jsonld"})
  void idsDoNotDependOnThePathTheInputWasReadFrom(String format) throws Exception {
    String seed = "seeds/wsis-regional-and-thematic-meetings.txt";
    String page = java.nio.file.Files.readString(java.nio.file.Path.of(seed));
    String bundled = Cli.run("-f", format).out();
    assertEquals(bundled, Cli.run("-f", format, seed).out());
    assertEquals(bundled, Cli.run("-f", format, "./" + seed).out());
    assertEquals(
        bundled,
        Cli.run("-f", format, java.nio.file.Path.of(seed).toAbsolutePath().toString()).out());
    assertEquals(bundled, Cli.runWithStdin(page, "-f", format, "-").out());
    // a blank line at the top changes no ID
    String shifted = Cli.runWithStdin("\n\n" + page, "-f", format, "-").out();
    assertEquals(ids(bundled), ids(shifted));
  }

  private static java.util.List<String> ids(String output) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?:UID:|\"@id\" : \"urn:uuid:)([0-9a-f-]{36})")
            .matcher(output);
    java.util.List<String> ids = new java.util.ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    // (a JSON-LD cross-reference names its meeting's ID again, in "about")
    assertEquals(28 + 1, ids.stream().distinct().count(), "one ID per meeting and cross-reference");
    return ids;
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAsFormulasAreGuarded() throws Exception {
    String page =
        " H\n\ngo 1 May 2005, Geneva (Switzerland), @ITU/+UN - =HYPERLINK(\"x\")\n\n-1 point\n";
    Cli.Result r = Cli.runWithStdin(page, "-f", "csv", "-");
    assertEquals(0, r.exit(), r.err());
    CSVRecord row = csvRecords(r.out()).get(0);
    assertEquals("'=HYPERLINK(\"x\")", row.get("title"));
    assertEquals("'@ITU; +UN", row.get("organizers"));
    assertEquals("'-1 point", row.get("description"));
    assertEquals("2005-05-01", row.get("start"));
  }

  @Test
  void excelCsvStartsWithAByteOrderMark() {
    Cli.Result r = Cli.run("-f", "csv", "--excel");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("\uFEFFid,type,source,"), r.out().substring(0, 20));
    assertFalse(Cli.run("-f", "csv").out().startsWith("\uFEFF"));
    Cli.Result json = Cli.run("-f", "json", "--excel");
    assertEquals(2, json.exit());
    assertEquals("wsis: --excel goes with -f csv", json.err().lines().findFirst().orElseThrow());
  }

  /** Reads CSV back with Apache Commons CSV, the header naming the columns. */
  private static List<CSVRecord> csvRecords(String csv) throws java.io.IOException {
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))) {
      return parser.getRecords();
    }
  }

  @Test
  void jsonLinesHaveOneFlatRecordPerMeetingAndCrossReference() throws Exception {
    List<String> lines = output("jsonl").lines().toList();
    assertEquals(28 + 1, lines.size());
    List<JsonNode> records = new ArrayList<>();
    for (String line : lines) {
      records.add(MAPPER.readTree(line)); // each line is a whole JSON value
    }
    JsonNode first = records.get(0);
    assertEquals(
        MAPPER.readTree(
            """
            {"id": "dbc72de0-446f-5c7e-992e-73aefb8f3539", "type": "meeting",
             "source": "wsis-regional-and-thematic-meetings.txt", "line": 12,
             "section": "WSIS Thematic Meetings (chronological list)",
             "start": "2004-02-26", "end": "2004-02-27",
             "city": "Geneva", "country": "Switzerland", "countryCode": "CH", "online": false,
             "organizers": ["ITU"], "title": "Workshop on Internet Governance", "notes": [],
             "note": null, "resolvesToLine": null,
             "geonamesId": 2660646, "latitude": 46.2022, "longitude": 6.1457,
             "locationCountryCode": "CH", "organizerAcronyms": "ITU",
             "description": "DESCRIPTION", "links": [], "url": null, "captured": null}
            """
                .replace("DESCRIPTION", GOLDEN.get(0).description())),
        first);
    JsonNode reference = records.get(16);
    assertEquals("crossReference", reference.get("type").asText());
    assertEquals(76, reference.get("line").asInt());
    assertEquals(44, reference.get("resolvesToLine").asInt());
    assertEquals("Measuring the Information Society", reference.get("title").asText());
    // one type per field on every line: online a boolean (pandas reads a column with a null as
    // float), start and end ISO dates
    for (JsonNode record : records) {
      assertTrue(record.get("online").isBoolean(), record.toString());
      assertTrue(record.get("start").asText().matches("\\d{4}-\\d{2}-\\d{2}"), record.toString());
      assertTrue(record.get("end").asText().matches("\\d{4}-\\d{2}-\\d{2}"), record.toString());
    }
    // the same fields in the same order on every line, for tools that infer one schema
    List<String> fields = new ArrayList<>();
    first.fieldNames().forEachRemaining(fields::add);
    for (JsonNode record : records) {
      List<String> theirs = new ArrayList<>();
      record.fieldNames().forEachRemaining(theirs::add);
      assertEquals(fields, theirs);
    }
    // --flat JSON: the same records in one array
    JsonNode flat = MAPPER.readTree(output("json", "--flat"));
    assertEquals(MAPPER.valueToTree(records), flat);
    assertEquals(2, Cli.run("-f", "ics", "--flat").exit());
  }

  /**
   * The JSON-LD output expanded by a JSON-LD processor (Titanium). The processor fetches the
   * context {@code https://schema.org} through a loader that serves a bundled stand-in
   * (src/test/resources/jsonld/schema-org-context.jsonld: {@code @vocab} = https://schema.org/, as
   * the real context maps every schema.org term), since the tests run without the network.
   */
  @Test
  void jsonLdExpandsWithAJsonLdProcessor() throws Exception {
    String context =
        Files.readString(Path.of("src/test/resources/jsonld/schema-org-context.jsonld"));
    com.apicatalog.jsonld.loader.DocumentLoader loader =
        (url, options) -> {
          assertEquals("https://schema.org", url.toString().replaceAll("/$", ""));
          com.apicatalog.jsonld.document.Document document =
              com.apicatalog.jsonld.document.JsonDocument.of(new StringReader(context));
          document.setDocumentUrl(url);
          return document;
        };
    jakarta.json.JsonArray expanded =
        com.apicatalog.jsonld.JsonLd.expand(
                com.apicatalog.jsonld.document.JsonDocument.of(new StringReader(output("jsonld"))))
            .loader(loader)
            .get();
    jakarta.json.JsonObject list = expanded.getJsonObject(0);
    assertEquals("https://schema.org/ItemList", list.getJsonArray("@type").getString(0));
    jakarta.json.JsonArray items = list.getJsonArray("https://schema.org/itemListElement");
    assertEquals(28 + 1, items.size());
    List<String> ids = new ArrayList<>();
    for (jakarta.json.JsonValue value : items) {
      jakarta.json.JsonObject event =
          value.asJsonObject().getJsonArray("https://schema.org/item").getJsonObject(0);
      assertEquals("https://schema.org/Event", event.getJsonArray("@type").getString(0));
      ids.add(event.getString("@id"));
    }
    assertEquals("urn:uuid:dbc72de0-446f-5c7e-992e-73aefb8f3539", ids.get(0));
    assertEquals(29, ids.stream().distinct().count());
    jakarta.json.JsonObject first =
        items.getJsonObject(0).getJsonArray("https://schema.org/item").getJsonObject(0);
    // the attendance mode is an IRI (a node reference), not a string
    assertEquals(
        "https://schema.org/OfflineEventAttendanceMode",
        first
            .getJsonArray("https://schema.org/eventAttendanceMode")
            .getJsonObject(0)
            .getString("@id"));
  }
}
