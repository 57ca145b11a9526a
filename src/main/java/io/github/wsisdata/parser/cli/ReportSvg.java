package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.Location;
import io.github.wsisdata.parser.Meeting;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The SVG graphics of the HTML report, drawn here from the meetings: bar charts, the timeline and
 * the world map (Natural Earth's 1:110m countries, {@code world-110m.tsv}, made by {@code
 * scripts/worldmap/build.mjs}). Each meeting's mark on the timeline and the map carries its table
 * row's id, so that the script and the tests can find it.
 */
final class ReportSvg {
  static final String SVG = "http://www.w3.org/2000/svg";

  /** How many bars a chart of countries or organizers shows; the rest are counted below it. */
  static final int TOP = 15;

  /** How many meetings a place's tooltip names; the others are counted. */
  static final int TOOLTIP = 12;

  private static final int TIMELINE_WIDTH = 1000;
  private static final int PLOT_WIDTH = 600;
  private static final int AXIS = 28;
  private static final int ROW = 16;
  private static final int GROUP = 22;

  private ReportSvg() {}

  private static Element svg(Element parent, String viewBox) {
    return parent.appendElement("svg").attr("xmlns", SVG).attr("viewBox", viewBox);
  }

  private static String num(double value) {
    long whole = Math.round(value * 10);
    return whole % 10 == 0 ? String.valueOf(whole / 10) : String.valueOf(whole / 10.0);
  }

