package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.internal.html.HtmlPage;
import io.github.wsisdata.parser.internal.page.MeetingPages;
import io.github.wsisdata.parser.testing.DateRangeArbitraries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jsoup.nodes.Entities;

/**
 * Fuzzing {@link WsisParser#parseText(CharSequence)}: generated pages (real entry lines,
 * paragraphs, headings, garbage, blank runs, mutated real lines) and arbitrary strings never make
 * it throw, every line is accounted for, nothing is printed, and each page finishes in bounded
 * time.
 */
class PageFuzzProperties {
  private static final long BOUND_NANOS = 10_000_000_000L;
  private static List<String> seedLines;

  @BeforeContainer
  static void readSeed() throws Exception {
    seedLines =
        Accounting.lines(Files.readString(SeedPageTest.SEED, StandardCharsets.UTF_8)).stream()
            .filter(l -> !l.isBlank())
            .toList();
  }

  /** The lines of the hand-written pages of every entry shape (bullets, titled lines, wrapped). */
  private static Arbitrary<String> shapeLines() {
    List<String> lines = new java.util.ArrayList<>();
    for (String name :
        List.of(
            "bullets.txt",
            "label-dash-place.txt",
            "city-country.txt",
            "several-ranges.txt",
            "title-date-place.txt",
            "date-title.txt",
            "connectors.txt",
            "brackets.txt",
            "wrapped.txt",
            "prose-only.txt")) {
      EntryShapesTest.text(name).lines().filter(l -> !l.isBlank()).forEach(lines::add);
    }
    return Arbitraries.of(lines);
  }

  private static Arbitrary<String> realLines() {
    return Arbitraries.of(seedLines);
  }

  private static Arbitrary<String> goLines() {
    return Arbitraries.of(seedLines.stream().filter(l -> l.startsWith("go ")).toList());
  }

  private static Arbitrary<String> mutatedGoLines() {
    return goLines().flatMap(DateRangeArbitraries::mutationsOf);
  }

  private static Arbitrary<String> headings() {
    return Arbitraries.of(
        " WSIS Thematic Meetings (chronological list)",
        "Other WSIS-related Meetings",
        "\u00A0Regional Meetings",
        " PrepCom-2");
  }

  private static Arbitrary<String> garbage() {
    return Arbitraries.strings().all().ofMaxLength(80);
  }

