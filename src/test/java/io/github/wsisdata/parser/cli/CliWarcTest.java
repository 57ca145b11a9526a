package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wsisdata.parser.WarcInputTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web archives through the command line. */
class CliWarcTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aWarcFileIsToldByContentAndItsPagesAreWrittenInEveryFormat() throws Exception {
    // named like anything: the content says WARC
    Path warc = WarcInputTest.crawl(dir.resolve("crawl.bin"), true);
    Cli.Result jsonl = Cli.run("-f", "jsonl", warc.toString());
    assertEquals(0, jsonl.exit(), jsonl.err());
    assertEquals(28 + 1 + 3, jsonl.out().lines().count());
    assertEquals(
        List.of(
            "wsis: "
                + warc
                + ": 1 page was not a WSIS meeting page (no entry) and skipped:"
                + " http://www.itu.int/about.html"),
        jsonl.err().lines().filter(l -> l.startsWith("wsis:")).toList());
    JsonNode last = MAPPER.readTree(jsonl.out().lines().reduce((a, b) -> b).orElseThrow());
    assertTrue(last.get("source").asText().startsWith(warc + "@"), last.toString());

    Cli.Result json = Cli.run("-f", "json", warc.toString());
    JsonNode root = MAPPER.readTree(json.out());
    assertEquals(Set.of(), DocumentSchema.problems(root));
    JsonNode record = root.get("documents").get(1).get("sourceInfo").get("archiveRecord");
    assertEquals(
        "http://www.itu.int/wsis/preparatory2/regional.html", record.get("target").asText());
    assertEquals("2005-06-12T08:30:15Z", record.get("date").asText());

