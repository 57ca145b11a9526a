package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text encodings on the command line (issue 28): a text page that is not UTF-8 is read as
 * windows-1252 with one warning, or in the charset named with {@code --encoding}; a binary file is
 * one error line.
 */
class CliEncodingTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  /** 20 meetings in windows-1252: accented places, curly quotes and an en dash in each. */
  private Path windows1252Page() throws Exception {
    StringBuilder page = new StringBuilder("Réunions régionales\n\n");
    for (int i = 1; i <= 20; i++) {
      page.append("go ")
          .append(i)
          .append(" mai 2005, Genève (Suisse), UIT – Réunion «\u00a0")
          .append(i)
          .append("\u00a0» sur l’accès\n\n");
    }
    return Files.write(dir.resolve("reunions.txt"), page.toString().getBytes(WINDOWS_1252));
  }

  @Test
  void aTextPageThatIsNotUtf8IsReadAsWindows1252WithOneWarning() throws Exception {
    Path page = windows1252Page();
    Cli.Result r = Cli.run("-f", "csv", page.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> messages = r.err().lines().toList();
    assertEquals(1, messages.size(), r.err());
    // the first bad byte: the "é" of "Réunions", line 1, column 2
    assertEquals(
        page
            + ":1:2: warning: the page is not valid UTF-8 (first: bytes 0xE9 at byte offset 1);"
            + " it was read as windows-1252 (name its charset with --encoding)",
        messages.get(0));
    List<String> rows = r.out().lines().toList();
    assertEquals(21, rows.size());
    assertFalse(r.out().contains("\uFFFD"));
    assertTrue(rows.get(1).contains("Genève"), rows.get(1));
    assertTrue(rows.get(1).contains("sur l’accès"), rows.get(1));

    JsonNode doc = new ObjectMapper().readTree(Cli.run("-f", "json", page.toString()).out());
    JsonNode first = doc.get("documents").get(0);
    assertEquals("windows-1252", first.get("sourceInfo").get("charset").asText());
    assertEquals("NOT_UTF8", first.get("diagnostics").get(0).get("code").asText());
    assertEquals(1, first.get("diagnostics").size());
  }

  @Test
  void aNamedCharsetIsUsedAsGiven() throws Exception {
    Path page = windows1252Page();
    Cli.Result named = Cli.run("-f", "csv", "--encoding", "windows-1252", page.toString());
    assertEquals(0, named.exit(), named.err());
    assertEquals("", named.err());
    assertTrue(named.out().contains("Genève"));
    // UTF-8 named outright: the bytes are what they are, an error each, as asked
    Cli.Result utf8 = Cli.run("-f", "csv", "--encoding", "UTF-8", page.toString());
    assertTrue(utf8.err().lines().filter(l -> l.contains("error:")).count() > 20, utf8.err());
  }

  @Test
  void aBinaryFileIsOneErrorLine() throws Exception {
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    bytes[100] = 0;
    Path binary = Files.write(dir.resolve("picture.txt"), bytes);
    Path page =
        Files.writeString(dir.resolve("page.txt"), "go 1 May 2005, Paris (France), UNESCO - A\n");
    Cli.Result r = Cli.run("-f", "csv", binary.toString(), page.toString());
    assertEquals(1, r.exit());
    assertEquals(
        List.of(
            "wsis: "
                + binary
                + ": a binary file (a NUL byte at byte offset "
                + firstZero(bytes)
                + "), not a page; not read"),
        r.err().lines().toList());
    assertEquals(2, r.out().lines().count(), "the other page is written");
  }

  /** A folder scan takes pages by name (wget's names too) or, for a web archive, by content. */
  @Test
  void aFolderScanTakesPagesByNameOrContentAndCountsTheRest() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(
        site.resolve("index.html?id=3"),
        "<html><body><p>go 1 May 2005, Paris (France), UNESCO - Query-named page</p></body></html>");
    Files.writeString(site.resolve("style.css"), "p { margin: 0 }");
    Files.write(site.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path warc = io.github.wsisdata.parser.WarcInputTest.crawl(site.resolve("capture"), true);
    Cli.Result r = Cli.run("-f", "jsonl", site.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Query-named page"), r.out());
    assertTrue(r.out().contains(warc + "@"), "the archive named with no extension is read");
    assertTrue(
        r.err()
            .lines()
            .anyMatch(
                l ->
                    l.equals(
                        "wsis: "
                            + site
                            + ": 2 files are no page by name or content and skipped: "
                            + site.resolve("logo.png")
                            + ", "
                            + site.resolve("style.css"))),
        r.err());
    assertFalse(Cli.run("-q", "-f", "jsonl", site.toString()).err().contains("skipped:"));
  }

  private static int firstZero(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