  /**
   * A horizontal bar chart in a figure.
   *
   * @param parent where the figure goes
   * @param id the figure caption's id
   * @param caption what the chart counts
   * @param counts label to count
   * @param top whether to show only the largest {@link #TOP} (by count, then label), else all in
   *     the map's order
   */
  static void barChart(
      Element parent, String id, String caption, Map<String, Integer> counts, boolean top) {
    List<Map.Entry<String, Integer>> bars = new ArrayList<>(counts.entrySet());
    if (top) {
      bars.sort(
          Map.Entry.<String, Integer>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
    }
    List<Map.Entry<String, Integer>> shown = top && bars.size() > TOP ? bars.subList(0, TOP) : bars;
    Element figure = parent.appendElement("figure").addClass("chart");
    figure.appendElement("figcaption").id(id).text(caption);
    int height = Math.max(1, shown.size()) * 18 + 4;
    Element svg =
        svg(figure, "0 0 420 " + height)
            .attr("role", "img")
            .attr("aria-labelledby", id)
            .attr("width", "420")
            .attr("height", String.valueOf(height));
    int max = shown.stream().mapToInt(Map.Entry::getValue).max().orElse(1);
    int y = 2;
    for (Map.Entry<String, Integer> bar : shown) {
      Element g = svg.appendElement("g").addClass("bar");
      g.appendElement("title").text(ReportWriter.shown(bar.getKey()) + ": " + bar.getValue());
      String label = ReportWriter.shown(bar.getKey());
      g.appendElement("text")
          .attr("x", "150")
          .attr("y", String.valueOf(y + 12))
          .attr("text-anchor", "end")
          .text(label.length() > 24 ? label.substring(0, 23) + "…" : label);
      double width = 220.0 * bar.getValue() / max;
      g.appendElement("rect")
          .attr("x", "155")
          .attr("y", String.valueOf(y + 2))
          .attr("width", num(Math.max(1, width)))
          .attr("height", "13");
      g.appendElement("text")
          .attr("x", num(160 + width))
          .attr("y", String.valueOf(y + 12))
          .text(String.valueOf(bar.getValue()));
      y += 18;
    }
    if (shown.size() < bars.size()) {
      int rest =
          bars.subList(shown.size(), bars.size()).stream().mapToInt(Map.Entry::getValue).sum();
      figure
          .appendElement("p")
          .addClass("more")
          .text(
              "and "
                  + (bars.size() - shown.size())
                  + " more ("
                  + rest
                  + (rest == 1 ? " meeting)" : " meetings)"));
    }
  }

  /** A meeting's dates, place and organizers in words, for a tooltip or a screen reader. */
  static String describe(Meeting m) {
    StringBuilder out = new StringBuilder(m.dates().format());
    String place = m.place().displayName();
    if (!place.isEmpty()) {
      out.append(", ").append(place);
    }
    if (!m.organizers().isEmpty()) {
      out.append(", ").append(String.join(" and ", m.organizers()));
    }
    return ReportWriter.shown(out.append(": ").append(m.title()).toString());
  }

  /**
   * The timeline: one row per meeting in date order, grouped by year (the script regroups by
   * section), a bar from its first to its last day or a dot for a single day, and its title.
   */
  static void timeline(Element parent, List<ReportWriter.Row> rows) {
    LocalDate first =
        rows.stream()
            .map(r -> r.meeting().dates().start())
            .min(Comparator.naturalOrder())
            .orElse(LocalDate.of(2005, 1, 1))
            .withDayOfMonth(1);
    LocalDate last =
        rows.stream()
            .map(r -> r.meeting().dates().end())
            .max(Comparator.naturalOrder())
            .orElse(first)
            .plusMonths(1)
            .withDayOfMonth(1);
    double days = Math.max(1, ChronoUnit.DAYS.between(first, last));
    double perDay = PLOT_WIDTH / days;
    int height = AXIS;
    Integer year = null;
    for (ReportWriter.Row r : rows) {
      int y = r.meeting().dates().start().getYear();
      height += (year == null || y != year ? GROUP : 0) + ROW;
      year = y;
    }
    height += 4;
    Element svg =
        svg(parent, "0 0 " + TIMELINE_WIDTH + " " + height)
            .id("timeline-svg")
            .attr("width", String.valueOf(TIMELINE_WIDTH))
            .attr("height", String.valueOf(height))
            .attr("role", "list")
            .attr("aria-label", "Timeline of " + rows.size() + " meetings")
            .attr("data-first", first.toString());
    Element axis = svg.appendElement("g").addClass("axis").attr("aria-hidden", "true");
    boolean months = ChronoUnit.MONTHS.between(first, last) <= 24;
    for (LocalDate tick = first; !tick.isAfter(last); tick = tick.plusMonths(1)) {
      boolean yearTick = tick.getMonthValue() == 1 || tick.equals(first);
      if (!yearTick && !months) {
        continue;
      }
      double x = 10 + ChronoUnit.DAYS.between(first, tick) * perDay;
      axis.appendElement("line")
          .addClass(yearTick ? "year" : "month")
          .attr("x1", num(x))
          .attr("x2", num(x))
          .attr("y1", "20")
          .attr("y2", String.valueOf(height));
      if (yearTick || months) {
        axis.appendElement("text")
            .attr("x", num(x + 2))
            .attr("y", "14")
            .text(
                yearTick
                    ? String.valueOf(tick.getYear())
                    : tick.getMonth()
                        .getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH));
      }
    }
    Element groups = svg.appendElement("g").addClass("tl-groups").attr("aria-hidden", "true");
    int y = AXIS;
    year = null;
    for (ReportWriter.Row r : rows) {
      Meeting m = r.meeting();
      int start = m.dates().start().getYear();
      if (year == null || start != year) {
        groups
            .appendElement("text")
            .addClass("tl-group")
            .attr("x", "4")
            .attr("y", String.valueOf(y + 16))
            .text(String.valueOf(start));
        y += GROUP;
        year = start;
      }
      double x0 = 10 + ChronoUnit.DAYS.between(first, m.dates().start()) * perDay;
      double x1 = 10 + (ChronoUnit.DAYS.between(first, m.dates().end()) + 1) * perDay;
      Element item =
          svg.appendElement("g")
              .addClass("tl-item")
              .attr("data-meeting", r.id())
              .attr("data-year", String.valueOf(start))
              .attr("data-section", ReportWriter.shown(m.section()))
              .attr("transform", "translate(0," + y + ")")
              .attr("tabindex", "0")
              .attr("role", "listitem")
              .attr("aria-label", describe(m));
      // no <title>: the script shows the aria-label on hover and focus (one copy, not two)
      if (m.dates().start().equals(m.dates().end())) {
        item.appendElement("circle").attr("cx", num((x0 + x1) / 2)).attr("cy", "8").attr("r", "4");
      } else {
        item.appendElement("rect")
            .attr("x", num(x0))
            .attr("y", "3")
            .attr("width", num(Math.max(3, x1 - x0)))
            .attr("height", "10")
            .attr("rx", "2");
      }
      item.appendElement("text")
          .attr("x", num(Math.max(x1, x0 + 8) + 4))
          .attr("y", "12")
          .text(ReportWriter.shown(m.title()));
      y += ROW;
    }
  }

  /** The shade of a country with {@code n} meetings: 0 for none, 1 to 4 by quarters of max. */
  static int shade(int n, int max) {
    return n == 0 ? 0 : 1 + Math.min(3, (4 * (n - 1)) / Math.max(1, max));
  }

  /** The legend of the shades: the numbers of meetings each stands for. */
  private static void legend(Element figure, int max) {
    Element list = figure.appendElement("ul").addClass("legend").attr("aria-label", "Shades");
    int from = 1;
    for (int k = 1; k <= 4 && from <= max; k++) {
      int to = from;
      while (to < max && shade(to + 1, max) == k) {
        to++;
      }
      if (shade(from, max) != k) {
        continue;
      }
      Element item = list.appendElement("li");
      item.appendElement("span").addClass("swatch").addClass("q" + k);
      item.appendText(
          (from == to ? "" + from : from + "–" + to) + (to == 1 ? " meeting" : " meetings"));
      from = to + 1;
    }
  }

  /** A country's shape on the map. */
  private record Country(String code, String name, String path) {}

  private static List<Country> countries() {
    List<Country> out = new ArrayList<>();
    for (String line : ReportWriter.resource("world-110m.tsv").split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", 3);
      out.add(new Country(f[0], f[1], f[2]));
    }
    return out;
  }