    for (String format : new String[] {"table", "csv", "ics", "jsonld"}) {
      Cli.Result r = Cli.run("-f", format, warc.toString());
      assertEquals(0, r.exit(), format + ": " + r.err());
      assertTrue(r.out().contains("Bamako"), format);
    }
  }

  @Test
  void dedupeMergesTheArchivedCopyWithTheFile() throws Exception {
    Path warc = WarcInputTest.crawl(dir.resolve("crawl.warc.gz"), true);
    Path seed =
        Files.copy(
            Path.of("seeds", "wsis-regional-and-thematic-meetings.txt"), dir.resolve("a.txt"));
    Cli.Result r = Cli.run("-f", "jsonl", "--dedupe", seed.toString(), warc.toString());
    assertEquals(0, r.exit(), r.err());
    // 28 meetings of the page (found twice) and 3 of the HTML page, then the cross-reference of
    // each copy of the page, both kept (issue 27, point 5)
    assertEquals(28 + 3 + 2, r.out().lines().count());
    JsonNode first = MAPPER.readTree(r.out().lines().findFirst().orElseThrow());
    assertEquals(2, first.get("sources").size());
  }

  @Test
  void aTruncatedArchiveIsOneErrorAndTheEarlierPagesAreWritten() throws Exception {
    Path whole = WarcInputTest.crawl(dir.resolve("whole.warc"), false);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut =
        Files.write(dir.resolve("cut.warc"), java.util.Arrays.copyOf(bytes, bytes.length - 100));
    Cli.Result r = Cli.run("-f", "jsonl", cut.toString());
    assertEquals(1, r.exit());
    // the cut is in the last record (the About page): the two pages before it are written
    assertEquals(28 + 1 + 3, r.out().lines().count(), r.err());
    assertTrue(
        r.err()
            .lines()
            .anyMatch(l -> l.startsWith("wsis: " + cut + ": the record at byte offset ")),
        r.err());
  }

  @Test
  void theWarcsPagesAreParsedInParallelAndWrittenAsOneThreadWritesThem() throws Exception {
    // one archive of gzip members: the crawl, the shape pages, and the crawl again cut short
    byte[] crawl = Files.readAllBytes(WarcInputTest.crawl(dir.resolve("c.warc.gz"), true));
    byte[] shapes = Files.readAllBytes(WarcInputTest.shapesCrawl(dir.resolve("s.warc.gz")));
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    all.write(crawl);
    all.write(shapes);
    all.write(crawl, 0, crawl.length - 100);
    Path warc = Files.write(dir.resolve("all.warc.gz"), all.toByteArray());

    Cli.Result jsonl = Cli.run("-j", "1", "-f", "jsonl", warc.toString());
    assertEquals(1, jsonl.exit(), "the cut record fails the run");
    // pages in file order: offsets only grow
    List<Long> offsets =
        jsonl
            .out()
            .lines()
            .map(l -> l.replaceAll(".*\"source\":\"[^\"]*@(\\d+)\".*", "$1"))
            .distinct()
            .map(Long::parseLong)
            .toList();
    assertEquals(offsets.stream().sorted().toList(), offsets);
    assertEquals(2 + 10 + 2, offsets.size(), "pages: 2 of each crawl, 10 shape pages");
    List<String> messages = jsonl.err().lines().filter(l -> l.startsWith("wsis: ")).toList();
    // the cut record (and any false start found inside it), then, at the archive's end, the
    // skipped pages: the first crawl's About page and the page of prose only
    assertTrue(messages.size() >= 2, jsonl.err());
    for (String m : messages.subList(0, messages.size() - 1)) {
      assertTrue(m.startsWith("wsis: " + warc + ": the record at byte offset "), m);
      assertTrue(m.contains("cannot be read"), m);
    }
    assertEquals(
        "wsis: "
            + warc
            + ": 2 pages were not a WSIS meeting page (no entry) and skipped:"
            + " http://www.itu.int/about.html, http://www.itu.int/wsis/shape7.html",
        messages.get(messages.size() - 1));

    for (String[] options :
        new String[][] {
          {"-f", "jsonl"},
          {"-f", "json"},
          {"-f", "table"},
          {"-f", "csv"},
          {"-f", "jsonl", "--dedupe"}
        }) {
      List<String> one = new java.util.ArrayList<>(List.of("-j", "1"));
      List<String> two = new java.util.ArrayList<>(List.of("-j", "2"));
      one.addAll(List.of(options));
      two.addAll(List.of(options));
      one.add(warc.toString());
      two.add(warc.toString());
      Cli.Result sequential = Cli.run(one.toArray(String[]::new));
      Cli.Result parallel = Cli.run(two.toArray(String[]::new));
      String what = String.join(" ", options);
      assertEquals(sequential.out(), parallel.out(), what);
      assertEquals(sequential.err(), parallel.err(), what);
      assertEquals(sequential.exit(), parallel.exit(), what);
      assertTrue(sequential.out().contains("Bamako"), what);
    }
  }

  /** Issue 27, point 4: the flat formats name each page's URL and capture date. */
  @Test
  void flatFormatsCarryEachPagesUrlAndCaptureDate() throws Exception {
    Path warc = WarcInputTest.crawl(dir.resolve("crawl.warc.gz"), true);
    Cli.Result jsonl = Cli.run("-f", "jsonl", warc.toString());
    assertEquals(0, jsonl.exit(), jsonl.err());
    JsonNode first = MAPPER.readTree(jsonl.out().lines().findFirst().orElseThrow());
    assertEquals("http://www.itu.int/wsis/meetings.txt", first.get("url").asText());
    assertEquals("2008-08-20T10:00:00", first.get("captured").asText());
    assertTrue(first.get("source").asText().startsWith(warc.toString()));
    Cli.Result csv = Cli.run("-f", "csv", warc.toString());
    assertEquals(0, csv.exit(), csv.err());
    List<String> rows = csv.out().lines().toList();
    assertTrue(rows.get(0).endsWith(",url,captured"), rows.get(0));
    assertTrue(
        rows.get(1).endsWith(",http://www.itu.int/wsis/meetings.txt,2008-08-20T10:00:00"),
        rows.get(1));
  }
}
