package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real WSIS-era pages, each with the records a person typed by hand from reading it ({@code
 * src/test/resources/real/NAME.json}, its URL in {@code MANIFEST.md}). Every expected entry is read
 * exactly (type, line, dates, city, country, country code, online, organizers, title, description,
 * section), and so are each page's title, update date, section headings and introductions and the
 * lines of its errors; except what {@code known-gaps.txt} lists (the table in docs/format.md):
 * entries as {@code PAGE:LINE}, each of which must be warned about on its line or on a line of its
 * description (an unread dated line left there), and page parts as {@code PAGE:headings} (or {@code
 * introductions}, {@code title}...). A listed gap that reads exactly fails the test too, so the
 * list only shrinks.
 */
class RealPagesTest {
  private static final Path REAL = Path.of("src", "test", "resources", "real");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The pages: every NAME.json with its NAME.txt. */
  static List<String> pages() throws IOException {
    try (Stream<Path> files = Files.list(REAL)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .toList();
    }
  }

  /** {@code PAGE:LINE} of the expected entries that are not read exactly yet. */
  static Set<String> knownGaps() throws IOException {
    Set<String> gaps = new TreeSet<>();
    for (String line : Files.readAllLines(REAL.resolve("known-gaps.txt"))) {
      String entry = line.replaceAll("#.*", "").strip();
      if (!entry.isEmpty()) {
        gaps.add(entry);
      }
    }
    return gaps;
  }