  /**
   * The map: countries shaded by their number of meetings, a circle per place sized by its count,
   * and the meetings without a location listed beside it.
   */
  static void map(Element parent, List<ReportWriter.Row> rows) {
    Map<String, Integer> perCountry = new HashMap<>();
    Map<Long, List<ReportWriter.Row>> perPlace = new LinkedHashMap<>();
    Map<Long, Location> places = new HashMap<>();
    List<ReportWriter.Row> nowhere = new ArrayList<>();
    for (ReportWriter.Row r : rows) {
      if (!r.country().isEmpty()) {
        perCountry.merge(r.country(), 1, Integer::sum);
      }
      Optional<Location> at = r.meeting().place().location();
      if (at.isPresent()) {
        perPlace.computeIfAbsent(at.get().geonameId(), k -> new ArrayList<>()).add(r);
        places.put(at.get().geonameId(), at.get());
      } else {
        nowhere.add(r);
      }
    }
    int max = perCountry.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    Element figure = parent.appendElement("figure").addClass("map");
    figure
        .appendElement("figcaption")
        .id("map-caption")
        .text(
            "Meetings by place: "
                + (rows.size() - nowhere.size())
                + " at "
                + perPlace.size()
                + (perPlace.size() == 1 ? " place" : " places")
                + "; countries shaded by their number of meetings. Map: Natural Earth.");
    parent
        .appendElement("p")
        .id("map-info")
        .addClass("info")
        .attr("aria-live", "polite")
        .text("Point at a place or move to it with the Tab key to see its meetings.");
    Element svg =
        svg(figure, "0 24 1440 576")
            .id("map-svg")
            .attr("role", "group")
            .attr("aria-labelledby", "map-caption");
    Element land = svg.appendElement("g").addClass("land").attr("aria-hidden", "true");
    for (Country c : countries()) {
      int n = perCountry.getOrDefault(c.code(), 0);
      int shade = shade(n, max);
      Element path =
          land.appendElement("path")
              .addClass("q" + shade)
              .attr("d", c.path())
              .attr("data-country", c.code());
      path.appendElement("title").text(c.name() + ": " + n + (n == 1 ? " meeting" : " meetings"));
    }
    if (!perCountry.isEmpty()) {
      legend(figure, max);
    }
    Element marks = svg.appendElement("g").addClass("places");
    List<Map.Entry<Long, List<ReportWriter.Row>>> ordered = new ArrayList<>(perPlace.entrySet());
    // the largest first, so that a small circle is drawn over a large one
    ordered.sort(Comparator.comparingInt(e -> -e.getValue().size()));
    for (Map.Entry<Long, List<ReportWriter.Row>> e : ordered) {
      Location at = places.get(e.getKey());
      List<ReportWriter.Row> here = e.getValue();
      StringBuilder ids = new StringBuilder();
      StringBuilder titles = new StringBuilder();
      for (int i = 0; i < here.size(); i++) {
        ids.append(i == 0 ? "" : " ").append(here.get(i).id());
        if (i < TOOLTIP) {
          titles.append("\n").append(describe(here.get(i).meeting()));
        }
      }
      if (here.size() > TOOLTIP) {
        titles.append("\nand ").append(here.size() - TOOLTIP).append(" more");
      }
      String label =
          at.name()
              + ", "
              + at.countryCode()
              + ": "
              + here.size()
              + (here.size() == 1 ? " meeting" : " meetings");
      Element circle =
          marks
              .appendElement("circle")
              .addClass("place")
              .attr("cx", num((at.longitude() + 180) * 4))
              .attr("cy", num((90 - at.latitude()) * 4))
              .attr("r", num(4 + 3 * Math.sqrt(here.size())))
              .attr("data-meetings", ids.toString())
              .attr("tabindex", "0")
              .attr("aria-label", ReportWriter.shown(label));
      circle.appendElement("title").text(ReportWriter.shown(label + titles));
    }
    Element aside = parent.appendElement("div").addClass("unlocated");
    aside
        .appendElement("h3")
        .text("Meetings without a location on the map (" + nowhere.size() + ")");
    if (nowhere.isEmpty()) {
      aside
          .appendElement("p")
          .text(rows.isEmpty() ? "No meetings." : "None: every meeting's place is on the map.");
      return;
    }
    Element list = aside.appendElement("ul");
    for (ReportWriter.Row r : nowhere) {
      Meeting m = r.meeting();
      String why =
          m.place().online()
              ? "online"
              : m.place().displayName().isEmpty()
                  ? "no place given"
                  : ReportWriter.shown(m.place().displayName()) + ": not in the gazetteer";
      Element item = list.appendElement("li").attr("data-meeting", r.id());
      item.appendElement("a")
          .attr("href", "#" + r.id())
          .text(m.dates().format() + " " + ReportWriter.shown(m.title()));
      item.appendText(" (" + why + ")");
    }
  }
}
