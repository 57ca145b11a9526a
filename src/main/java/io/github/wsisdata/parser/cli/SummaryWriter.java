package io.github.wsisdata.parser.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.MeetingMerger;
import io.github.wsisdata.parser.Organization;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code --summary}: instead of the meetings, how many there are per year (of the start date), per
 * country (its ISO code, else its name as written; {@code ""} for a meeting with no country) and
 * per organizer (the acronym the organizer table knows, else its name, else the text as written; a
 * meeting with two organizers counts for each), after {@code --dedupe} and the filters. Written as
 * three small tables, as JSON (one object), JSON Lines or CSV (one record per count: dimension,
 * key, meetings).
 */
final class SummaryWriter implements DocumentWriter {
  private final Format format;
  private int meetings;
  private final Map<Integer, Integer> perYear = new TreeMap<>();
  private final Map<String, Integer> perCountry = new HashMap<>();
  private final Map<String, Integer> perOrganizer = new HashMap<>();

  SummaryWriter(Format format) {
    if (format == Format.ICS || format == Format.JSONLD) {
      throw new IllegalArgumentException("--summary does not go with " + format);
    }
    this.format = format;
  }

  @Override
  public void document(Page document, Writer out) throws IOException {
    document.meetings(this::count);
  }

  @Override
  public void merged(MeetingMerger.MergedMeeting meeting, Writer out) {
    count(meeting.meeting());
  }

  @Override
  public void mergedReference(
      String source,
      io.github.wsisdata.parser.CrossReference reference,
      java.util.Optional<Page.Target> target,
      Writer out) {
    // cross-references are no meetings: not counted
  }

  private void count(Meeting m) {
    meetings++;
    perYear.merge(m.dates().start().getYear(), 1, Integer::sum);
    String country = m.place().countryCode().or(() -> m.place().country()).orElse("");
    perCountry.merge(country, 1, Integer::sum);
    Set<String> organizers = new LinkedHashSet<>();
    for (Organization o : m.organizations()) {
      organizers.add(o.acronym().or(o::name).orElse(o.text()));
    }
    organizers.forEach(o -> perOrganizer.merge(o, 1, Integer::sum));
  }

  /** A dimension's counts, largest first, then by key. */
  private static List<Map.Entry<String, Integer>> ranked(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
    list.sort(
        Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
            .thenComparing(Map.Entry::getKey));
    return list;
  }

  private List<Map.Entry<String, Integer>> years() {
    List<Map.Entry<String, Integer>> list = new ArrayList<>();
    perYear.forEach((y, n) -> list.add(Map.entry(Integer.toString(y), n)));
    return list;
  }

  @Override
  public void end(Writer out) throws IOException {
    switch (format) {
      case JSON -> json(out);
      case JSONL -> jsonLines(out);
      case CSV -> csv(out);
      default -> table(out);
    }
  }

  private void table(Writer out) throws IOException {
    out.write(meetings + (meetings == 1 ? " meeting\n" : " meetings\n"));
    table(out, "YEAR", years());
    table(out, "COUNTRY", ranked(perCountry));
    table(out, "ORGANIZER", ranked(perOrganizer));
  }

  private static void table(Writer out, String dimension, List<Map.Entry<String, Integer>> rows)
      throws IOException {
    int width = dimension.length();
    for (Map.Entry<String, Integer> row : rows) {
      width = Math.max(width, shown(row.getKey()).codePointCount(0, shown(row.getKey()).length()));
    }
    out.write("\n" + pad(dimension, width) + "  MEETINGS\n");
    for (Map.Entry<String, Integer> row : rows) {
      out.write(pad(shown(row.getKey()), width) + "  " + row.getValue() + "\n");
    }
  }

  private static String shown(String key) {
    return key.isEmpty() ? "(none)" : Terminal.escape(key);
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.codePointCount(0, text.length())));
  }

  private void json(Writer out) throws IOException {
    ObjectNode root = Json.object();
    root.put("meetings", meetings);
    root.set("perYear", counts("year", years(), true));
    root.set("perCountry", counts("country", ranked(perCountry), false));
    root.set("perOrganizer", counts("organizer", ranked(perOrganizer), false));
    Json.write(root, out, true);
  }

  private static ArrayNode counts(
      String dimension, List<Map.Entry<String, Integer>> rows, boolean numeric) {
    ArrayNode array = Json.NODES.arrayNode();
    for (Map.Entry<String, Integer> row : rows) {
      ObjectNode count = array.addObject();
      if (numeric) {
        count.put(dimension, Integer.parseInt(row.getKey()));
      } else {
        count.put(dimension, row.getKey());
      }
      count.put("meetings", row.getValue());
    }
    return array;
  }

  private void jsonLines(Writer out) throws IOException {
    for (String[] row : rows()) {
      ObjectNode line = Json.object();
      line.put("dimension", row[0]);
      line.put("key", row[1]);
      line.put("meetings", Integer.parseInt(row[2]));
      Json.write(line, out, false);
    }
  }

  private void csv(Writer out) throws IOException {
    CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader("dimension", "key", "meetings").get());
    for (String[] row : rows()) {
      printer.printRecord((Object[]) row);
    }
    printer.flush();
  }

  /** Every count as (dimension, key, meetings): the years, then the countries, the organizers. */
  private List<String[]> rows() {
    List<String[]> rows = new ArrayList<>();
    years().forEach(e -> rows.add(new String[] {"year", e.getKey(), e.getValue().toString()}));
    ranked(perCountry)
        .forEach(e -> rows.add(new String[] {"country", e.getKey(), e.getValue().toString()}));
    ranked(perOrganizer)
        .forEach(e -> rows.add(new String[] {"organizer", e.getKey(), e.getValue().toString()}));
    return rows;
  }
}