  private static Arbitrary<String> blankRuns() {
    return Arbitraries.of("", "\n", "\n\n", " \n\u00A0\n", "\r\n", "\r");
  }

  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> block =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, realLines()),
            net.jqwik.api.Tuple.of(3, mutatedGoLines()),
            net.jqwik.api.Tuple.of(3, shapeLines()),
            net.jqwik.api.Tuple.of(2, shapeLines().flatMap(DateRangeArbitraries::mutationsOf)),
            net.jqwik.api.Tuple.of(
                1,
                DateRangeArbitraries.frenchAndSpanish()
                    .map(r -> "• " + r.text() + ", Genève (Suisse), UIT - Réunion")),
            net.jqwik.api.Tuple.of(1, headings()),
            net.jqwik.api.Tuple.of(2, garbage()),
            net.jqwik.api.Tuple.of(2, blankRuns()),
            net.jqwik.api.Tuple.of(
                1,
                DateRangeArbitraries.rendered()
                    .map(r -> "go " + r.text() + ", Geneva (Switzerland), ITU - Generated")));
    return block.list().ofMaxSize(40).map(blocks -> String.join("\n", blocks));
  }

  /**
   * Found by the property below (seed -813991880088695090): a wrapped bullet entry whose line holds
   * no-break spaces is accounted for by its raw text, which the joined entry keeps.
   */
  @net.jqwik.api.Example
  void aWrappedEntryWithNoBreakSpacesIsAccountedFor() throws Exception {
    check(
        "go Outcomes of the Regional and Thematic Meetings\n"
            + "\ufffd".repeat(50)
            + "\n"
            + "Participants recognized that spam has become a major concern.\n"
            + "United Nations\u00a0\u00a0International Telecommunication Union\u00a0\u00a0\n"
            + "United Nations\u00a0\u00a0International Telecommunication Union\u00a0\u00a0\n"
            + "go Outcomes of the Regional and Thematic Meetings\n"
            + "go Outcomes of the Regional and Thematic Meetings\n"
            + "   \u00b7 10 November 2004, Berlin (Germany), CODATA - WSIS Session\n"
            + "\u00a0WSIS Thematic Meetings (chronological list)\n"
            + "go Outcomes of the Regional and Thematic Meetings\n"
            + "\u2022 du\u00a01er\u00a0au\u00a02\u00a0janvier\u00a01900, Gen\u00e8ve (Suisse), UIT - R\u00e9union\n"
            + "\u00a0WSIS Thematic Meetings (chronological list)");
  }

  @Property(tries = 300)
  void generatedPagesAreFullyAccountedFor(@ForAll("pages") String page) throws Exception {
    check(page);
  }

  @Property(tries = 1000)
  void arbitraryStringsAreFullyAccountedFor(@ForAll String text) throws Exception {
    check(text);
  }

  @Provide
  Arbitrary<String> mutatedPages() {
    return goLines()
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .flatMap(
            lines -> DateRangeArbitraries.mutationsOf(" Heading\n\n" + String.join("\n\n", lines)));
  }

  @Property(tries = 500)
  void mutatedRealLinesAreFullyAccountedFor(@ForAll("mutatedPages") String page) throws Exception {
    check(page);
  }

  /**
   * Issue 27: the quick test that skips a crawl's page unread ({@link MeetingPages}) never skips a
   * page the reader finds an entry (or an entry line it cannot read) in: as text, and as HTML laid
   * out in several ways, whose quick rendering gives the lines of the full one.
   */
  @Property(tries = 600)
  void theCrawlsQuickTestNeverSkipsAMeetingPage(@ForAll("pages") String page) throws Exception {
    WsisParser parser = WsisParser.builder().build();
    boolean meetings = WsisParser.parseText(page).isMeetingPage();
    boolean may = MeetingPages.linesMayHoldEntry(List.of(page), parser.maxLineLength());
    net.jqwik.api.statistics.Statistics.label("text")
        .collect(meetings ? "meeting page" : may ? "read, none" : "skipped");
    if (meetings) {
      assertTrue(may, page);
    }
  }

  @Property(tries = 400)
  void theCrawlsQuickTestNeverSkipsAMeetingPageInHtml(
      @ForAll("pages") String page,
      @ForAll("layouts") java.util.function.UnaryOperator<String> layout)
      throws Exception {
    WsisParser parser = WsisParser.builder().format(InputFormat.HTML).build();
    byte[] html = layout.apply(page).getBytes(StandardCharsets.UTF_8);
    assertEquals(
        HtmlPage.render(html, null).lines(), HtmlPage.lines(html, null), "the quick rendering");
    boolean meetings = parser.read(new java.io.ByteArrayInputStream(html)).isMeetingPage();
    boolean may = MeetingPages.htmlMayHoldEntry(html, null, parser.maxLineLength());
    net.jqwik.api.statistics.Statistics.label("html")
        .collect(meetings ? "meeting page" : may ? "read, none" : "skipped");
    if (meetings) {
      assertTrue(may, new String(html, StandardCharsets.UTF_8));
    }
  }

  /** Ways a page's lines stand in HTML: preformatted, paragraphs, breaks, list items, rows. */
  @Provide
  Arbitrary<java.util.function.UnaryOperator<String>> layouts() {
    return Arbitraries.of(
        page -> "<pre>" + Entities.escape(page) + "</pre>",
        page -> each(page, "<p>", "</p>\n"),
        page -> "<div>" + each(page, "", "<br>\n") + "</div>",
        page -> "<ul>" + each(page, "<li>", "\n") + "</ul>",
        page -> "<table>" + each(page, "<tr><td>", "</td></tr>\n") + "</table>",
        page ->
            each(
                page,
                "<p><b>",
                "</b><span style=\"display:none\">3 May 2005</span></p>"
                    + "<!-- 4 May 2005 -->\n"));
  }

  private static String each(String page, String before, String after) {
    StringBuilder html = new StringBuilder();
    for (String line : page.split("\\R", -1)) {
      html.append(before).append(Entities.escape(line)).append(after);
    }
    return html.toString();
  }

  private static void check(String page) throws Exception {
    WsisDocument[] doc = new WsisDocument[1];
    long start = System.nanoTime();
    String printed = SilenceTest.captured(() -> doc[0] = WsisParser.parseText(page));
    long took = System.nanoTime() - start;
    assertEquals("", printed);
    assertTrue(took < BOUND_NANOS, "took " + took / 1_000_000 + " ms");
    Accounting.check(page, doc[0]);
    // a meeting's dates come from its own line: the years of both ends are written on it
    for (Meeting m : doc[0].meetings()) {
      String line = m.source().rawText();
      assertTrue(line.contains(String.valueOf(m.dates().start().getYear())), line);
      assertTrue(line.contains(String.valueOf(m.dates().end().getYear())), line);
    }
  }

  /** Lines with the banner's or the footer's words, as they may stand in a description. */
  private static Arbitrary<String> frameLikePhrases() {
    return Arbitraries.of(
        "The workshop discussed copyright and related rights online.",
        "Copyright and licensing",
        "© the authors",
        "Privacy Notices",
        "Privacy notice",
        "Updated : 2008-08-18",
        "Updated: never",
        "agenda | report | photos",
        "Geneva | Tunis | online",
        "United Nations International Telecommunication Union",
        "the United Nations and the International Telecommunication Union met");
  }

  @Provide
  Arbitrary<String> pagesWithFrameWordsInside() {
    Arbitrary<String> part =
        Arbitraries.oneOf(
            Arbitraries.of("go 1 May 2005, Geneva, ITU - Meeting"),
            frameLikePhrases(),
            Arbitraries.of("Some description text", ""));
    return part.list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .map(
            parts ->
                "United Nations  International Telecommunication Union\n\ngo Title\n\n Heading\n\n"
                    + "Introduction words\n"
                    + String.join("\n", parts)
                    + "\n\ngo 2 May 2005, Geneva, ITU - Last\n\n"
                    + "basic | first phase | second phase\nPrivacy Notices\nUpdated : 2008-08-18\n");
  }

  /**
   * Banner and footer only at the page's edges: every word of a banner- or footer-like line inside
   * the page (before its last entry) survives in the records.
   */
  @Property(tries = 300)
  void frameWordsInsideThePageSurviveInTheRecords(
      @ForAll("pagesWithFrameWordsInside") String page) {
    WsisDocument doc = WsisParser.parseText(page);
    Accounting.check(page, doc);
    StringBuilder records = new StringBuilder();
    for (Section section : doc.sections()) {
      records.append(section.heading()).append(' ').append(section.introduction()).append(' ');
      section.entries().forEach(e -> records.append(e.description()).append(' '));
    }
    String body = page.substring(page.indexOf("Introduction words"), page.indexOf("go 2 May"));
    for (String line : body.split("\n")) {
      if (!line.isBlank() && !line.startsWith("go ")) {
        for (String word : line.trim().split("\\s+")) {
          assertTrue(records.indexOf(word) >= 0, "lost \"" + word + "\" of \"" + line + "\"");
        }
      }
    }
    assertEquals(java.util.Optional.of(java.time.LocalDate.of(2008, 8, 18)), doc.lastUpdated());
  }
}
