package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Web archives written by the test with jwarc's writer, read back page by page. */
public class WarcInputTest {
  /** Public for the crawl the command line's tests share. */
  public WarcInputTest() {
    // JUnit makes one per test
  }

  static final Path SEED = Path.of("seeds", "wsis-regional-and-thematic-meetings.txt");
  static final Path HTML = Path.of("src/test/resources/html/regional-2005-windows-1252.html");
  static final Instant JUNE_2005 = Instant.parse("2005-06-12T08:30:15Z");
  static final Instant AUGUST_2008 = Instant.parse("2008-08-20T10:00:00Z");

  @TempDir Path dir;

  /**
   * A small crawl: the bundled page as text, the windows-1252 HTML page as an HTTP response (gzip
   * content encoding), an image, and a page that is not a WSIS meeting page.
   */
  public static Path crawl(Path file, boolean gzip) throws Exception {
    WarcCompression compression = gzip ? WarcCompression.GZIP : WarcCompression.NONE;
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            compression)) {
      writer.write(
          new WarcResource.Builder(URI.create("http://www.itu.int/wsis/meetings.txt"))
              .date(AUGUST_2008)
              .body(MediaType.parse("text/plain; charset=utf-8"), Files.readAllBytes(SEED))
              .build());
      ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(gzipped)) {
        gz.write(Files.readAllBytes(HTML));
      }
      writer.write(
          new WarcResponse.Builder(URI.create("http://www.itu.int/wsis/preparatory2/regional.html"))
              .date(JUNE_2005)
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .addHeader("Content-Encoding", "gzip")
                      .body(
                          MediaType.parse("text/html; charset=windows-1252"), gzipped.toByteArray())
                      .build())
              .build());
      writer.write(
          new WarcResponse.Builder(URI.create("http://www.itu.int/images/go.gif"))
              .date(JUNE_2005)
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.parse("image/gif"), new byte[] {'G', 'I', 'F', '8', '9', 'a'})
                      .build())
              .build());
      writer.write(
          new WarcResponse.Builder(URI.create("http://www.itu.int/about.html"))
              .date(JUNE_2005)
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(
                          MediaType.parse("text/html"),
                          "<html><body><p>About the ITU.</p></body></html>"
                              .getBytes(StandardCharsets.UTF_8))
                      .build())
              .build());
    }
    return file;
  }

  @Test
  void everyWsisPageOfAGzippedCrawlIsADocumentWithItsRecord() throws Exception {
    Path warc = crawl(dir.resolve("crawl.warc.gz"), true);
    assertTrue(Files.size(warc) < 20_000, "a few kilobytes");
    List<Diagnostic> problems = new ArrayList<>();
    List<WsisDocument> pages;
    try (Stream<WsisDocument> stream = WsisParser.builder().build().readWarc(warc, problems::add)) {
      pages = stream.toList();
    }
    assertEquals(2, pages.size());
    WsisDocument text = pages.get(0);
    WsisDocument html = pages.get(1);
    assertEquals(WsisParser.parse(SEED).meetings(), text.meetings());
    assertEquals(HtmlInputTest.records(WsisParser.parse(HTML)), HtmlInputTest.records(html));

    ArchiveRecord first = text.sourceInfo().archiveRecord().orElseThrow();
    assertEquals(warc.toString(), first.file());
    assertEquals(0, first.offset());
    assertEquals(URI.create("http://www.itu.int/wsis/meetings.txt"), first.target());
    assertEquals(AUGUST_2008, first.date());
    ArchiveRecord second = html.sourceInfo().archiveRecord().orElseThrow();
    assertTrue(second.offset() > 0);
    assertEquals(
        Optional.of(URI.create("http://www.itu.int/wsis/preparatory2/regional.html")),
        html.sourceInfo().originalUrl());
    assertEquals(
        Optional.of(LocalDateTime.of(2005, 6, 12, 8, 30, 15)), html.sourceInfo().captured());
    assertEquals("windows-1252", html.sourceInfo().charset());
    // links resolved against the record's target
    assertEquals(
        URI.create("http://www.itu.int/wsis/preparatory2/africa/bamako.html"),
        html.meetings().get(0).links().get(0).target());
    // the offset finds the record again
    try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(warc)) {
      reader.position(second.offset());
      assertEquals(
          "http://www.itu.int/wsis/preparatory2/regional.html",
          ((WarcResponse) reader.next().orElseThrow()).target());
    }
    // the About page is skipped and counted; the image is no page at all
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(DiagnosticCode.WARC_PAGES_SKIPPED, problems.get(0).code());
    assertEquals(
        warc
            + ": 1 page was not a WSIS meeting page (no entry) and skipped:"
            + " http://www.itu.int/about.html",
        problems.get(0).message());
  }

  @Test
  void anUncompressedCrawlGivesTheSamePages() throws Exception {
    Path plain = crawl(dir.resolve("crawl.warc"), false);
    Path gz = crawl(dir.resolve("crawl.warc.gz"), true);
    WsisParser parser = WsisParser.builder().build();
    try (Stream<WsisDocument> a = parser.readWarc(plain, d -> {});
        Stream<WsisDocument> b = parser.readWarc(gz, d -> {})) {
      assertEquals(a.map(WsisDocument::sections).toList(), b.map(WsisDocument::sections).toList());
    }
  }

  @Test
  void aTruncatedRecordIsAnErrorNamingFileAndOffsetAndEarlierPagesStay() throws Exception {
    Path whole = crawl(dir.resolve("whole.warc"), false);
    byte[] bytes = Files.readAllBytes(whole);
    List<Long> offsets = new ArrayList<>();
    try (Stream<WsisDocument> pages = WsisParser.builder().build().readWarc(whole, d -> {})) {
      pages.forEach(p -> offsets.add(p.sourceInfo().archiveRecord().orElseThrow().offset()));
    }
    // cut in the middle of the second record (the HTML page)
    int cut = (int) (offsets.get(1) + 300);
    Path truncated = Files.write(dir.resolve("cut.warc"), java.util.Arrays.copyOf(bytes, cut));
    List<Diagnostic> problems = new ArrayList<>();
    List<WsisDocument> pages;
    try (Stream<WsisDocument> stream =
        WsisParser.builder().build().readWarc(truncated, problems::add)) {
      pages = stream.toList();
    }
    assertEquals(1, pages.size(), "the page before the cut");
    assertEquals(28, pages.get(0).meetings().size());
    assertEquals(1, problems.size(), problems.toString());
    Diagnostic error = problems.get(0);
    assertEquals(Severity.ERROR, error.severity());
    assertEquals(DiagnosticCode.WARC_RECORD_UNREADABLE, error.code());
    assertTrue(
        error.message().startsWith(truncated + ": the record at byte offset " + offsets.get(1)),
        error.message());
  }

  @Test
  void aCorruptRecordIsSkippedAndReadingGoesOnWithTheNext() throws Exception {
    for (boolean gzip : new boolean[] {false, true}) {
      Path warc = crawl(dir.resolve(gzip ? "broken.warc.gz" : "broken.warc"), gzip);
      byte[] bytes = Files.readAllBytes(warc);
      // break the first record: its header (plain) or its compressed data (gzip)
      int at = gzip ? 200 : 0;
      for (int i = at; i < at + 8; i++) {
        bytes[i] = (byte) (bytes[i] ^ 0x5a);
      }
      Files.write(warc, bytes);
      List<Diagnostic> problems = new ArrayList<>();
      List<WsisDocument> pages;
      try (Stream<WsisDocument> stream =
          WsisParser.builder().build().readWarc(warc, problems::add)) {
        pages = stream.toList();
      }
      assertEquals(1, pages.size(), "the HTML page after the broken one: " + problems);
      assertEquals(3, pages.get(0).meetings().size());
      long resumed = pages.get(0).sourceInfo().archiveRecord().orElseThrow().offset();
      Diagnostic error = problems.get(0);
      assertEquals(DiagnosticCode.WARC_RECORD_UNREADABLE, error.code());
      assertTrue(
          error.message().startsWith(warc + ": the record at byte offset 0 cannot be read (")
              && error
                  .message()
                  .endsWith("reading goes on with the record at byte offset " + resumed),
          error.message());
      assertEquals(DiagnosticCode.WARC_PAGES_SKIPPED, problems.get(problems.size() - 1).code());
    }
  }

  @Test
  void textRecordsInAnotherCharsetAreDecodedByTheirHeader() throws Exception {
    Path warc = dir.resolve("latin.warc");
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
      writer.write(
          new WarcResource.Builder(URI.create("http://www.itu.int/latin.txt"))
              .date(JUNE_2005)
              .body(
                  MediaType.parse("text/plain; charset=ISO-8859-1"),
                  " R\u00e9unions\n\ngo 1-2 May 2005, Gen\u00e8ve (Suisse), UIT - R\u00e9union\n"
                      .getBytes(Charset.forName("ISO-8859-1")))
              .build());
    }
    try (Stream<WsisDocument> pages = WsisParser.builder().build().readWarc(warc, d -> {})) {
      assertEquals(
          List.of("R\u00e9union"),
          pages.flatMap(p -> p.meetings().stream()).map(Meeting::title).toList());
    }
  }

  static final Path SHAPES = Path.of("src/test/resources/shapes");

  /**
   * A page as the old sites served it: its paragraphs (blocks between blank lines) as {@code <p>},
   * its headings as {@code <h3>}, the lines of a block apart by {@code <br>} (or, for a {@code
   * flowing} page, whose lines a text rendering wrapped, as one flowing paragraph), in {@code
   * charset}; a character the charset cannot hold is a numeric character reference.
   */
  static byte[] asHtml(String text, Charset charset, boolean meta, boolean flowing) {
    StringBuilder html = new StringBuilder("<html><head>");
    if (meta) {
      html.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
          .append(charset.name())
          .append("\">");
    }
    html.append("<title>WSIS</title></head>\n<body>\n");
    java.nio.charset.CharsetEncoder encoder = charset.newEncoder();
    int common =
        text
            .lines()
            .filter(l -> !l.isBlank())
            .collect(
                java.util.stream.Collectors.groupingBy(
                    WarcInputTest::indent, java.util.stream.Collectors.counting()))
            .entrySet()
            .stream()
            .max(java.util.Map.Entry.comparingByValue())
            .orElseThrow()
            .getKey();
    for (String block : text.split("\n[ \t\u00a0]*\n")) {
      String lines = block.replaceAll("^\n+|\n+$", "");
      if (lines.isBlank()) {
        continue;
      }
      // a heading, as text renderings set it: one line, indented unlike the page's other lines,
      // not an item
      boolean heading =
          !lines.contains("\n")
              && indent(lines) != common
              && !lines.strip().matches("(go|[*\u2022\u00b7o]) .*");
      String tag = heading ? "h3" : "p";
      html.append('<').append(tag).append('>');
      block
          .strip()
          .codePoints()
          .forEach(
              c -> {
                String ch = new String(Character.toChars(c));
                if (c == '&' || c == '<' || c == '>') {
                  html.append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : "&gt;");
                } else if (c == '\n') {
                  html.append(flowing ? "\n" : "<br>\n");
                } else if (encoder.canEncode(ch)) {
                  html.append(ch);
                } else {
                  html.append("&#").append(c).append(';');
                }
              });
      html.append("</").append(tag).append(">\n");
    }
    return html.append("</body></html>\n").toString().getBytes(charset);
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\u00a0')) {
      i++;
    }
    return i;
  }

  /** The shape pages (src/test/resources/shapes), in name order. */
  static List<Path> shapes() throws Exception {
    try (Stream<Path> files = Files.list(SHAPES)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /**
   * A gzip-compressed crawl of the shape pages as HTML (see {@link #asHtml}), page {@code i} at
   * {@code http://www.itu.int/wsis/shape<i>.html}: UTF-8 in the HTTP header; windows-1252 in a meta
   * only; ISO-8859-1 in the HTTP header (read as windows-1252, as browsers do) with gzip content
   * encoding; and so on in turn.
   */
  public static Path shapesCrawl(Path warc) throws Exception {
    List<Path> shapes = shapes();
    Charset[] charsets = {
      StandardCharsets.UTF_8, Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1
    };
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      for (int i = 0; i < shapes.size(); i++) {
        Charset charset = charsets[i % 3];
        byte[] body =
            asHtml(
                Files.readString(shapes.get(i)),
                charset,
                i % 3 == 1,
                shapes.get(i).endsWith("wrapped.txt"));
        HttpResponse.Builder http = new HttpResponse.Builder(200, "OK");
        if (i % 3 == 2) {
          ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
          try (GZIPOutputStream gz = new GZIPOutputStream(gzipped)) {
            gz.write(body);
          }
          body = gzipped.toByteArray();
          http.addHeader("Content-Encoding", "gzip");
        }
        String type = i % 3 == 1 ? "text/html" : "text/html; charset=" + charset.name();
        writer.write(
            new WarcResponse.Builder(URI.create("http://www.itu.int/wsis/shape" + i + ".html"))
                .date(JUNE_2005)
                .body(http.body(MediaType.parse(type), body).build())
                .build());
      }
    }
    return warc;
  }

  @Test
  void pagesInEveryShapeReadTheSameFromAnArchiveAsHtmlInSeveralCharsets() throws Exception {
    List<Path> shapes = shapes();
    assertTrue(shapes.size() >= 10, "the shape pages: " + shapes);
    Path warc = shapesCrawl(dir.resolve("shapes.warc.gz"));
    assertTrue(Files.size(warc) < 40_000, "a few kilobytes: " + Files.size(warc));
    List<Diagnostic> problems = new ArrayList<>();
    List<WsisDocument> pages;
    try (Stream<WsisDocument> stream = WsisParser.builder().build().readWarc(warc, problems::add)) {
      pages = stream.toList();
    }
    // the page of prose only is no WSIS meeting page: skipped and counted, as from a file
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(DiagnosticCode.WARC_PAGES_SKIPPED, problems.get(0).code());
    assertTrue(
        problems
            .get(0)
            .message()
            .matches(
                ".*: 1 page was not a WSIS meeting page \\(no entry\\) and skipped:"
                    + " http://www.itu.int/wsis/shape\\d+.html"),
        problems.get(0).message());
    assertEquals(shapes.size() - 1, pages.size());
    int meetings = 0;
    int page = 0;
    for (int i = 0; i < shapes.size(); i++) {
      WsisDocument text = WsisParser.parse(shapes.get(i));
      if (shapes.get(i).endsWith("prose-only.txt")) {
        assertTrue(text.entries().isEmpty());
        continue;
      }
      WsisDocument archived = pages.get(page++);
      List<String> expected = HtmlInputTest.records(text);
      List<String> read = HtmlInputTest.records(archived);
      // all but the last line (the page's title: the HTML <title>, not the banner)
      assertEquals(
          expected.subList(0, expected.size() - 1),
          read.subList(0, read.size() - 1),
          shapes.get(i).toString());
      assertEquals(
          URI.create("http://www.itu.int/wsis/shape" + i + ".html"),
          archived.sourceInfo().archiveRecord().orElseThrow().target());
      assertEquals(i % 3 == 0 ? "UTF-8" : "windows-1252", archived.sourceInfo().charset());
      meetings += archived.meetings().size();
    }
    assertTrue(meetings >= 30, "meetings in the shape pages: " + meetings);
  }

  /** A crawler's records of other protocols, and a record far larger once decoded (issue 29). */
  @Test
  void dnsRecordsArePassedOverAndAHugeDecodedRecordIsReportedAlone() throws Exception {
    Path warc = dir.resolve("heritrix.warc.gz");
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 4; i++) {
        gz.write(spaces); // 4 MiB of spaces: a few kilobytes in the file
      }
    }
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      writer.write(
          new WarcResponse.Builder(URI.create("dns:www.itu.int"))
              .date(JUNE_2005)
              .body(
                  MediaType.parse("text/dns"),
                  "20050612083015\nwww.itu.int.\t3600\tIN\tA\t156.106.192.163\n"
                      .getBytes(StandardCharsets.UTF_8))
              .build());
      writer.write(
          new WarcResponse.Builder(URI.create("http://www.itu.int/bomb.html"))
              .date(JUNE_2005)
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .addHeader("Content-Encoding", "gzip")
                      .body(MediaType.parse("text/html"), bomb.toByteArray())
                      .build())
              .build());
      writer.write(
          new WarcResource.Builder(URI.create("http://www.itu.int/wsis/meetings.txt"))
              .date(AUGUST_2008)
              .body(MediaType.parse("text/plain; charset=utf-8"), Files.readAllBytes(SEED))
              .build());
    }
    List<Diagnostic> problems = new ArrayList<>();
    WsisParser parser = WsisParser.builder().maxInputSize(1_000_000).build();
    List<WsisDocument> pages;
    try (Stream<WsisDocument> stream = parser.readWarc(warc, problems::add)) {
      pages = stream.toList();
    }
    // the DNS record is no page and no problem; the bomb is one INPUT_TOO_LARGE; the page after
    // it is read
    assertEquals(1, pages.size());
    assertEquals(28, pages.get(0).meetings().size());
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(DiagnosticCode.INPUT_TOO_LARGE, problems.get(0).code());
    assertTrue(problems.get(0).message().contains("http://www.itu.int/bomb.html"));
  }

  @Test
  void aWebArchiveReadAsAPageIsOneErrorNamingIt() throws Exception {
    for (String name : List.of("crawl.warc.gz", "crawl.warc")) {
      Path warc = crawl(dir.resolve(name), name.endsWith(".gz"));
      WsisDocument doc = WsisParser.parse(warc);
      assertEquals(1, doc.diagnostics().size(), doc.diagnostics().toString());
      Diagnostic d = doc.diagnostics().get(0);
      assertEquals(DiagnosticCode.WEB_ARCHIVE, d.code());
      assertEquals(Severity.ERROR, d.severity());
      assertTrue(d.message().contains(name + " is a web archive"), d.message());
      assertTrue(d.message().contains("readWarc"), d.message());
      assertEquals(List.of(), doc.lineRoles());
    }
  }

  @Test
  void manyUnreadableRecordsAreSummarisedAfterTheFirstTen() throws Exception {
    Path warc = dir.resolve("junk.warc.gz");
    byte[] record;
    Path one = dir.resolve("one.warc.gz");
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(one, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      writer.write(
          new WarcResource.Builder(URI.create("http://www.itu.int/wsis/meetings.txt"))
              .date(AUGUST_2008)
              .body(MediaType.parse("text/plain; charset=utf-8"), Files.readAllBytes(SEED))
              .build());
    }
    record = Files.readAllBytes(one);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(record);
    for (int i = 0; i < 30; i++) {
      try (GZIPOutputStream gz = new GZIPOutputStream(all)) {
        gz.write(("junk member " + i + ", no WARC header\r\n").getBytes(StandardCharsets.UTF_8));
      }
      // GZIPOutputStream.close closes the target too; a ByteArrayOutputStream does not mind
    }
    all.write(record);
    Files.write(warc, all.toByteArray());
    List<Diagnostic> problems = new ArrayList<>();
    List<WsisDocument> pages;
    try (Stream<WsisDocument> stream = WsisParser.builder().build().readWarc(warc, problems::add)) {
      pages = stream.toList();
    }
    assertEquals(2, pages.size());
    assertEquals(11, problems.size(), problems.toString());
    assertTrue(problems.stream().allMatch(d -> d.code() == DiagnosticCode.WARC_RECORD_UNREADABLE));
    // 30 junk members: 20 beyond the first ten, each counted once (issue 29 point 16)
    assertTrue(
        problems
            .get(10)
            .message()
            .endsWith(": 20 more records cannot be read (the first 10 are reported above)"),
        problems.get(10).message());
  }

  @Test
  void anUnreadableRecordIsExplainedInTheArchivesTermsNotJavas() throws Exception {
    for (String warc :
        List.of(
            "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 5\r\n\r\nab",
            "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: x\r\n\r\nab\r\n\r\n")) {
      Path file = Files.writeString(dir.resolve("broken.warc"), warc);
      List<Diagnostic> problems = new ArrayList<>();
      try (Stream<WsisDocument> pages =
          WsisParser.builder().build().readWarc(file, problems::add)) {
        assertEquals(0, pages.count());
      }
      assertEquals(1, problems.size(), problems.toString());
      String message = problems.get(0).message();
      assertTrue(message.contains("its header is malformed"), message);
      for (String internal : List.of("Exception", "because", "this.", "For input string", "null")) {
        assertFalse(message.contains(internal), message);
      }
    }
  }
}
