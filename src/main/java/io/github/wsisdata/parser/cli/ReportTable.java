package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.Organization;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.Element;

/**
 * The table of the HTML report: every meeting and cross-reference, with the filters (year, country,
 * organizer, free text) and the sort buttons that {@code report.js} drives. Each row keeps what the
 * filters and the sort compare in {@code data-} attributes, and links to its line in the audit
 * view; a cross-reference shows the meeting it points to.
 */
final class ReportTable {
  private ReportTable() {}

  static void write(
      Element section,
      List<ReportWriter.Row> rows,
      List<ReportWriter.Reference> references,
      List<ReportWriter.PageView> pages) {
    section.attr("aria-labelledby", "table-h");
    section.appendElement("h2").id("table-h").text("Meetings");
    TreeSet<Integer> years = new TreeSet<>();
    Map<String, String> countries = new TreeMap<>();
    Map<String, String> organizers = new TreeMap<>();
    for (ReportWriter.Row r : rows) {
      years.addAll(r.years());
      if (!r.country().isEmpty()) {
        countries.put(r.country(), ReportWriter.countryName(r.country()));
      }
      for (Organization o : r.organizations()) {
        organizers.putIfAbsent(o.key(), ReportWriter.organizerName(o));
      }
    }
    Element form =
        section
            .appendElement("form")
            .addClass("controls")
            .addClass("interactive")
            .attr("role", "search")
            .attr("aria-label", "Filter the meetings");
    Element year = select(form, "f-year", "Year", "All years");
    years.forEach(y -> year.appendElement("option").val("" + y).text("" + y));
    Element country = select(form, "f-country", "Country", "All countries");
    countries.forEach((code, name) -> country.appendElement("option").val(code).text(name));
    Element organizer = select(form, "f-organizer", "Organizer", "All organizers");
    organizers.forEach(
        (key, name) -> organizer.appendElement("option").val(key).text(ReportWriter.shown(name)));
    form.appendElement("label").attr("for", "f-text").text("Text");
    form.appendElement("input").attr("type", "search").id("f-text").attr("autocomplete", "off");
    section
        .appendElement("p")
        .id("shown")
        .attr("aria-live", "polite")
        .text(rows.size() + " of " + rows.size() + " meetings shown");
    Element table = section.appendElement("table").id("meetings");
    table
        .appendElement("caption")
        .text(
            "Every meeting, in page order, and each cross-reference with the meeting it points"
                + " to. Sort by a column with its button; the source links to the line in the"
                + " audit view.");
    Element head = table.appendElement("thead").appendElement("tr");
    String[] columns = {"Dates", "Title", "Place", "Organizers", "Section", "Source"};
    for (int i = 0; i < columns.length; i++) {
      head.appendElement("th")
          .attr("scope", "col")
          .attr("aria-sort", "none")
          .appendElement("button")
          .attr("type", "button")
          .attr("data-column", "" + i)
          .text(columns[i]);
    }
    Element body = table.appendElement("tbody");
    Map<Integer, String> sources = new TreeMap<>();
    pages.forEach(p -> sources.put(p.number(), p.source()));
    for (ReportWriter.Row r : rows) {
      Meeting m = r.meeting();
      Element row = body.appendElement("tr").id(r.id()).addClass("meeting");
      filterData(row, r, m.title() + " " + m.description());
      cells(row, m.dates().start() + "/" + m.dates().end(), m.dates().format());
      row.appendElement("td").text(ReportWriter.shown(m.title()));
      placeAndOrganizers(row, m);
      row.appendElement("td").text(ReportWriter.shown(m.section()));
      source(row, r.page(), sources.get(r.page()), m.source().line());
    }
    for (ReportWriter.Reference ref : references) {
      CrossReference c = ref.reference();
      Element row = body.appendElement("tr").id(ReportWriter.rowId(ref.page(), c)).addClass("xref");
      if (ref.target().isPresent()) {
        filterData(row, ref.target().get(), c.referencedTitle() + " " + c.note());
      } else {
        row.attr("data-years", c.dates().start().getYear() + "")
            .attr("data-country", "")
            .attr("data-orgs", "")
            .attr("data-text", lower(c.referencedTitle() + " " + c.note()));
      }
      cells(row, c.dates().start() + "/" + c.dates().end(), c.dates().format());
      Element title = row.appendElement("td");
      title.appendText("See: " + ReportWriter.shown(c.referencedTitle()));
      if (ref.target().isPresent()) {
        Meeting target = ref.target().get().meeting();
        title.appendText(" → ");
        title
            .appendElement("a")
            .addClass("target")
            .attr("href", "#" + ref.target().get().id())
            .text(ReportWriter.shown(target.title()) + " (" + target.dates().format() + ")");
        placeAndOrganizers(row, target);
      } else {
        title.appendText(" (the page has no such meeting)");
        row.appendElement("td");
        row.appendElement("td");
      }
      row.appendElement("td").text(ReportWriter.shown(c.section()));
      source(row, ref.page(), sources.get(ref.page()), c.source().line());
    }
  }

  private static Element select(Element form, String id, String label, String all) {
    form.appendElement("label").attr("for", id).text(label);
    Element select = form.appendElement("select").id(id);
    select.appendElement("option").val("").text(all);
    return select;
  }

  private static String lower(String text) {
    return ReportWriter.shown(text).toLowerCase(Locale.ROOT);
  }

  /** What the filters compare: the years, the country, the organizers and the row's words. */
  private static void filterData(Element row, ReportWriter.Row r, String words) {
    Meeting m = r.meeting();
    StringBuilder years = new StringBuilder();
    r.years().forEach(y -> years.append(years.length() == 0 ? "" : " ").append(y));
    row.attr("data-years", years.toString())
        .attr("data-country", r.country())
        .attr("data-orgs", String.join("|", r.organizers()))
        .attr(
            "data-text",
            lower(
                m.dates().format()
                    + " "
                    + words
                    + " "
                    + m.place().displayName()
                    + " "
                    + String.join(" ", m.organizers())
                    + " "
                    + m.section()));
  }

  private static void cells(Element row, String key, String dates) {
    row.appendElement("td").attr("data-key", key).text(dates);
  }

  private static void placeAndOrganizers(Element row, Meeting m) {
    row.appendElement("td").text(ReportWriter.shown(m.place().displayName()));
    row.appendElement("td").text(ReportWriter.shown(String.join("; ", m.organizers())));
  }

  private static void source(Element row, int page, String source, int line) {
    row.appendElement("td")
        .attr("data-key", String.format(Locale.ROOT, "%06d:%09d", page, line))
        .appendElement("a")
        .attr("href", "#l-" + page + "-" + line)
        .text(ReportWriter.shown(source) + ":" + line);
  }
}
