package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archived HTML pages read to the same records as their text versions. */
class HtmlInputTest {
  private static final Path HTML = Path.of("src/test/resources/html");
  private static final Path SEED = Path.of("seeds", "wsis-regional-and-thematic-meetings.txt");

  @TempDir Path dir;

  /** What a record says, without where it was found (lines differ between HTML and text). */
  static List<String> records(WsisDocument doc) {
    List<String> out = new ArrayList<>();
    for (Section s : doc.sections()) {
      out.add("SECTION " + s.heading() + " | " + s.introduction());
      for (Entry e : s.entries()) {
        if (e instanceof Meeting m) {
          out.add(
              "MEETING "
                  + m.dates()
                  + " | "
                  + m.place()
                  + " | "
                  + m.organizers()
                  + " | "
                  + m.title()
                  + " | "
                  + m.notes()
                  + " | "
                  + m.description());
        } else if (e instanceof CrossReference c) {
          out.add("REF " + c.dates() + " | " + c.note() + " | " + c.description());
        } else {
          Link l = (Link) e;
          out.add("LINK " + l.text() + " | " + l.description());
        }
      }
    }
    out.add("TITLE " + doc.title() + " UPDATED " + doc.lastUpdated());
    return out;
  }

  @Test
  void aTableLayoutPageInWindows1252ReadsAsItsTextVersion() throws Exception {
    Path page = HTML.resolve("regional-2005-windows-1252.html");
    // the bytes are windows-1252 (curly quotes 0x93 0x94) and the page says iso-8859-1
    byte[] bytes = Files.readAllBytes(page);
    assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("\u0093Bamako"));
    assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("charset=iso-8859-1"));

    WsisDocument html = WsisParser.parse(page);
    WsisDocument text = WsisParser.parse(HTML.resolve("regional-2005.txt"));

    assertEquals(records(text), records(html));
    assertEquals(3, html.meetings().size());
    Meeting bamako = html.meetings().get(0);
    assertEquals("Bamako 2002 Regional Conference: Africa", bamako.title());
    assertEquals(
        "The conference adopted the \u201cBamako Declaration\u201d, Africa\u2019s contribution to"
            + " the Summit. Declaration (PDF)",
        bamako.description());
    // the line and column of the go image in the HTML source; the raw text is the rendered line
    assertEquals(16, bamako.line());
    assertEquals(18, bamako.source().startColumn());
    assertEquals(
        "go 14-16 January 2004, Bamako (Mali), Government of Mali - Bamako 2002 Regional"
            + " Conference: Africa",
        bamako.rawText());
    // the links of the line and of the description, as written (the page names no base)
    assertEquals(
        List.of(
            new Hyperlink(
                "Bamako 2002 Regional Conference: Africa",
                URI.create("/wsis/preparatory2/africa/bamako.html")),
            new Hyperlink(
                "Declaration (PDF)",
                URI.create("/dms_pub/itu-s/md/03/wsispc2/doc/S03-WSISPC2-DOC-0005!!PDF-E.pdf"))),
        bamako.links());
    assertEquals(List.of(), html.meetings().get(1).links());
    assertEquals(
        new SourceInfo(
            InputFormat.HTML,
            "windows-1252",
            Optional.of("ITU - WSIS Regional Meetings"),
            Optional.empty(),
            Optional.empty()),
        html.sourceInfo());
    assertEquals(SourceInfo.UTF8_TEXT, text.sourceInfo());
  }

  @Test
  void aBaseUriMakesRelativeLinksAbsolute() throws Exception {
    WsisDocument html =
        WsisParser.builder()
            .baseUri(URI.create("http://www.itu.int/wsis/"))
            .build()
            .read(HTML.resolve("regional-2005-windows-1252.html"));
    assertEquals(
        URI.create("http://www.itu.int/wsis/preparatory2/africa/bamako.html"),
        html.meetings().get(0).links().get(0).target());
  }

  /** The same page as the Wayback Machine serves it: toolbar, scripts, rewritten URLs. */
  static String wayback(String page) {
    String toolbar =
        "<script src=\"//archive.org/includes/athena.js\"></script>\n"
            + "<script type=\"text/javascript\">window.RufflePlayer=window.RufflePlayer||{};</script>\n"
            + "<script src=\"/_static/js/wombat.js?v=cb2e45a\"></script>\n"
            + "<script>__wm.wombat(\"http://www.itu.int/wsis/preparatory2/regional.html\","
            + "\"20050612083015\",\"https://web.archive.org/\",\"web\",\"/_static/\");</script>\n"
            + "<link rel=\"stylesheet\" href=\"/_static/css/banner-styles.css?v=S1zqJCYt\">\n";
    String insert =
        "<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n"
            + "<div id=\"wm-ipp-base\" lang=\"en\" style=\"display:none;direction:ltr;\">\n"
            + "<div id=\"wm-ipp\"><table><tr><td>go 1 May 2005, Geneva, ITU - Toolbar text</td>"
            + "</tr><tr><td>35 captures 12 Jun 2005 - 10 Jul 2015</td></tr></table></div></div>\n"
            + "<div id=\"donato\">Donate 12 June 2005</div>\n"
            + "<!-- END WAYBACK TOOLBAR INSERT -->\n";
    String rewritten =
        page.replace("<HEAD>", "<HEAD>\n" + toolbar)
            .replace("<BODY bgcolor=\"#FFFFFF\">", "<BODY bgcolor=\"#FFFFFF\">\n" + insert)
            .replace("href=\"/wsis/", "href=\"/web/20050612083015/http://www.itu.int/wsis/")
            .replace(
                "href=\"/dms_pub/",
                "href=\"https://web.archive.org/web/20050612083015/http://www.itu.int/dms_pub/")
            .replace("src=\"/images/", "src=\"/web/20050612083015im_/http://www.itu.int/images/");
    return rewritten
        + "<!--\n     FILE ARCHIVED ON 08:30:15 Jun 12, 2005 AND RETRIEVED FROM THE\n"
        + "     INTERNET ARCHIVE ON 18:02:11 Nov 29, 2026.\n-->\n";
  }

  @Test
  void aWaybackCopyReadsAsThePageWithOriginalUrls() throws Exception {
    String original =
        new String(
            Files.readAllBytes(HTML.resolve("regional-2005-windows-1252.html")),
            Charset.forName("windows-1252"));
    Path copy =
        Files.write(
            dir.resolve("regional.html"),
            wayback(original).getBytes(Charset.forName("windows-1252")));
    WsisDocument archived = WsisParser.parse(copy);
    WsisDocument text = WsisParser.parse(HTML.resolve("regional-2005.txt"));

    assertEquals(records(text), records(archived));
    assertEquals(
        Optional.of(URI.create("http://www.itu.int/wsis/preparatory2/regional.html")),
        archived.sourceInfo().originalUrl());
    assertEquals(
        Optional.of(LocalDateTime.of(2005, 6, 12, 8, 30, 15)), archived.sourceInfo().captured());
    assertEquals(
        List.of(
            URI.create("http://www.itu.int/wsis/preparatory2/africa/bamako.html"),
            URI.create(
                "http://www.itu.int/dms_pub/itu-s/md/03/wsispc2/doc/S03-WSISPC2-DOC-0005!!PDF-E.pdf")),
        archived.meetings().get(0).links().stream().map(Hyperlink::target).toList());
    assertTrue(archived.diagnostics().isEmpty(), archived.diagnostics().toString());
  }

  @Test
  void anOlderWaybackCopyNamesTheArchivedPageAsItsBase() throws Exception {
    String page =
        "<HTML><HEAD><BASE HREF=\"http://web.archive.org/web/20050301102030/"
            + "http://www.itu.int/wsis/index.html\"></HEAD><BODY>\n<H3>Meetings</H3>\n"
            + "<P><IMG SRC=\"go.gif\" ALT=\"go\"> 1-2 May 2005, Geneva (Switzerland), ITU -"
            + " <A HREF=\"docs/report.pdf\">A meeting</A></P>\n</BODY></HTML>\n";
    WsisDocument doc =
        WsisParser.builder()
            .build()
            .read(new ByteArrayInputStream(page.getBytes(StandardCharsets.US_ASCII)));
    assertEquals(
        Optional.of(URI.create("http://www.itu.int/wsis/index.html")),
        doc.sourceInfo().originalUrl());
    assertEquals(
        Optional.of(LocalDateTime.of(2005, 3, 1, 10, 20, 30)), doc.sourceInfo().captured());
    assertEquals(
        List.of(new Hyperlink("A meeting", URI.create("http://www.itu.int/wsis/docs/report.pdf"))),
        doc.meetings().get(0).links());
  }

  @Test
  void listItemsAreBulletsAndTwoBreaksLeaveABlankLine() throws Exception {
    String page =
        "<html><body><h3>Regional meetings</h3>\n<ul>\n"
            + "<li>14-16 January 2004, Bamako (Mali), Government of Mali - Bamako Conference</li>\n"
            + "<li><a href=\"/wsis/\">About WSIS</a></li>\n"
            + "<li><img alt=\"go\"> 29-31 May 2005, Accra (Ghana), UNECA - Accra Conference</li>\n"
            + "</ul>\n<h3>Thematic meetings</h3>\n<table><tr><td><img alt=\"go\"></td><td>"
            + "<b>1-2 May 2005</b>, Geneva (Switzerland), ITU - A meeting<br><br>Its description."
            + "</td></tr></table></body></html>";
    WsisDocument doc =
        WsisParser.builder()
            .build()
            .read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        List.of("Bamako Conference", "Accra Conference", "A meeting"),
        doc.meetings().stream().map(Meeting::title).toList());
    assertEquals("Its description.", doc.meetings().get(2).description());
    assertEquals(
        "\u2022 14-16 January 2004, Bamako (Mali), Government of Mali - Bamako Conference",
        doc.meetings().get(0).rawText());
    assertTrue(doc.diagnostics(Severity.ERROR).isEmpty(), doc.diagnostics().toString());
  }

  @Test
  void linkEntriesCarryTheirTarget() throws Exception {
    String page =
        "<html><body><p><img alt=go> <a href=\"/wsis/\">WSIS home</a></p>\n<h3>Meetings</h3>\n"
            + "<p><img alt=go> 1-2 May 2005, Geneva (Switzerland), ITU - A meeting</p>\n"
            + "<p><img alt=go> <a href=\"/wsis/past.html\">Past meetings</a></p>\n</body></html>";
    WsisDocument doc =
        WsisParser.builder()
            .baseUri(URI.create("http://www.itu.int/"))
            .build()
            .read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    Link link = (Link) doc.entries().get(1);
    assertEquals("Past meetings", link.text());
    assertEquals(Optional.of(URI.create("http://www.itu.int/wsis/past.html")), link.target());
    assertEquals(List.of(), doc.entries().get(0).links());
  }

  /** The bundled page as HTML: one element per text line, so HTML line = a known line. */
  static String toHtml(List<String> lines) {
    StringBuilder html =
        new StringBuilder(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>WSIS</title></head>\n"
                + "<body>\n");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String escaped = line.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      boolean blankAround =
          (i == 0 || lines.get(i - 1).isBlank())
              && (i + 1 == lines.size() || lines.get(i + 1).isBlank());
      if (line.isBlank()) {
        html.append('\n');
      } else if (line.startsWith("go ")) {
        html.append("<p><img src=\"go.gif\" alt=\"go\"> ").append(escaped.substring(3));
        html.append("</p>\n");
      } else if ((line.startsWith(" ") || line.startsWith("\u00a0")) && blankAround && i > 2) {
        // the text page indents its headings (with no-break spaces): an HTML heading
        html.append("<h3>").append(escaped).append("</h3>\n");
      } else {
        html.append("<p>").append(escaped).append("</p>\n");
      }
    }
    return html.append("</body></html>\n").toString();
  }

  @Test
  void theBundledPageAsHtmlGivesTheSameRecordsWithHtmlLines() throws Exception {
    List<String> lines = Files.readAllLines(SEED);
    String html = toHtml(lines);
    Path page = Files.writeString(dir.resolve("bundled.html"), html);
    WsisDocument fromHtml = WsisParser.parse(page);
    WsisDocument fromText = WsisParser.parse(SEED);

    assertEquals(records(fromText), records(fromHtml));
    assertEquals(fromText.entries().size(), fromHtml.entries().size());
    List<String> htmlLines = html.lines().toList();
    for (int i = 0; i < fromHtml.entries().size(); i++) {
      Entry h = fromHtml.entries().get(i);
      Entry t = fromText.entries().get(i);
      // the HTML line holds the entry's text; with the header lines, it is the text line + 3
      assertEquals(t.line() + 3, h.line(), h.rawText());
      String source = htmlLines.get(h.line() - 1);
      assertTrue(source.startsWith("<p><img"), source);
      assertEquals(4, h.source().startColumn(), "the column of the go image");
    }
  }

  @Test
  void htmlIsToldByContentAndNameAndTheFormatOptionDecides() throws Exception {
    String page =
        "<html><body><h3>Meetings</h3><p><img alt=\"go\"> 1-2 May 2005, Geneva (Switzerland),"
            + " ITU - A meeting</p></body></html>\n";
    Path txt = Files.writeString(dir.resolve("page.txt"), page);
    assertEquals(1, WsisParser.parse(txt).meetings().size(), "content says HTML");
    assertEquals(InputFormat.HTML, WsisParser.parse(txt).sourceInfo().format());

    Path htm = Files.writeString(dir.resolve("page.htm"), page.replace("<html>", ""));
    assertEquals(InputFormat.HTML, WsisParser.parse(htm).sourceInfo().format());

    WsisDocument asText = WsisParser.builder().format(InputFormat.TEXT).build().read(txt);
    assertEquals(0, asText.meetings().size());
    assertEquals(InputFormat.TEXT, asText.sourceInfo().format());

    Path plain = Files.writeString(dir.resolve("plain.txt"), "x < y and a <b> c\n");
    assertEquals(
        InputFormat.HTML,
        WsisParser.builder().format(InputFormat.HTML).build().read(plain).sourceInfo().format());
    assertEquals(InputFormat.TEXT, WsisParser.parse(plain).sourceInfo().format());

    // a stream, and the entry stream
    WsisParser parser = WsisParser.builder().build();
    WsisDocument fromStream =
        parser.read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, fromStream.meetings().size());
    try (Stream<Entry> entries =
        parser.stream(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), d -> {})) {
      assertEquals(1, entries.filter(e -> e instanceof Meeting).count());
    }
  }

  @Test
  void charsetsAsBrowsersDecodeThem() throws Exception {
    String page =
        "<p><img alt=\"go\"> 1-2 May 2005, Gen\u00e8ve (Suisse), UIT - R\u00e9union d\u2019experts"
            + " \u2013 \u00e9t\u00e9</p><p>x</p>\n";
    String title = "R\u00e9union d\u2019experts \u2013 \u00e9t\u00e9";
    // no meta, valid UTF-8: UTF-8
    assertEquals(title, titleOf(page.getBytes(StandardCharsets.UTF_8)));
    // no meta, not UTF-8: windows-1252
    assertEquals(title, titleOf(page.getBytes(Charset.forName("windows-1252"))));
    // a byte order mark wins over the meta
    ByteArrayOutputStream bom = new ByteArrayOutputStream();
    bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bom.write(("<meta charset=\"iso-8859-1\">" + page).getBytes(StandardCharsets.UTF_8));
    assertEquals(title, titleOf(bom.toByteArray()));
    // the meta, when there is no byte order mark; iso-8859-1 read as windows-1252
    assertEquals(
        title,
        titleOf(
            ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">" + page)
                .getBytes(Charset.forName("windows-1252"))));
    assertEquals(
        title, titleOf(("<meta charset=\"utf-8\">" + page).getBytes(StandardCharsets.UTF_8)));
  }

  private static String titleOf(byte[] bytes) throws Exception {
    WsisDocument doc = WsisParser.builder().build().read(new ByteArrayInputStream(bytes));
    assertEquals(1, doc.meetings().size(), doc.diagnostics().toString());
    return doc.meetings().get(0).title();
  }

  @Test
  void textInAnotherCharsetWithTheCharsetOption() throws Exception {
    String page = " Meetings\n\ngo 1-2 May 2005, Gen\u00e8ve (Suisse), UIT - R\u00e9union\n";
    Path latin =
        Files.write(dir.resolve("latin.txt"), page.getBytes(Charset.forName("windows-1252")));
    WsisDocument lenient = WsisParser.parse(latin);
    assertFalse(lenient.diagnostics(Severity.ERROR).isEmpty(), "malformed UTF-8 is reported");
    WsisDocument decoded =
        WsisParser.builder().charset(Charset.forName("windows-1252")).build().read(latin);
    assertEquals("R\u00e9union", decoded.meetings().get(0).title());
    assertEquals("windows-1252", decoded.sourceInfo().charset());
  }

  @Test
  void brokenMarkupParsesAsBrowsersParseIt() throws Exception {
    String page =
        "<html><body><table><tr><td><img alt=go><td><font size=2><b>1-2 May 2005</b>, Geneva"
            + " (Switzerland), ITU - <a href=x.html>Broken markup meeting<tr><td><td>Its"
            + " description<p><img alt=go> 3 May 2005, Tunis (Tunisia), ITU - Second";
    WsisDocument doc =
        WsisParser.builder()
            .format(InputFormat.HTML)
            .build()
            .read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        List.of("Broken markup meeting", "Second"),
        doc.meetings().stream().map(Meeting::title).toList());
    assertEquals("Its description", doc.meetings().get(0).description());
  }

  @Test
  void aPdfOrBinaryFileIsNotAPageAndGivesNoRecords() throws Exception {
    byte[] pdf =
        "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("report.pdf"), pdf);
    WsisDocument doc = WsisParser.parse(file);
    assertEquals(0, doc.entries().size());
    assertTrue(
        doc.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.NOT_A_WSIS_PAGE),
        doc.diagnostics().toString());
  }

  @Test
  void deepNestingAndTheSizeLimitHoldForHtml() throws Exception {
    String deep = "<div>".repeat(100_000) + "<p><img alt=go> 1-2 May 2005, Geneva, ITU - Deep</p>";
    WsisDocument doc =
        WsisParser.builder()
            .format(InputFormat.HTML)
            .build()
            .read(new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("Deep"), doc.meetings().stream().map(Meeting::title).toList());
    WsisParser small = WsisParser.builder().maxInputSize(1000).format(InputFormat.HTML).build();
    WsisParseException tooLarge =
        org.junit.jupiter.api.Assertions.assertThrows(
            WsisParseException.class,
            () -> small.read(new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8))));
    assertEquals(DiagnosticCode.INPUT_TOO_LARGE, tooLarge.diagnostics().get(0).code());
  }
}