  /** An entry as the expectations write it. */
  private static Map<String, Object> entry(Entry e, String section) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("section", section);
    m.put("line", e.line());
    if (e instanceof Meeting meeting) {
      m.put("type", "meeting");
      m.put("start", meeting.dates().start().toString());
      m.put("end", meeting.dates().end().toString());
      m.put("city", meeting.place().city().orElse(null));
      m.put("country", meeting.place().country().orElse(null));
      m.put("countryCode", meeting.place().countryCode().orElse(null));
      m.put("online", meeting.place().online());
      m.put("organizers", meeting.organizers());
      m.put("title", meeting.title());
    } else if (e instanceof CrossReference c) {
      m.put("type", "crossReference");
      m.put("start", c.dates().start().toString());
      m.put("end", c.dates().end().toString());
      m.put("referencedTitle", c.referencedTitle());
    } else {
      m.put("type", "link");
      m.put("text", ((Link) e).text());
    }
    m.put("description", e.description());
    return m;
  }

  private static Map<String, Object> expected(JsonNode e, String section) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("section", section);
    m.put("line", e.get("line").asInt());
    String type = e.get("type").asText();
    m.put("type", type);
    if (type.equals("meeting")) {
      m.put("start", e.get("start").asText());
      m.put("end", e.get("end").asText());
      m.put("city", text(e.get("city")));
      m.put("country", text(e.get("country")));
      m.put("countryCode", text(e.get("countryCode")));
      m.put("online", e.get("online").asBoolean());
      List<String> organizers = new ArrayList<>();
      e.get("organizers").forEach(o -> organizers.add(o.asText()));
      m.put("organizers", organizers);
      m.put("title", e.get("title").asText());
    } else if (type.equals("crossReference")) {
      m.put("start", e.get("start").asText());
      m.put("end", e.get("end").asText());
      m.put("referencedTitle", e.get("referencedTitle").asText());
    } else {
      m.put("text", e.get("text").asText());
    }
    m.put("description", e.get("description").asText());
    return m;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  /** What one page reads as, compared with its expectations. */
  record Comparison(
      String page,
      int expected,
      int exact,
      Map<String, String> wrongEntries,
      List<String> unexpected,
      List<String> pageDifferences) {}

  static Comparison compare(String page) throws IOException {
    JsonNode gold = JSON.readTree(REAL.resolve(page + ".json").toFile());
    WsisDocument doc = WsisParser.parse(REAL.resolve(page + ".txt"));
    List<String> pageDifferences = new ArrayList<>();
    same(pageDifferences, "title", text(gold.get("title")), doc.title().orElse(null));
    same(
        pageDifferences,
        "lastUpdated",
        text(gold.get("lastUpdated")),
        doc.lastUpdated().map(Object::toString).orElse(null));
    List<Integer> errorLines = new ArrayList<>();
    gold.get("errorLines").forEach(n -> errorLines.add(n.asInt()));
    same(
        pageDifferences,
        "errorLines",
        errorLines,
        doc.diagnostics(Severity.ERROR).stream().map(Diagnostic::line).toList());
    List<String> headings = new ArrayList<>();
    List<String> introductions = new ArrayList<>();
    List<Map<String, Object>> wanted = new ArrayList<>();
    for (JsonNode s : gold.get("sections")) {
      String heading = s.get("heading").asText();
      headings.add(heading);
      introductions.add(s.get("introduction").asText());
      for (JsonNode e : s.get("entries")) {
        wanted.add(expected(e, heading));
      }
    }
    same(
        pageDifferences,
        "headings",
        headings,
        doc.sections().stream().map(Section::heading).toList());
    same(
        pageDifferences,
        "introductions",
        introductions,
        doc.sections().stream().map(Section::introduction).toList());
    List<Map<String, Object>> got = new ArrayList<>();
    for (Section s : doc.sections()) {
      s.entries().forEach(e -> got.add(entry(e, s.heading())));
    }
    Map<String, String> wrong = new TreeMap<>();
    List<String> unexpected = new ArrayList<>();
    int exact = 0;
    for (Map<String, Object> w : wanted) {
      Map<String, Object> match = got.stream().filter(g -> g.equals(w)).findFirst().orElse(null);
      if (match != null) {
        got.remove(match);
        exact++;
      } else {
        Map<String, Object> near =
            got.stream()
                .filter(g -> Objects.equals(g.get("line"), w.get("line")))
                .findFirst()
                .orElse(null);
        wrong.merge(page + ":" + w.get("line"), "expected " + w + "\n   read " + near, (a, b) -> a);
      }
    }
    for (Map<String, Object> extra : got) {
      // an entry read where none is expected: on a line the list names, part of that gap
      unexpected.add(page + ":" + extra.get("line") + ": not expected " + extra);
    }
    return new Comparison(page, wanted.size(), exact, wrong, unexpected, pageDifferences);
  }

  private static void same(List<String> differences, String what, Object expected, Object got) {
    if (!Objects.equals(expected, got)) {
      differences.add(what + ": expected " + expected + ", read " + got);
    }
  }

  @Test
  void everyRealPageReadsAsTypedByHandApartFromItsListedGaps() throws Exception {
    Set<String> gaps = knownGaps();
    List<String> problems = new ArrayList<>();
    StringBuilder table = new StringBuilder();
    int expected = 0;
    int exact = 0;
    for (String page : pages()) {
      Comparison c = compare(page);
      expected += c.expected();
      exact += c.exact();
      table.append(String.format("| %s | %d / %d |%n", page, c.exact(), c.expected()));
      for (String d : c.pageDifferences()) {
        String at = page + ":" + d.substring(0, d.indexOf(':'));
        if (!gaps.contains(at)) {
          problems.add(page + ": " + d);
        }
      }
      for (String extra : c.unexpected()) {
        if (!gaps.contains(extra.substring(0, extra.indexOf(": not expected")))) {
          problems.add(extra);
        }
      }
      WsisDocument doc = WsisParser.parse(REAL.resolve(page + ".txt"));
      List<Integer> lines = expectedLines(page);
      c.wrongEntries()
          .forEach(
              (at, difference) -> {
                int line = Integer.parseInt(at.substring(at.lastIndexOf(':') + 1));
                // its own line, or a line of its description (before the next expected entry): an
                // unread dated line left in its description makes it inexact and is warned there
                int until =
                    lines.stream()
                        .filter(l -> l > line && !c.wrongEntries().containsKey(page + ":" + l))
                        .findFirst()
                        .orElse(Integer.MAX_VALUE);
                if (!gaps.contains(at)) {
                  problems.add(at + ": not listed in known-gaps.txt: " + difference);
                } else if (doc.diagnostics().stream()
                    .noneMatch(d -> d.line() >= line && d.line() < until)) {
                  problems.add(at + ": listed as not read, but no diagnostic names its lines");
                }
              });
      for (String gap : gaps) {
        boolean pagePart =
            c.pageDifferences().stream()
                .anyMatch(d -> gap.equals(page + ":" + d.substring(0, d.indexOf(':'))));
        if (gap.startsWith(page + ":") && !c.wrongEntries().containsKey(gap) && !pagePart) {
          problems.add(gap + ": reads exactly now; take it off known-gaps.txt");
        }
      }
    }
    assertTrue(expected > 0, "no real page");
    assertEquals(List.of(), problems, "read exactly " + exact + " of " + expected + "\n" + table);
  }

  /** The lines of a page's expected entries, in order. */
  private static List<Integer> expectedLines(String page) throws IOException {
    JsonNode gold = JSON.readTree(REAL.resolve(page + ".json").toFile());
    List<Integer> lines = new ArrayList<>();
    for (JsonNode s : gold.get("sections")) {
      s.get("entries").forEach(e -> lines.add(e.get("line").asInt()));
    }
    return lines.stream().sorted().toList();
  }

  @Test
  void everyRealPageHasItsUrlInTheManifest() throws Exception {
    String manifest = Files.readString(REAL.resolve("MANIFEST.md"), StandardCharsets.UTF_8);
    for (String page : pages()) {
      assertTrue(Files.exists(REAL.resolve(page + ".txt")), page + ".txt");
      assertTrue(manifest.contains("`" + page + "`"), page + " in MANIFEST.md");
    }
    assertTrue(manifest.contains("http"), "URLs");
  }
}
