package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wsisdata.parser.testing.CrawlPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27, Done when: a 200-page crawl-like WARC (one page in ten a meeting page) gives only its
 * meeting pages in every format, in the same order with {@code -j 1} and {@code -j 2}, and the
 * skipped count is right; a folder of saved pages does the same with {@code --crawl}.
 */
class CliCrawlTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private List<CrawlPages.Page> pages;
  private Path warc;
  private final List<String> meetingUrls = new ArrayList<>();
  private final List<String> skippedUrls = new ArrayList<>();
  private int meetings;

  @BeforeEach
  void crawl() throws Exception {
    pages = CrawlPages.pages(200, 2705);
    warc = dir.resolve("site.warc.gz");
    CrawlPages.write(pages, warc, true);
    for (CrawlPages.Page p : pages) {
      if (p.kind() == CrawlPages.Kind.MEETINGS) {
        meetingUrls.add(p.url().toString());
        meetings += p.meetings();
      } else if (p.kind() != CrawlPages.Kind.IMAGE) {
        skippedUrls.add(p.url().toString());
      }
    }
  }

  private String skippedMessage(String archive, List<String> names) {
    return "wsis: "
        + archive
        + ": "
        + names.size()
        + " pages were not a WSIS meeting page (no entry) and skipped: "
        + String.join(", ", names.subList(0, 3))
        + " and "
        + (names.size() - 3)
        + " more";
  }

  @Test
  void everyFormatHoldsOnlyTheMeetingPagesInTheSameOrderOnOneThreadOrTwo() throws Exception {
    for (String format : new String[] {"table", "json", "jsonl", "csv", "ics", "jsonld"}) {
      Cli.Result one = Cli.run("-f", format, "-j", "1", warc.toString());
      Cli.Result two = Cli.run("-f", format, "-j", "2", warc.toString());
      assertEquals(0, one.exit(), format + ": " + one.err());
      assertEquals(one.out(), two.out(), format + ": -j 1 and -j 2");
      assertEquals(
          List.of(skippedMessage(warc.toString(), skippedUrls)),
          one.err().lines().filter(l -> l.startsWith("wsis:")).toList(),
          format);
      assertEquals(one.err(), two.err(), format);
      String out = one.out();
      for (String skipped : skippedUrls) {
        assertFalse(out.contains(skipped), format + " names a skipped page " + skipped);
      }
      switch (format) {
        case "json" -> {
          JsonNode documents = MAPPER.readTree(out).get("documents");
          List<String> urls = new ArrayList<>();
          int count = 0;
          for (JsonNode d : documents) {
            urls.add(d.get("sourceInfo").get("archiveRecord").get("target").asText());
            for (JsonNode s : d.get("sections")) {
              count += s.get("entries").size();
            }
          }
          assertEquals(meetingUrls, urls);
          assertEquals(meetings, count);
        }
        case "jsonl" -> {
          List<String> lines = out.lines().toList();
          assertEquals(meetings, lines.size());
          LinkedHashSet<String> urls = new LinkedHashSet<>();
          for (String line : lines) {
            urls.add(MAPPER.readTree(line).get("url").asText());
          }
          assertEquals(meetingUrls, List.copyOf(urls));
        }
        case "csv" -> {
          List<String> rows = out.lines().toList();
          assertEquals(meetings + 1, rows.size());
          assertEquals(meetingUrls, urlsInOrder(out));
        }
        case "ics" -> assertEquals(meetings, count(out, "BEGIN:VEVENT"));
        case "jsonld" -> assertEquals(meetings, events(MAPPER.readTree(out)));
        default -> {
          // the table: one block per meeting page, none for the 170 others
          assertEquals(
              meetingUrls.size(), count(out, "\nDATES ") + (out.startsWith("DATES ") ? 1 : 0));
          Matcher m = Pattern.compile("(?m)^(\\d+) meetings?, ").matcher(out);
          int total = 0;
          int blocks = 0;
          while (m.find()) {
            total += Integer.parseInt(m.group(1));
            blocks++;
          }
          assertEquals(meetingUrls.size(), blocks);
          assertEquals(meetings, total);
        }
      }
    }
  }

  @Test
  void aFolderOfSavedPagesIsACrawlWithTheFlagAndEveryPageWithout() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("saved"));
    List<String> meetingFiles = new ArrayList<>();
    List<String> skippedFiles = new ArrayList<>();
    for (CrawlPages.Page p : pages) {
      if (p.kind() == CrawlPages.Kind.IMAGE) {
        continue;
      }
      Path file = folder.resolve(Path.of(p.url().getPath()).getFileName().toString());
      Files.write(file, p.body());
      (p.kind() == CrawlPages.Kind.MEETINGS ? meetingFiles : skippedFiles).add(file.toString());
    }
    meetingFiles.sort(null);
    skippedFiles.sort(null);
    Cli.Result crawl = Cli.run("--crawl", "-f", "json", "-j", "2", folder.toString());
    assertEquals(0, crawl.exit(), crawl.err());
    List<String> sources = new ArrayList<>();
    for (JsonNode d : MAPPER.readTree(crawl.out()).get("documents")) {
      sources.add(d.get("source").asText());
    }
    assertEquals(meetingFiles, sources);
    assertEquals(
        List.of(skippedMessage("--crawl", skippedFiles)),
        crawl.err().lines().filter(l -> l.startsWith("wsis:")).toList());
    // without the flag, every page file is a document, as before
    Cli.Result all = Cli.run("-f", "json", "-q", folder.toString());
    assertEquals(190, MAPPER.readTree(all.out()).get("documents").size());
    // and a page named on the command line is written whatever it holds
    Cli.Result named = Cli.run("-f", "json", skippedFiles.get(0));
    assertEquals(1, MAPPER.readTree(named.out()).get("documents").size());
  }

  /** The schema.org Events in a JSON-LD tree. */
  private static int events(JsonNode node) {
    int n = "Event".equals(node.path("@type").asText()) ? 1 : 0;
    for (JsonNode child : node) {
      n += events(child);
    }
    return n;
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  private static List<String> urlsInOrder(String text) {
    LinkedHashSet<String> urls = new LinkedHashSet<>();
    Matcher m = Pattern.compile("http://www\\.itu\\.int/[a-z-]+/page\\d{4}\\.html").matcher(text);
    while (m.find()) {
      urls.add(m.group());
    }
    return List.copyOf(urls);
  }
}
