package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.Organization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * {@code -f html}: one self-contained HTML report of every page (docs/cli.md, "The HTML report"): a
 * summary with charts, a timeline, a map, a table that sorts and filters, and an audit view of each
 * page's lines. The document is built with jsoup, so that every text from a page is escaped as
 * text; the charts, the timeline and the map are SVG drawn here, and the little script that sorts
 * and filters is a resource of this package ({@code report.js}). Nothing is loaded from the
 * network. The pages are held until {@link #end}: the summary comes first but counts them all.
 */
final class ReportWriter implements DocumentWriter {
  /**
   * A meeting as the report shows it.
   *
   * @param id the table row's id ({@code m-PAGE-LINE}), also the timeline's and the map's key
   * @param page the page's number, from 1
   * @param meeting the meeting
   * @param organizations its organizers as organizations ({@link Meeting#organizations()}, read
   *     once)
   */
  record Row(String id, int page, Meeting meeting, List<Organization> organizations) {
    Row {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(meeting, "meeting");
      organizations = List.copyOf(organizations);
    }

    static Row of(int page, Meeting meeting) {
      return new Row(rowId(page, meeting), page, meeting, meeting.organizations());
    }

    /** The country's code, or empty. */
    String country() {
      return meeting.place().countryCode().orElse("");
    }

    /** The years the meeting spans. */
    List<Integer> years() {
      List<Integer> years = new ArrayList<>();
      for (int y = meeting.dates().start().getYear(); y <= meeting.dates().end().getYear(); y++) {
        years.add(y);
      }
      return years;
    }

    /** The organizers' keys ({@link Organization#key()}), in page order, each once. */
    List<String> organizers() {
      return organizations.stream().map(Organization::key).distinct().toList();
    }
  }

  /**
   * A cross-reference and the meeting it names on its page.
   *
   * @param page the page's number
   * @param reference the cross-reference
   * @param target the row of the meeting it names, if found
   */
  record Reference(int page, CrossReference reference, Optional<Row> target) {
    Reference {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(target, "target");
    }
  }

  /**
   * A page as the report shows it.
   *
   * @param number from 1
   * @param source the input's name
   * @param title the page's title, if any
   * @param html whether the page was read as HTML
   * @param lines the audit view's lines
   */
  record PageView(
      int number,
      String source,
      Optional<String> title,
      boolean html,
      List<ReportAudit.Line> lines) {
    PageView {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(title, "title");
      lines = List.copyOf(lines);
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private final List<Reference> references = new ArrayList<>();
  private final List<PageView> pages = new ArrayList<>();

  @Override
  public void document(Page page, Writer out) throws IOException {
    int number = pages.size() + 1;
    Map<Integer, Row> byLine = new TreeMap<>();
    List<CrossReference> found = new ArrayList<>();
    page.entries(
        e -> {
          if (e instanceof Meeting m) {
            Row row = Row.of(number, m);
            rows.add(row);
            byLine.put(m.source().line(), row);
          } else if (e instanceof CrossReference c) {
            found.add(c);
          }
        });
    for (CrossReference c : found) {
      references.add(new Reference(number, c, page.resolved(c).map(t -> byLine.get(t.line()))));
    }
    pages.add(
        new PageView(
            number,
            page.source(),
            page.title(),
            page.sourceInfo().format() == io.github.wsisdata.parser.InputFormat.HTML,
            ReportAudit.lines(page.whole(), number)));
  }

  @Override
  public void end(Writer out) throws IOException {
    Document doc = Document.createShell("");
    // SVG's attributes are case-sensitive (viewBox): keep the case they are given in
    doc.parser(
        org.jsoup.parser.Parser.htmlParser().settings(org.jsoup.parser.ParseSettings.preserveCase));
    doc.outputSettings()
        .prettyPrint(false)
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.xhtml);
    doc.selectFirst("html").attr("lang", "en");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta").attr("name", "generator").attr("content", "wsis-parser");
    doc.title(
        "WSIS meetings: "
            + rows.size()
            + " from "
            + pages.size()
            + (pages.size() == 1 ? " page" : " pages"));
    head.appendElement("style").appendChild(new DataNode(resource("report.css")));
    Element body = doc.body();
    Element header = body.appendElement("header");
    header.appendElement("h1").text("WSIS meetings");
    header
        .appendElement("p")
        .text(
            rows.size()
                + (rows.size() == 1 ? " meeting and " : " meetings and ")
                + references.size()
                + (references.size() == 1 ? " cross-reference" : " cross-references")
                + " read from "
                + pages.size()
                + (pages.size() == 1 ? " page" : " pages")
                + " by wsis-parser.");
    Element nav = header.appendElement("nav").attr("aria-label", "Parts of the report");
    Element list = nav.appendElement("ul");
    for (String[] part :
        new String[][] {
          {"summary", "Summary"},
          {"timeline", "Timeline"},
          {"map", "Map"},
          {"table", "Meetings"},
          {"audit", "Audit"}
        }) {
      list.appendElement("li").appendElement("a").attr("href", "#" + part[0]).text(part[1]);
    }
    Element main = body.appendElement("main");
    summary(main.appendElement("section").id("summary"));
    timeline(main.appendElement("section").id("timeline"));
    map(main.appendElement("section").id("map"));
    ReportTable.write(main.appendElement("section").id("table"), rows, references, pages);
    ReportAudit.write(main.appendElement("section").id("audit"), pages);
    body.appendElement("script").appendChild(new DataNode(resource("report.js")));
    out.write("<!DOCTYPE html>\n");
    out.write(doc.html());
    out.write("\n");
  }

  private void summary(Element section) {
    section.attr("aria-labelledby", "summary-h");
    section.appendElement("h2").id("summary-h").text("Summary");
    TreeSet<String> countries = new TreeSet<>();
    TreeSet<String> organizers = new TreeSet<>();
    Map<String, Integer> perYear = new TreeMap<>();
    Map<String, Integer> perCountry = new TreeMap<>();
    Map<String, Integer> perOrganizer = new TreeMap<>();
    Map<String, String> organizerNames = new TreeMap<>();
    for (Row r : rows) {
      perYear.merge(String.valueOf(r.meeting().dates().start().getYear()), 1, Integer::sum);
      if (!r.country().isEmpty()) {
        countries.add(r.country());
        perCountry.merge(countryName(r.country()), 1, Integer::sum);
      }
      for (Organization o : r.organizations()) {
        if (organizers.add(o.key())) {
          organizerNames.put(o.key(), organizerName(o));
        }
      }
      for (String key : r.organizers()) {
        perOrganizer.merge(organizerNames.get(key), 1, Integer::sum);
      }
    }
    Element counts = section.appendElement("dl").addClass("counts");
    for (Object[] count :
        new Object[][] {
          {"Meetings", rows.size()},
          {"Pages", pages.size()},
          {"Countries", countries.size()},
          {"Organizers", organizers.size()}
        }) {
      Element item = counts.appendElement("div");
      item.appendElement("dt").text((String) count[0]);
      item.appendElement("dd").text(String.valueOf(count[1]));
    }
    Element charts = section.appendElement("div").addClass("charts");
    ReportSvg.barChart(charts, "chart-years", "Meetings per year (by first day)", perYear, false);
    ReportSvg.barChart(charts, "chart-countries", "Meetings per country", perCountry, true);
    ReportSvg.barChart(charts, "chart-organizers", "Meetings per organizer", perOrganizer, true);
  }

  private void timeline(Element section) {
    section.attr("aria-labelledby", "timeline-h");
    section.appendElement("h2").id("timeline-h").text("Timeline");
    Element controls = section.appendElement("div").addClass("controls").addClass("interactive");
    controls.appendElement("label").attr("for", "tl-group").text("Group by");
    Element select = controls.appendElement("select").id("tl-group");
    select.appendElement("option").val("year").text("year").attr("selected", true);
    select.appendElement("option").val("section").text("section");
    section
        .appendElement("p")
        .id("tl-info")
        .addClass("info")
        .attr("aria-live", "polite")
        .text(
            "Point at a meeting or move to it with the Tab key to see its dates, place and"
                + " organizers.");
    List<Row> byDate = new ArrayList<>(rows);
    byDate.sort(
        Comparator.comparing((Row r) -> r.meeting().dates().start())
            .thenComparing(r -> r.meeting().dates().end()));
    ReportSvg.timeline(section.appendElement("div").addClass("tl-wrap"), byDate);
  }

  private void map(Element section) {
    section.attr("aria-labelledby", "map-h");
    section.appendElement("h2").id("map-h").text("Map");
    ReportSvg.map(section, rows);
  }

  /**
   * The id of an entry's table row, which the timeline, the map and the audit view point to: {@code
   * m-PAGE-LINE} for a meeting, {@code x-PAGE-LINE} for a cross-reference.
   */
  static String rowId(int page, io.github.wsisdata.parser.Entry entry) {
    return (entry instanceof Meeting ? "m-" : "x-") + page + "-" + entry.line();
  }

  /** A country's English name from its code ({@code CH} → Switzerland), with the code. */
  static String countryName(String code) {
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
  }

  /** An organizer as the charts and the filter name it: its acronym, name or text. */
  static String organizerName(Organization o) {
    return o.acronym().or(o::name).orElse(o.text());
  }

  /** A text resource of this package. */
  static String resource(String name) {
    try (InputStream in = ReportWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Text from a page as the report shows it: control characters (which HTML and XML cannot hold) as
   * their visible Unicode pictures ({@code U+2400} onwards), everything else as it is; jsoup
   * escapes markup when it writes the text.
   */
  static String shown(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0);
      boolean lone =
          Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c)
                  && i + 1 < text.length()
                  && Character.isLowSurrogate(text.charAt(i + 1)))
              && !(Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(text.charAt(i - 1)));
      if ((control || lone || c == 0xfffe || c == 0xffff) && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        if (c < 0x20) {
          out.append((char) (0x2400 + c));
        } else if (c == 0x7f) {
          out.append('\u2421');
        } else if (control || lone || c == 0xfffe || c == 0xffff) {
          out.append('\ufffd');
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
