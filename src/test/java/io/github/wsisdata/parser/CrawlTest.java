package io.github.wsisdata.parser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wsisdata.parser.internal.page.MeetingPages;
import io.github.wsisdata.parser.testing.CrawlPages;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Issue 27, points 1 and 2: in a crawl only the meeting pages are read out; the others are skipped
 * and counted, those with no day number before they are rendered.
 */
class CrawlTest {
  @TempDir Path dir;

  @Test
  void aCrawlGivesOnlyItsMeetingPagesAndCountsTheRest() throws Exception {
    List<CrawlPages.Page> pages = CrawlPages.pages(200, 27);
    Path warc = dir.resolve("crawl.warc.gz");
    CrawlPages.write(pages, warc, true);
    List<URI> meetingPages = new ArrayList<>();
    int meetings = 0;
    List<String> skipped = new ArrayList<>();
    for (CrawlPages.Page p : pages) {
      if (p.kind() == CrawlPages.Kind.MEETINGS) {
        meetingPages.add(p.url());
        meetings += p.meetings();
      } else if (p.kind() != CrawlPages.Kind.IMAGE) {
        skipped.add(p.url().toString());
      }
    }
    assertEquals(20, meetingPages.size());
    assertEquals(170, skipped.size()); // 200 records: 20 meeting pages, 10 images

    List<Diagnostic> problems = new ArrayList<>();
    List<WsisDocument> docs;
    try (Stream<WsisDocument> read = WsisParser.builder().build().readWarc(warc, problems::add)) {
      docs = read.toList();
    }
    assertEquals(
        meetingPages,
        docs.stream().map(d -> d.sourceInfo().archiveRecord().orElseThrow().target()).toList());
    assertEquals(meetings, docs.stream().mapToInt(d -> d.meetings().size()).sum());
    assertTrue(docs.stream().allMatch(d -> d.diagnostics().isEmpty()), "no diagnostics");
    assertEquals(1, problems.size(), problems.toString());
    Diagnostic d = problems.get(0);
    assertEquals(DiagnosticCode.WARC_PAGES_SKIPPED, d.code());
    assertEquals(Severity.WARNING, d.severity());
    assertEquals(
        warc
            + ": 170 pages were not a WSIS meeting page (no entry) and skipped: "
            + String.join(", ", skipped.subList(0, 3))
            + " and 167 more",
        d.message());
  }

  @Test
  void pagesWithNoDayNumberAreSkippedBeforeTheyAreRendered() {
    for (CrawlPages.Page p : CrawlPages.pages(40, 5)) {
      boolean may = MeetingPages.mayHoldEntry(p.body(), true, StandardCharsets.UTF_8);
      switch (p.kind()) {
        case NO_DATE -> assertFalse(may, p.url().toString());
        case IMAGE -> {
          // not a page in an archive (its type says so); as a file, read and skipped below
        }
        default -> assertTrue(may, p.url().toString());
      }
    }
  }

