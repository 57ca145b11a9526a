package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wsisdata.parser.SeedPageGolden;
import io.github.wsisdata.parser.SeedPageGolden.ExpectedMeeting;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * {@code --summary} and the filters (issue 28), against the bundled page's meetings as typed by
 * hand ({@link SeedPageGolden}).
 */
class CliSelectionTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SEED =
      Path.of("seeds", "wsis-regional-and-thematic-meetings.txt").toString();
  private static final List<ExpectedMeeting> GOLDEN = SeedPageGolden.MEETINGS;

  private static List<String> titles(Predicate<ExpectedMeeting> which) {
    return GOLDEN.stream().filter(which).map(ExpectedMeeting::title).toList();
  }

  private static List<String> meetingTitles(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("-f", "jsonl", "-q"));
    all.addAll(List.of(args));
    all.add(SEED);
    Cli.Result r = Cli.run(all.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    List<String> titles = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      JsonNode record = MAPPER.readTree(line);
      if (record.get("type").asText().equals("meeting")) {
        titles.add(record.get("title").asText());
      }
    }
    return titles;
  }

  @Test
  void aSummaryCountsPerYearCountryAndOrganizer() throws Exception {
    Cli.Result table = Cli.run("--summary", SEED);
    assertEquals(0, table.exit(), table.err());
    List<String> lines = table.out().lines().toList();
    assertEquals("28 meetings", lines.get(0));
    // counted by hand: 8 meetings start in 2004, 20 in 2005
    assertEquals(List.of("", "YEAR  MEETINGS", "2004  8", "2005  20", ""), lines.subList(1, 6));
    assertTrue(table.out().contains("\nCOUNTRY  MEETINGS\nCH       5\n"), table.out());

    Cli.Result csv = Cli.run("--summary", "-f", "csv", SEED);
    List<String> rows = csv.out().lines().toList();
    assertEquals("dimension,key,meetings", rows.get(0));
    assertEquals(List.of("year,2004,8", "year,2005,20"), rows.subList(1, 3));
    Map<String, Integer> countries = new TreeMap<>();
    for (ExpectedMeeting m : GOLDEN) {
      countries.merge(m.countryCode() == null ? "" : m.countryCode(), 1, Integer::sum);
    }
    Map<String, Integer> written = new TreeMap<>();
    rows.stream()
        .filter(r -> r.startsWith("country,"))
        .forEach(r -> written.put(r.split(",")[1], Integer.parseInt(r.split(",")[2])));
    assertEquals(countries, written);
    assertTrue(rows.contains("organizer,ITU,8"), rows.toString());

    JsonNode json = MAPPER.readTree(Cli.run("--summary", "-f", "json", SEED).out());
    assertEquals(28, json.get("meetings").asInt());
    assertEquals(2004, json.get("perYear").get(0).get("year").asInt());
    assertEquals(8, json.get("perYear").get(0).get("meetings").asInt());
    assertEquals("CH", json.get("perCountry").get(0).get("country").asText());

    List<String> jsonl = Cli.run("--summary", "-f", "jsonl", SEED).out().lines().toList();
    assertEquals("{\"dimension\":\"year\",\"key\":\"2004\",\"meetings\":8}", jsonl.get(0));

    // with --dedupe: the page read twice is counted once
    Cli.Result twice = Cli.run("--summary", "--dedupe", "-q", SEED, "./" + SEED);
    assertEquals(table.out(), twice.out());
  }

  @Test
  void filtersSelectTheMeetingsInEveryFormat() throws Exception {
    List<String> swiss = titles(m -> "CH".equals(m.countryCode()));
    assertEquals(5, swiss.size());
    assertEquals(swiss, meetingTitles("--country", "ch"));
    assertEquals(swiss, meetingTitles("--country", "Switzerland"));
    // dates overlap: a meeting that runs over 1 July 2005 is in
    LocalDate day = LocalDate.of(2005, 7, 1);
    assertEquals(
        titles(
            m ->
                !LocalDate.parse(m.end()).isBefore(day)
                    && !LocalDate.parse(m.start()).isAfter(day)),
        meetingTitles("--from", "2005-07-01", "--to", "2005-07-01"));
    assertEquals(titles(m -> m.start().startsWith("2004")), meetingTitles("--to", "2004"));
    assertEquals(titles(m -> m.organizers().contains("ITU")), meetingTitles("--organizer", "itu"));
    assertEquals(
        titles(m -> m.title().toLowerCase().contains("cyber")), meetingTitles("--grep", "CYBER"));
    assertEquals(List.of(), meetingTitles("--country", "CH", "--to", "2003"));
    // every format, the same selection
    Cli.Result ics = Cli.run("-f", "ics", "--country", "CH", SEED);
    assertEquals(5, ics.out().split("BEGIN:VEVENT", -1).length - 1);
    Cli.Result table = Cli.run("--country", "CH", SEED);
    assertTrue(table.out().contains("\n5 meetings, 0 cross-references"), table.out());
    JsonNode json = MAPPER.readTree(Cli.run("-f", "json", "--country", "CH", SEED).out());
    int entries = 0;
    for (JsonNode section : json.get("documents").get(0).get("sections")) {
      entries += section.get("entries").size();
    }
    assertEquals(5, entries);
  }

  @Test
  void sortByDateOrdersEachPageAndWithDedupeEveryMeeting() throws Exception {
    // the page lists three sections one after the other; by date their meetings interleave
    List<String> byDate = meetingTitles("--sort", "date");
    List<String> expected =
        GOLDEN.stream()
            .sorted(
                java.util.Comparator.comparing(ExpectedMeeting::start)
                    .thenComparing(ExpectedMeeting::end))
            .map(ExpectedMeeting::title)
            .toList();
    assertEquals(expected, byDate);
    assertTrue(!expected.equals(titles(m -> true)), "the page is not in date order");
    assertEquals(titles(m -> true), meetingTitles("--sort", "source"));
    // with --dedupe, across pages: a second page's meeting of 2003 comes first
    Path other = java.nio.file.Files.createTempFile("wsis-sort", ".txt");
    try {
      java.nio.file.Files.writeString(
          other, "go 10-12 December 2003, Geneva (Switzerland), ITU - World Summit, first phase\n");
      Cli.Result merged =
          Cli.run("-f", "jsonl", "-q", "--dedupe", "--sort", "date", SEED, other.toString());
      List<String> starts = new ArrayList<>();
      for (String line : merged.out().lines().toList()) {
        JsonNode record = MAPPER.readTree(line);
        if (record.get("type").asText().equals("meeting")) {
          starts.add(record.get("start").asText());
        }
      }
      assertEquals(29, starts.size());
      assertEquals("2003-12-10", starts.get(0));
      assertEquals(starts.stream().sorted().toList(), starts);
    } finally {
      java.nio.file.Files.delete(other);
    }
  }

  @Test
  void whatCannotBeSelectedIsAUsageError() {
    Cli.Result month = Cli.run("--from", "2005-13", SEED);
    assertEquals(2, month.exit());
    assertTrue(month.err().contains("\"2005-13\" is no date: write YYYY, YYYY-MM or YYYY-MM-DD"));
    Cli.Result backwards = Cli.run("--from", "2006", "--to", "2005", SEED);
    assertEquals(2, backwards.exit());
    assertTrue(backwards.err().contains("--to 2005 is before --from 2006"), backwards.err());
    assertEquals(2, Cli.run("--summary", "-f", "ics", SEED).exit());
  }
}
