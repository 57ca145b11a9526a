package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** The job on Spark in local mode (2 threads), checked against the command line. */
class MeetingsJobTest {
  @TempDir Path dir;

  @Test
  void theSparkJobCountsWhatTheCommandLineCounts() throws Exception {
    Path input = Files.createDirectories(dir.resolve("input"));
    Path seed = Path.of(System.getProperty("seed"));
    Files.copy(seed, input.resolve("a-page.txt"));
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(
                input.resolve("crawl.warc.gz"), StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      writer.write(
          new WarcResource.Builder(URI.create("http://www.itu.int/wsis/meetings.txt"))
              .date(Instant.parse("2008-08-20T10:00:00Z"))
              .body(MediaType.parse("text/plain; charset=utf-8"), Files.readAllBytes(seed))
              .build());
      writer.write(
          new WarcResponse.Builder(URI.create("http://www.itu.int/wsis/preparatory2/regional.html"))
              .date(Instant.parse("2005-06-12T08:30:15Z"))
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(
                          MediaType.parse("text/html; charset=windows-1252"),
                          Files.readAllBytes(Path.of(System.getProperty("html"))))
                      .build())
              .build());
    }

    MeetingsJob.Counts spark;
    try (SparkSession session =
        SparkSession.builder()
            .master("local[2]")
            .appName("wsis-meetings-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate()) {
      spark = MeetingsJob.run(session, input, dir.resolve("output"));
      // issue 27, point 7: the meetings as Parquet too, with the page's URL and capture date
      Dataset<Row> parquet =
          session.read().parquet(dir.resolve("output/meetings-parquet").toString());
      // (Spark reads every Parquet column back as nullable)
      assertEquals(
          java.util.Arrays.stream(MeetingsJob.MEETINGS.fields())
              .map(f -> f.name() + ":" + f.dataType().simpleString())
              .toList(),
          java.util.Arrays.stream(parquet.schema().fields())
              .map(f -> f.name() + ":" + f.dataType().simpleString())
              .toList());
      assertEquals(28 + 3, parquet.count());
      Row accra =
          parquet.filter("city = 'Accra'").select("url", "captured", "source").first();
      assertEquals("http://www.itu.int/wsis/preparatory2/regional.html", accra.getString(0));
      assertEquals(
          Instant.parse("2005-06-12T08:30:15Z"), ((java.sql.Timestamp) accra.get(1)).toInstant());
      assertTrue(accra.getString(2).startsWith(input.resolve("crawl.warc.gz") + "@"), accra.toString());
      // a page file has its path as source and no URL or capture date; an archive's page has
      // FILE@OFFSET, its URL and its date (whichever copy of the page's meetings was kept)
      assertEquals(
          0,
          parquet
              .filter(
                  "(url IS NULL) != (source NOT LIKE '%@%')"
                      + " OR (captured IS NULL) != (source NOT LIKE '%@%')")
              .count());
    }
    assertTrue(Files.isDirectory(dir.resolve("output/meetings")));

    // the same inputs through the command line, merged by ID
    Process cli =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("wsisJar"),
                "-q",
                "-f",
                "jsonl",
                "--dedupe",
                input.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> lines =
        new String(cli.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
            .lines()
            // meetings only: --dedupe also writes the cross-references, after the meetings
            .filter(line -> line.contains("\"type\":\"meeting\""))
            .toList();
    assertEquals(0, cli.waitFor());
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Long> countries = new TreeMap<>();
    Map<Integer, Long> years = new TreeMap<>();
    for (String line : lines) {
      JsonNode m = mapper.readTree(line);
      countries.merge(m.get("country").isNull() ? "" : m.get("country").asText(), 1L, Long::sum);
      years.merge(Integer.parseInt(m.get("start").asText().substring(0, 4)), 1L, Long::sum);
    }

    // 28 meetings of the page (twice: as a file and in the archive) and 3 of the HTML page
    assertEquals(28 + 3, lines.size());
    assertEquals(lines.size(), spark.meetings());
    assertEquals(countries, spark.perCountry());
    assertEquals(years, spark.perYear());
    // counted by hand: the page lists 8 meetings in 2004 (February, July, October, four in
    // November) and 20 in 2005; the HTML page Bamako (2004), Accra and Rio (2005)
    assertEquals(Map.of(2004, 9L, 2005, 22L), spark.perYear());
  }
}