  @Test
  void theDayTestNeverMissesADayHiddenByMarkup() {
    // every one of these may hold an entry: a day number in text, however it is written
    String[] may = {
      "<p>go 1 May 2005, Paris (France), UNESCO - X</p>",
      "<p><b>28</b>&nbsp;June 2005</p>",
      "<p>2<sup>nd</sup> of May</p>",
      "<p>&#49;&#50; May 2005</p>", // 12, as character references
      "<p>&#x33; May</p>",
      "<p title=don't>5 May 2005</p>", // an apostrophe in an unquoted value is no quote
      "<!--> 5 May 2005",
      "<!-- never closed 2005",
      "<script>var a = 1;",
      "<p>May 6</p>",
      "<p>2005-05-06</p>",
      "<p>21st May</p>",
      "a < 5 and b > 3",
      "<td>12</td><td>2005</td>"
    };
    for (String html : may) {
      assertTrue(
          MeetingPages.mayHoldEntry(html.getBytes(StandardCharsets.UTF_8), true, null), html);
    }
    // a go line needs no date; an image's alt text is shown; raw text shows its markup signs
    String[] shown = {
      "<p>go Outcomes of the Regional and Thematic Meetings</p>",
      "<p><img src=\"go.gif\" alt=\"go\"> Workshop</p>",
      "<p><b>g</b>o Workshop</p>",
      "<p>&#103;o Workshop</p>",
      "<p><img src=x.gif ALT = '12 May'></p>",
      "<p><area alt=7></p>",
      "<xmp><a 12></xmp>",
      "<plaintext><a 12>",
      "<svg><![CDATA[12 May]]></svg>",
      "<title><x 12></title>",
      "<p>text</p>go"
    };
    for (String html : shown) {
      assertTrue(
          MeetingPages.mayHoldEntry(html.getBytes(StandardCharsets.UTF_8), true, null), html);
    }
    assertTrue(
        MeetingPages.mayHoldEntry(
            "intro\ngo Outcomes\n".getBytes(StandardCharsets.US_ASCII),
            false,
            StandardCharsets.UTF_8));
    // none of these has a day number or a go word in its text
    String[] cannot = {
      "<p style=\"margin:12px\" data-n='34'>No date here</p>",
      "<script>var x = 12;</script><style>p{width:10px}</style><p>text</p>",
      "<!-- 12 May 2005 --><p>Updated in 2005</p>",
      "<p>&nbsp;&#8212;&#169; 2005 &amp; 123</p>",
      "<img src=\"go.gif\" width=\"12\"> <a href=\"/a/1.html\">About</a>",
      "<p>Let it gone, a good logo, ago, Google</p>",
      "<img alt=\"Logo\" data-alt=\"12\">"
    };
    for (String html : cannot) {
      assertFalse(
          MeetingPages.mayHoldEntry(html.getBytes(StandardCharsets.UTF_8), true, null), html);
    }
    // text: no markup to skip
    assertTrue(
        MeetingPages.mayHoldEntry(
            "<b a=\"12\">".getBytes(StandardCharsets.US_ASCII), false, StandardCharsets.UTF_8));
    assertFalse(
        MeetingPages.mayHoldEntry(
            "Copyright 2005, 123 pages".getBytes(StandardCharsets.US_ASCII),
            false,
            StandardCharsets.UTF_8));
    // bytes in a charset that does not write digits as ASCII does: always read
    assertTrue(
        MeetingPages.mayHoldEntry(
            "text".getBytes(StandardCharsets.UTF_16BE), true, StandardCharsets.UTF_16BE));
    assertTrue(
        MeetingPages.mayHoldEntry(
            "\u00fe\u00fftext".getBytes(StandardCharsets.ISO_8859_1), true, null));
  }

