package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.MeetingMerger;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One RFC 4180 row per meeting and per cross-reference, in page order (Apache Commons CSV), with a
 * header row; text cells are guarded against formula injection.
 */
final class CsvWriter implements DocumentWriter {
  static final String[] HEADER = {
    "id",
    "type",
    "source",
    "section",
    "start",
    "end",
    "city",
    "country",
    "country_code",
    "online",
    "organizers",
    "title",
    "description",
    "line",
    "notes",
    "resolves_to_line",
    "links",
    "geonames_id",
    "latitude",
    "longitude",
    "location_country_code",
    "organizer_acronyms",
    "url",
    "captured"
  };

  private final boolean excel;
  private final boolean merged;

  /**
   * @param excel start with a UTF-8 byte order mark, which spreadsheet programs need to read UTF-8
   */
  CsvWriter(boolean excel, boolean merged) {
    this.excel = excel;
    this.merged = merged;
  }

  private CSVPrinter printer;

  @Override
  public void begin(Writer out, int inputs) throws IOException {
    if (excel) {
      out.write('\uFEFF');
    }
    String[] header = HEADER;
    if (merged) {
      header = java.util.Arrays.copyOf(HEADER, HEADER.length + 1);
      header[HEADER.length] = "sources";
    }
    printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
  }

  @Override
  public void end(Writer out) throws IOException {
    printer.flush();
  }

  @Override
  public void document(Page d, Writer out) throws IOException {
    print(d, printer);
  }

  /** Rows need only their page: made on the thread that parsed it (not for merged meetings). */
  @Override
  public boolean rendersAlone() {
    return !merged;
  }

  @Override
  public String render(Page d) throws IOException {
    StringBuilder rows = new StringBuilder();
    try (CSVPrinter own = new CSVPrinter(rows, CSVFormat.RFC4180)) {
      print(d, own);
    }
    return rows.toString();
  }

  private static void print(Page d, CSVPrinter printer) throws IOException {
    {
      Function<CrossReference, Optional<Page.Target>> resolved = d::resolved;
      d.entries(
          entry -> {
            String url = d.sourceInfo().originalUrl().map(Object::toString).orElse("");
            String captured = d.sourceInfo().captured().map(Json::dateTime).orElse("");
            if (entry instanceof Meeting m) {
              List<Object> cells = row(d.source(), m);
              cells.add(cell(url));
              cells.add(captured);
              printer.printRecord(cells);
            } else if (entry instanceof CrossReference c) {
              printer.printRecord(
                  referenceRow(d.source(), c, resolved.apply(c), cell(url), captured));
            }
          });
    }
  }

  /** The entry's hyperlink targets, separated by spaces (a URL has none). */
  private static String links(Entry e) {
    return cell(
        e.links().stream()
            .map(l -> l.target().toString())
            .collect(java.util.stream.Collectors.joining(" ")));
  }

  /** The cells of a meeting's row. */
  private static List<Object> row(String source, Meeting m) {
    Optional<io.github.wsisdata.parser.Location> location = m.place().location();
    return new java.util.ArrayList<>(
        List.of(
            m.id(),
            "meeting",
            cell(source),
            cell(m.section()),
            m.dates().start(),
            m.dates().end(),
            cell(m.place().city().orElse("")),
            cell(m.place().country().orElse("")),
            m.place().countryCode().orElse(""),
            m.place().online(),
            cell(String.join("; ", m.organizers())),
            cell(m.title()),
            cell(m.description()),
            m.line(),
            cell(String.join("; ", m.notes())),
            "",
            links(m),
            location.map(l -> Long.toString(l.geonameId())).orElse(""),
            location.map(l -> Double.toString(l.latitude())).orElse(""),
            location.map(l -> Double.toString(l.longitude())).orElse(""),
            location.map(io.github.wsisdata.parser.Location::countryCode).orElse(""),
            cell(Json.acronyms(m))));
  }

  /** The cells of a cross-reference's row. */
  private static List<Object> referenceRow(
      String source, CrossReference c, Optional<Page.Target> target, String url, String captured) {
    return new java.util.ArrayList<>(
        List.of(
            c.id(),
            "crossReference",
            cell(source),
            cell(c.section()),
            c.dates().start(),
            c.dates().end(),
            "",
            "",
            "",
            "false", // online: one type per column; a cross-reference is no online meeting
            "",
            cell(c.referencedTitle()),
            cell(c.description()),
            c.line(),
            cell(c.note()),
            target.map(m -> Integer.toString(m.line())).orElse(""),
            links(c),
            "",
            "",
            "",
            "",
            "",
            url,
            captured));
  }

  /** A cross-reference read with {@code --dedupe}: its row, its own page as its one source. */
  @Override
  public void mergedReference(
      String source, CrossReference reference, Optional<Page.Target> target, Writer out)
      throws IOException {
    List<Object> cells = referenceRow(source, reference, target, "", "");
    cells.add(cell(source + ":" + reference.line()));
    printer.printRecord(cells);
  }

  /** A merged meeting: its row where it was first found, and every source as FILE:LINE. */
  @Override
  public void merged(MeetingMerger.MergedMeeting meeting, Writer out) throws IOException {
    List<Object> cells = row(meeting.occurrences().get(0).document(), meeting.meeting());
    cells.add(""); // url and captured: per source, in "sources"
    cells.add("");
    List<String> sources = new java.util.ArrayList<>();
    for (MeetingMerger.Occurrence at : meeting.occurrences()) {
      sources.add(at.document() + ":" + at.line());
    }
    cells.add(cell(String.join("; ", sources)));
    printer.printRecord(cells);
  }

  /**
   * A text cell that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -},
   * {@code @}, a tab or a carriage return first) gets a leading {@code '}, as OWASP's CSV injection
   * rule says; other text is written as it is.
   */
  static String cell(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
