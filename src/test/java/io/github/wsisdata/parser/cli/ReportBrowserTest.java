package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.htmlunit.BrowserVersion;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.javascript.SilentJavaScriptErrorListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * The HTML report ({@code -f html}) in HtmlUnit, a headless browser that runs the report's script:
 * it loads with no script error, sorts and filters the table, links each row to its line in the
 * audit view, and has a timeline mark and a map mark (or a line beside the map) for each meeting.
 * The expected values are read from the bundled page by hand: 28 meetings, one cross-reference
 * (line 76, to "Measuring the Information Society" of line 44), two in Japan (Kobe, line 36, and
 * Tokyo, line 60), eight first days in 2004, eight with ITU among the organizers, and two without a
 * place on the map (the online forum of line 68 and Malta, a country with no city, line 130).
 */
class ReportBrowserTest {
  @TempDir Path dir;

  private static final class Browser implements AutoCloseable {
    final WebClient client = new WebClient(BrowserVersion.CHROME);
    final List<String> errors = new ArrayList<>();
    final List<String> alerts = new ArrayList<>();

    Browser() {
      client.getOptions().setThrowExceptionOnScriptError(true);
      client.getOptions().setCssEnabled(true);
      client.setAlertHandler((page, message) -> alerts.add(message));
      client.setJavaScriptErrorListener(
          new SilentJavaScriptErrorListener() {
            @Override
            public void scriptException(HtmlPage page, ScriptException e) {
              errors.add(e.getMessage());
            }
          });
    }

    HtmlPage open(Path report) throws Exception {
      return client.getPage(report.toUri().toURL());
    }

    @Override
    public void close() {
      client.close();
    }
  }

  private static DomElement one(DomNode root, String css) {
    List<DomElement> found = all(root, css);
    assertFalse(found.isEmpty(), css);
    return found.get(0);
  }

  private static List<DomElement> all(DomNode root, String css) {
    List<DomElement> out = new ArrayList<>();
    for (DomNode n : root.querySelectorAll(css, root)) {
      out.add((DomElement) n);
    }
    return out;
  }

  private Path report(String... inputs) {
    Path out = dir.resolve("report.html");
    List<String> args = new ArrayList<>(List.of("-q", "-f", "html", "-o", out.toString()));
    args.addAll(List.of(inputs));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    return out;
  }

  private static List<String> visibleRows(HtmlPage page) {
    List<String> ids = new ArrayList<>();
    for (DomElement row : all(page, "#meetings tbody tr")) {
      if (!row.hasAttribute("hidden")) {
        ids.add(row.getId());
      }
    }
    return ids;
  }

  private static void choose(HtmlPage page, String select, String value) {
    HtmlSelect s = (HtmlSelect) page.getElementById(select);
    s.setSelectedAttribute(value, true);
  }

