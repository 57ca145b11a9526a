package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML pages through the command line, in every format. */
class CliHtmlTest {
  private static final Path PAGE =
      Path.of("src/test/resources/html/regional-2005-windows-1252.html");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String BASE = "http://www.itu.int/wsis/";

  @TempDir Path dir;

  @Test
  void jsonCarriesLinksAndWhatThePageSaysAboutItselfAndValidates() throws Exception {
    Cli.Result r = Cli.run("-f", "json", "--base-url", BASE, PAGE.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode root = MAPPER.readTree(r.out());
    assertEquals(Set.of(), DocumentSchema.problems(root));
    JsonNode doc = root.get("documents").get(0);
    assertEquals(
        MAPPER.readTree(
            "{\"format\": \"html\", \"charset\": \"windows-1252\","
                + " \"htmlTitle\": \"ITU - WSIS Regional Meetings\", \"originalUrl\": null,"
                + " \"captured\": null, \"archiveRecord\": null}"),
        doc.get("sourceInfo"));
    JsonNode bamako = doc.get("sections").get(0).get("entries").get(0);
    assertEquals(16, bamako.get("line").asInt());
    assertEquals(18, bamako.get("startColumn").asInt());
    assertEquals(
        MAPPER.readTree(
            "[{\"text\": \"Bamako 2002 Regional Conference: Africa\","
                + " \"url\": \"http://www.itu.int/wsis/preparatory2/africa/bamako.html\"},"
                + " {\"text\": \"Declaration (PDF)\", \"url\":"
                + " \"http://www.itu.int/dms_pub/itu-s/md/03/wsispc2/doc/S03-WSISPC2-DOC-0005!!PDF-E.pdf\"}]"),
        bamako.get("links"));
  }

  @Test
  void csvIcsAndJsonLdWriteTheLinks() throws Exception {
    String csv = Cli.run("-f", "csv", "--base-url", BASE, PAGE.toString()).out();
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertEquals(
        "http://www.itu.int/wsis/preparatory2/africa/bamako.html"
            + " http://www.itu.int/dms_pub/itu-s/md/03/wsispc2/doc/S03-WSISPC2-DOC-0005!!PDF-E.pdf",
        rows.get(0).get("links"));
    assertEquals("", rows.get(1).get("links"));

    String ics = Cli.run("-f", "ics", "--base-url", BASE, PAGE.toString()).out();
    net.fortuna.ical4j.model.Calendar calendar =
        new net.fortuna.ical4j.data.CalendarBuilder().build(new StringReader(ics));
    net.fortuna.ical4j.model.component.VEvent bamako =
        calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").get(0);
    assertEquals(
        "http://www.itu.int/wsis/preparatory2/africa/bamako.html",
        bamako.getProperty("URL").orElseThrow().getValue());
    assertEquals(
        "http://www.itu.int/dms_pub/itu-s/md/03/wsispc2/doc/S03-WSISPC2-DOC-0005!!PDF-E.pdf",
        bamako.getProperty("ATTACH").orElseThrow().getValue());

    JsonNode event =
        MAPPER
            .readTree(Cli.run("-f", "jsonld", "--base-url", BASE, PAGE.toString()).out())
            .get("itemListElement")
            .get(0)
            .get("item");
    assertEquals(
        "http://www.itu.int/wsis/preparatory2/africa/bamako.html", event.get("url").asText());
    assertEquals("Declaration (PDF)", event.get("subjectOf").get(1).get("name").asText());
    assertEquals("CreativeWork", event.get("subjectOf").get(1).get("@type").asText());
  }

  @Test
  void inputFormatEncodingAndFoldersOfHtml() throws Exception {
    Cli.Result table = Cli.run(PAGE.toString());
    assertTrue(table.out().contains("3 meetings, 0 cross-references"), table.out());

    Cli.Result asText = Cli.run("--input-format", "text", PAGE.toString());
    assertTrue(asText.out().contains("0 meetings"), asText.out());

    Path folder = Files.createDirectories(dir.resolve("pages"));
    Files.copy(PAGE, folder.resolve("regional.htm"));
    Files.copy(
        Path.of("seeds", "wsis-regional-and-thematic-meetings.txt"), folder.resolve("a.txt"));
    Cli.Result both = Cli.run("-f", "jsonl", folder.toString());
    assertEquals(28 + 1 + 3, both.out().lines().count(), both.err());

    Path latin =
        Files.write(
            dir.resolve("latin.txt"),
            " Réunions\n\ngo 1-2 May 2005, Genève (Suisse), UIT - Réunion\n"
                .getBytes(Charset.forName("windows-1252")));
    Cli.Result decoded = Cli.run("-f", "jsonl", "--encoding", "windows-1252", latin.toString());
    assertEquals("Réunion", MAPPER.readTree(decoded.out()).get("title").asText());
    assertEquals(2, Cli.run("--encoding", "no-such-charset", latin.toString()).exit());
  }

  @Test
  void diagnosticsPointIntoTheHtml() throws Exception {
    Path page =
        Files.writeString(
            dir.resolve("bad.html"),
            "<html><body>\n<h3>Meetings</h3>\n<table>\n"
                + "<tr><td><img alt=\"go\"></td><td>31 April 2005, Geneva (Switzerland), ITU - X</td></tr>\n"
                + "</table></body></html>\n");
    Cli.Result r = Cli.run("--quiet", page.toString());
    assertEquals(
        List.of(page + ":4:32: error: \"31 April 2005\": April 2005 has 30 days"),
        r.err().lines().toList());
  }
}