  /**
   * Issue 27, point 2: every way the reader finds an entry passes the quick tests, as text and as
   * HTML; pages with dates only in prose, in long paragraphs, in a footer's update line or in
   * tables of figures are skipped by them.
   */
  @Test
  void theQuickTestsKeepEveryShapeOfEntryAndSkipDatedProse() throws Exception {
    int max = WsisParser.builder().build().maxLineLength();
    String[] kept = {
      "Events\n\ngo Outcomes of the Regional and Thematic Meetings", // a link: an entry
      "go 31 February 2005, Paris, UNESCO - X", // an entry line with an error
      "Events\n\n\u2022 12 Foo 2005, Geneva (Switzerland), ITU - Workshop", // unknown month
      "Events\n\n12/05/2005, Geneva (Switzerland), ITU - Workshop on Spam",
      "Events\n\n12-14 May 2005\nWorkshop on Spam\nGeneva (Switzerland)\n\nMore text.",
      "Events\n\nWorkshop on Spam\n12-14 May 2005, Geneva (Switzerland)\n\nMore text.",
      "Events\n\n12-14 May 2005, Geneva (Switzerland), ITU - Workshop on "
          + "the exchange of experience ".repeat(10)
    };
    for (String page : kept) {
      assertTrue(WsisParser.parseText(page).isMeetingPage(), page);
      byte[] text = page.getBytes(StandardCharsets.UTF_8);
      assertTrue(MeetingPages.mayHoldEntry(text, false, StandardCharsets.UTF_8), page);
      assertTrue(MeetingPages.linesMayHoldEntry(List.of(page), max), page);
      byte[] pre = ("<pre>" + org.jsoup.nodes.Entities.escape(page) + "</pre>").getBytes(UTF_8);
      assertTrue(MeetingPages.htmlMayHoldEntry(pre, null, max), page);
    }
    String prose = "On 12 May 2005 the council met, " + "and the sector members study ".repeat(8);
    String[] skipped = {
      "<h1>News</h1><p>" + prose + ".</p><p>" + prose + ".</p>",
      "<table><tr><td>SG 12</td><td>Q.3/5</td><td>245</td><td>2003</td></tr></table>",
      "<h2>Press release</h2><p>" + prose + "</p><p>Updated : 2008-08-18</p>",
      "<p>Updated : 2008-08-18</p><p>\u00a9 ITU 2006 | Contact us | Site map</p>"
    };
    for (String html : skipped) {
      assertFalse(MeetingPages.htmlMayHoldEntry(html.getBytes(UTF_8), null, max), html);
      assertFalse(
          WsisParser.builder()
              .format(InputFormat.HTML)
              .build()
              .read(new java.io.ByteArrayInputStream(html.getBytes(UTF_8)))
              .isMeetingPage(),
          html);
    }
    // a crawl's ordinary pages and press releases are skipped by the quick tests, meeting pages
    // kept
    for (CrawlPages.Page p : CrawlPages.pages(60, 11)) {
      if (p.kind() != CrawlPages.Kind.IMAGE) {
        assertEquals(
            p.kind() == CrawlPages.Kind.MEETINGS,
            MeetingPages.htmlMayHoldEntry(p.body(), UTF_8, max),
            p.url().toString());
      }
    }
  }

  /** The quick layout of a page is the full one's lines, without their positions. */
  @Test
  void theQuickLayoutGivesTheLinesOfTheFullOne() throws Exception {
    List<byte[]> pages = new ArrayList<>();
    CrawlPages.pages(30, 8).stream()
        .filter(p -> p.kind() != CrawlPages.Kind.IMAGE)
        .forEach(p -> pages.add(p.body()));
    pages.add(
        Files.readAllBytes(Path.of("src/test/resources/html/regional-2005-windows-1252.html")));
    pages.add(("<body hidden><p>12 May 2005</p></body>").getBytes(UTF_8));
    pages.add(
        ("<p>a<!-- BEGIN WAYBACK TOOLBAR INSERT --><p>toolbar 12<!-- END WAYBACK TOOLBAR INSERT -->"
                + "<p style='display:none'>hidden</p><ul><li>go 1 May 2005, Paris<li><b>Bold</b>"
                + "</ul><pre>a\r\nb\rc</pre><table><tr><td>1<td>2</table><img alt=' 3 May '>")
            .getBytes(UTF_8));
    for (byte[] page : pages) {
      assertEquals(
          io.github.wsisdata.parser.internal.html.HtmlPage.render(page, null).lines(),
          io.github.wsisdata.parser.internal.html.HtmlPage.lines(page, null));
    }
  }