  @Test
  void theBundledPagesReportRunsItsScriptSortsFiltersAndLinksToTheAudit() throws Exception {
    Path report = report();
    try (Browser browser = new Browser()) {
      HtmlPage page = browser.open(report);
      assertEquals(List.of(), browser.errors);
      assertEquals("28", one(page, ".counts div:nth-child(1) dd").getTextContent());
      assertEquals("1", one(page, ".counts div:nth-child(2) dd").getTextContent());
      List<String> all = visibleRows(page);
      assertEquals(29, all.size(), "28 meetings and a cross-reference");
      assertEquals("m-1-12", all.get(0));
      assertTrue(all.contains("x-1-76"));

      choose(page, "f-country", "JP");
      assertEquals(List.of("m-1-36", "m-1-60"), visibleRows(page));
      assertEquals("2 of 28 meetings shown", page.getElementById("shown").getTextContent());
      choose(page, "f-country", "");
      choose(page, "f-year", "2004");
      assertEquals(
          List.of("m-1-12", "m-1-16", "m-1-20", "m-1-24", "m-1-28", "m-1-98", "m-1-102", "m-1-106"),
          visibleRows(page));
      choose(page, "f-year", "");
      choose(page, "f-organizer", "itu");
      List<String> itu = visibleRows(page);
      itu.removeIf(id -> id.startsWith("x-"));
      assertEquals(
          List.of("m-1-12", "m-1-16", "m-1-44", "m-1-60", "m-1-86", "m-1-90", "m-1-110", "m-1-118"),
          itu);
      choose(page, "f-organizer", "");
      ((HtmlElement) page.getElementById("f-text")).type("kobe");
      browser.client.waitForBackgroundJavaScript(2000);
      assertEquals(List.of("m-1-36"), visibleRows(page));
      ((HtmlElement) page.getElementById("f-text")).setAttribute("value", "");
      ((HtmlElement) page.getElementById("f-text")).type("\b\b\b\b");
      browser.client.waitForBackgroundJavaScript(2000);
      assertEquals(29, visibleRows(page).size());

      // sort by dates: ascending, then descending
      HtmlElement dates = (HtmlElement) one(page, "#meetings thead th:nth-child(1) button");
      dates.click();
      List<String> up = visibleRows(page);
      assertEquals("m-1-12", up.get(0), "26-27 February 2004 first");
      assertEquals("m-1-122", up.get(up.size() - 1), "30 June - 1 July 2005 last");
      assertEquals(
          "ascending", one(page, "#meetings thead th:nth-child(1)").getAttribute("aria-sort"));
      dates.click();
      assertEquals("m-1-122", visibleRows(page).get(0));
      // sort by place: Antigua (Guatemala) first
      ((HtmlElement) one(page, "#meetings thead th:nth-child(3) button")).click();
      assertEquals("m-1-32", visibleRows(page).get(0));

      // the Kobe row's source link leads to line 36 in the audit view, and back
      HtmlAnchor source = (HtmlAnchor) one(page, "#m-1-36 td:last-child a");
      assertEquals("#l-1-36", source.getHrefAttribute());
      HtmlPage at = source.click();
      assertEquals("l-1-36", at.getUrl().getRef());
      DomElement line = at.getElementById("l-1-36");
      assertTrue(line.getAttribute("class").contains("entry"));
      assertTrue(line.getTextContent().contains("21 January 2005, Kobe (Japan), WMO"));
      assertEquals("#m-1-36", ((HtmlAnchor) one(line, "a")).getHrefAttribute());

      // the cross-reference shows the meeting it points to
      HtmlAnchor target = (HtmlAnchor) one(page, "#x-1-76 a.target");
      assertEquals("#m-1-44", target.getHrefAttribute());
      assertTrue(target.getTextContent().startsWith("Measuring the Information Society"));

      // a timeline mark for every meeting, a map mark or a line beside the map
      List<String> located = new ArrayList<>();
      for (DomElement c : all(page, "#map-svg circle.place")) {
        located.addAll(List.of(c.getAttribute("data-meetings").split(" ")));
      }
      List<String> unlocated = new ArrayList<>();
      for (DomElement li : all(page, ".unlocated li")) {
        unlocated.add(li.getAttribute("data-meeting"));
      }
      assertEquals(List.of("m-1-68", "m-1-130"), unlocated);
      int meetings = 0;
      for (DomElement row : all(page, "#meetings tbody tr.meeting")) {
        meetings++;
        String id = row.getId();
        assertEquals(1, all(page, "#timeline-svg g.tl-item[data-meeting='" + id + "']").size(), id);
        assertTrue(located.contains(id) ^ unlocated.contains(id), id);
      }
      assertEquals(28, meetings);
      assertEquals(26, located.size());
      // Geneva holds five meetings in one circle
      DomElement geneva = one(page, "#map-svg circle.place[data-meetings~='m-1-90']");
      assertEquals(5, geneva.getAttribute("data-meetings").split(" ").length);
      assertEquals(
          "5",
          one(page, "#map-svg path[data-country='CH'] title")
              .getTextContent()
              .replaceAll("\\D", ""));

      // countries shaded by quarters of the largest count (Switzerland, 5), with a legend
      assertTrue(one(page, "#map-svg path[data-country='CH']").getAttribute("class").equals("q4"));
      assertTrue(one(page, "#map-svg path[data-country='JP']").getAttribute("class").equals("q1"));
      assertTrue(one(page, "#map-svg path[data-country='US']").getAttribute("class").equals("q0"));
      List<String> legend = new ArrayList<>();
      for (DomElement li : all(page, ".legend li")) {
        legend.add(li.getTextContent());
      }
      assertEquals(List.of("1–2 meetings", "3 meetings", "4 meetings", "5 meetings"), legend);

      // the timeline regroups by section
      choose(page, "tl-group", "section");
      List<String> groups = new ArrayList<>();
      for (DomElement g : all(page, "#timeline-svg .tl-groups text")) {
        groups.add(g.getTextContent());
      }
      assertEquals(
          List.of(
              "WSIS Thematic Meetings (chronological list)",
              "WSIS Regional Thematic Meetings (chronological list)",
              "Other WSIS-related Meetings"),
          groups);
      assertEquals(List.of(), browser.errors);
      assertEquals(List.of(), browser.alerts);
    }
  }

  @Test
  void theReportIsSelfContainedSmallAndItsSvgIsXml() throws Exception {
    Path report = report();
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(Files.size(report) < 500_000, "under 500 KB: " + Files.size(report));
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
    // nothing from the network: no external script, style, image or font
    assertTrue(doc.select("script[src], link[href], img, iframe, object").isEmpty());
    assertFalse(
        html.contains("http://")
            && html.replace("http://www.w3.org/2000/svg", "").contains("http://"));
    assertFalse(html.contains("https://"));
    assertFalse(html.contains("@font-face") || html.contains("@import") || html.contains("url("));
    // real headings and labelled controls
    assertEquals("WSIS meetings", doc.selectFirst("h1").text());
    assertEquals(
        List.of("Summary", "Timeline", "Map", "Meetings", "Audit: each page as read"),
        doc.select("h2").eachText());
    for (org.jsoup.nodes.Element control : doc.select("select, input")) {
      assertEquals(1, doc.select("label[for=" + control.id() + "]").size(), control.id());
    }
    assertEquals(1, doc.select("script").size());
    assertTrue(doc.selectFirst("style").data().contains("@media print"));
    // every SVG parses as XML
    Matcher svg = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
    int count = 0;
    while (svg.find()) {
      count++;
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      org.w3c.dom.Document xml =
          f.newDocumentBuilder().parse(new InputSource(new StringReader(svg.group())));
      assertEquals("http://www.w3.org/2000/svg", xml.getDocumentElement().getNamespaceURI());
    }
    assertEquals(5, count, "three charts, the timeline and the map");
  }