  /**
   * Real pages, typed by hand: every page whose records list no entry (press releases, newsletters,
   * pages whose dates are all in prose) is skipped in a crawl; every page that lists one is kept,
   * but for the two whose dated lines the parser does not read yet (known-gaps.txt), which have no
   * entry and are skipped with the rest.
   */
  @Test
  void realPagesWithNoEntryAreSkippedAndTheOthersKept() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Path real = Path.of("src/test/resources/real");
    List<String> names;
    try (Stream<Path> files = Files.list(real)) {
      names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".txt") && !n.equals("known-gaps.txt"))
              .map(n -> n.substring(0, n.length() - 4))
              .sorted()
              .toList();
    }
    List<String> unreadYet = List.of("fome-eflash-26", "unesco-tunis-phase");
    List<String> expected = new ArrayList<>();
    Path warc = dir.resolve("real.warc");
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, CREATE_WRITE))) {
      for (String name : names) {
        JsonNode typed = mapper.readTree(real.resolve(name + ".json").toFile());
        int entries = 0;
        for (JsonNode section : typed.get("sections")) {
          entries += section.get("entries").size();
        }
        if (entries > 0 && !unreadYet.contains(name)) {
          expected.add(name);
        }
        writer.write(
            new WarcResource.Builder(URI.create("http://example.org/" + name))
                .date(Instant.parse("2006-01-01T00:00:00Z"))
                .body(
                    MediaType.parse("text/plain; charset=utf-8"),
                    Files.readAllBytes(real.resolve(name + ".txt")))
                .build());
      }
    }
    assertEquals(37, names.size());
    assertEquals(16, expected.size());
    List<String> kept;
    try (Stream<WsisDocument> read = WsisParser.builder().build().readWarc(warc, p -> {})) {
      kept =
          read.map(
                  d -> d.sourceInfo().archiveRecord().orElseThrow().target().getPath().substring(1))
              .toList();
    }
    assertEquals(expected, kept);
    for (String name : unreadYet) {
      WsisDocument alone = WsisParser.parse(real.resolve(name + ".txt"));
      assertFalse(alone.isMeetingPage(), name);
      assertFalse(alone.unreadLines().isEmpty(), name + ": its dated lines are reported alone");
    }
  }

  private static final java.nio.file.OpenOption[] CREATE_WRITE = {
    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE
  };

  @Test
  void aMeetingPageHasAnEntryOrAnError() throws Exception {
    assertTrue(WsisParser.parseText("go 1 May 2005, Paris (France), UNESCO - X\n").isMeetingPage());
    assertTrue(WsisParser.parseText("go 31 February 2005, Paris, UNESCO - X\n").isMeetingPage());
    // an error about bytes is no entry line
    WsisDocument binary =
        WsisParser.builder()
            .build()
            .read(new java.io.ByteArrayInputStream(new byte[] {'a', (byte) 0xC3, 'b', '\n'}));
    assertTrue(
        binary.diagnostics().stream()
            .anyMatch(
                d -> d.severity() == Severity.ERROR && d.code() == DiagnosticCode.MALFORMED_UTF8),
        binary.diagnostics().toString());
    assertFalse(binary.isMeetingPage());
    assertFalse(
        WsisParser.parseText(
                "World Summit on the Information Society\n\nPress Release\n\n"
                    + "Geneva, 15 September 2005 - The meeting opens on 19 September 2005.\n\n"
                    + "Updated : 2005-09-15\n")
            .isMeetingPage());
  }

  @Test
  void readMeetingPageSkipsAPageFileThatIsNoMeetingPage() throws Exception {
    WsisParser parser = WsisParser.builder().build();
    List<CrawlPages.Page> pages = CrawlPages.pages(10, 3);
    for (CrawlPages.Page p : pages) {
      Path file = dir.resolve(Path.of(p.url().getPath()).getFileName().toString());
      Files.write(file, p.body());
      assertEquals(
          p.kind() == CrawlPages.Kind.MEETINGS,
          parser.readMeetingPage(file).isPresent(),
          p.url().toString());
    }
    Path seed = Path.of("seeds", "wsis-regional-and-thematic-meetings.txt");
    assertEquals(
        WsisParser.parse(seed).meetings(), parser.readMeetingPage(seed).orElseThrow().meetings());
  }
}