  @Test
  void aMixedSetOfPagesGivesOneReportWithAnAuditOfEachPage() throws Exception {
    Path real = Path.of("src/test/resources/real/isoc-bg-events.txt");
    Path html = Path.of("src/test/resources/html/regional-2005-windows-1252.html");
    // and a web archive of 20 records, two of them meeting pages (a crawl: the others skipped)
    Path warc = dir.resolve("crawl.warc.gz");
    List<io.github.wsisdata.parser.testing.CrawlPages.Page> crawl =
        io.github.wsisdata.parser.testing.CrawlPages.pages(20, 2705);
    io.github.wsisdata.parser.testing.CrawlPages.write(crawl, warc, true);
    assertEquals(
        2,
        crawl.stream()
            .filter(p -> p.kind() == io.github.wsisdata.parser.testing.CrawlPages.Kind.MEETINGS)
            .count());
    Path report =
        report(
            "seeds/wsis-regional-and-thematic-meetings.txt",
            html.toString(),
            real.toString(),
            warc.toString());
    try (Browser browser = new Browser()) {
      HtmlPage page = browser.open(report);
      assertEquals(List.of(), browser.errors);
      assertEquals("5", one(page, ".counts div:nth-child(2) dd").getTextContent());
      assertEquals(5, all(page, "#audit > section").size());
      assertTrue(one(page, "#page-4-h").getTextContent().contains("crawl.warc.gz"));
      List<String> ids = new ArrayList<>();
      for (DomElement row : all(page, "#meetings tbody tr.meeting")) {
        ids.add(row.getId());
        assertEquals(
            1, all(page, "#timeline-svg g.tl-item[data-meeting='" + row.getId() + "']").size());
        HtmlAnchor source = (HtmlAnchor) one(row, "td:last-child a");
        String ref = source.getHrefAttribute().substring(1);
        assertTrue(page.getElementById(ref) != null, ref);
      }
      assertTrue(ids.stream().anyMatch(id -> id.startsWith("m-2-")), "the HTML page's meetings");
      assertTrue(ids.stream().anyMatch(id -> id.startsWith("m-3-")), "the real page's meetings");
      assertTrue(ids.stream().anyMatch(id -> id.startsWith("m-5-")), "the archive's meetings");
      choose(page, "f-country", "CH");
      for (String id : visibleRows(page)) {
        assertEquals("CH", page.getElementById(id).getAttribute("data-country"), id);
      }
      assertTrue(visibleRows(page).size() >= 5, "the bundled page has five in Switzerland");
    }
  }

  @Test
  void hostileTextIsShownAndNeverRun() throws Exception {
    Path hostile = dir.resolve("hostile.txt");
    Files.writeString(
        hostile,
        "go 1 May 2005, Paris (France), UNESCO - <script>alert('title')</script> \"quoted\""
            + " <img src=x onerror=alert(2)> \u0001end\n\n"
            + "A description with </td></tr><script>alert(3)</script> & \"quotes\" 'too'.\n\n"
            + "go 3 May 2005, <b onmouseover=alert(4)>Lyon</b> (France), \"UNESCO\" - Second\n",
        StandardCharsets.UTF_8);
    Path report = report(hostile.toString());
    String html = Files.readString(report, StandardCharsets.UTF_8);
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
    assertEquals(1, doc.select("script").size(), "only the report's own script");
    assertTrue(doc.select("img, b, [onerror], [onmouseover]").isEmpty());
    try (Browser browser = new Browser()) {
      HtmlPage page = browser.open(report);
      assertEquals(List.of(), browser.errors);
      assertEquals(List.of(), browser.alerts);
      String title = one(page, "#m-1-1 td:nth-child(2)").getTextContent();
      assertTrue(title.contains("<script>alert('title')</script> \"quoted\""), title);
      assertTrue(title.contains("<img src=x onerror=alert(2)>"), title);
      assertTrue(title.contains("\u2401end"), "the control character as its picture: " + title);
      assertTrue(
          page.getElementById("l-1-3")
              .getTextContent()
              .contains("</td></tr><script>alert(3)</script> & \"quotes\" 'too'."));
      assertTrue(page.getElementById("audit").getTextContent().contains("onmouseover=alert(4)"));
    }
  }
}
