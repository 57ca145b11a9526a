package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Hostile input: each case has a defined outcome, prints nothing, finishes in bounded time and runs
 * in a JVM with {@code -Xmx256m} (a separate Surefire execution, checked below), so an
 * OutOfMemoryError or StackOverflowError would fail the build.
 */
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class HostileInputTest {
  private static final Duration BOUND = Duration.ofSeconds(60);

  @TempDir static Path dir;

  @BeforeAll
  static void runsWithASmallHeap() {
    long max = Runtime.getRuntime().maxMemory();
    assertTrue(max <= 300L << 20, "expected -Xmx256m, max heap is " + (max >> 20) + " MiB");
  }

  /** Parses quietly and in bounded time, and checks the accounting promise. */
  private static WsisDocument parse(String text) throws Exception {
    WsisDocument[] doc = new WsisDocument[1];
    String printed =
        SilenceTest.captured(
            () -> doc[0] = assertTimeoutPreemptively(BOUND, () -> WsisParser.parseText(text)));
    assertEquals("", printed);
    Accounting.check(text, doc[0]);
    return doc[0];
  }

  private static WsisDocument parseFile(byte[] bytes) throws Exception {
    Path file = Files.write(dir.resolve("page-" + System.nanoTime() + ".txt"), bytes);
    WsisDocument[] doc = new WsisDocument[1];
    String printed =
        SilenceTest.captured(
            () -> doc[0] = assertTimeoutPreemptively(BOUND, () -> WsisParser.parse(file)));
    assertEquals("", printed);
    return doc[0];
  }

  private static String repeat(Supplier<String> piece, int times) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < times; i++) {
      b.append(piece.get());
    }
    return b.toString();
  }

  @Test
  void emptyInput() throws Exception {
    WsisDocument doc = parse("");
    assertEquals(Optional.empty(), doc.title());
    assertEquals(List.of(), doc.sections());
    assertEquals(List.of(), doc.diagnostics());
    assertEquals(List.of(), doc.lineRoles());
  }

  @Test
  void whitespaceOnly() throws Exception {
    WsisDocument doc = parse("   \n\t\n\u00A0\u202F\n\r\n");
    assertEquals(List.of(), doc.sections());
    assertEquals(List.of(), doc.diagnostics());
    assertEquals(4, doc.lineRoles().size());
    assertTrue(doc.lineRoles().stream().allMatch(r -> r == LineRole.BLANK));
  }

  @Test
  void pageWithoutGoLines() throws Exception {
    WsisDocument doc = parse(" WSIS Meetings\n\nNo meetings are listed yet.\n");
    assertEquals(1, doc.sections().size());
    assertEquals("No meetings are listed yet.", doc.sections().get(0).introduction());
    assertEquals(List.of(), doc.entries());
  }

  @Test
  void binaryGarbage() throws Exception {
    byte[] bytes = new byte[200_000];
    new Random(42).nextBytes(bytes);
    WsisDocument doc = parseFile(bytes);
    assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.MALFORMED_UTF8));
    Accounting.check(new String(bytes, StandardCharsets.UTF_8), doc);
  }

  @Test
  void malformedUtf8IsReplacedAndReportedWithTheByteOffset() throws Exception {
    byte[] head = "go Title\n\n H\n\ngo 1 May 2005, Gen".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "va, ITU - T\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3; // a lead byte without its continuation
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    WsisDocument doc = parseFile(bytes);
    Diagnostic d = doc.diagnostics().get(0);
    assertEquals(DiagnosticCode.MALFORMED_UTF8, d.code());
    assertEquals(Severity.ERROR, d.severity());
    assertEquals(5, d.line());
    assertEquals(19, d.column());
    assertTrue(d.message().contains("byte offset " + head.length), d.message());
    assertEquals(Optional.of("Gen\uFFFDva"), doc.meetings().get(0).place().city());
    Path file = Files.write(dir.resolve("bad-utf8.txt"), bytes);
    WsisParser strict = WsisParser.builder().strict(true).build();
    assertEquals(
        DiagnosticCode.MALFORMED_UTF8,
        assertThrows(WsisParseException.class, () -> strict.read(file)).code());
  }

  @Test
  void byteOrderMarkIsIgnored() throws Exception {
    String page = Pages.page("go 1 May 2005, Geneva, ITU - T");
    WsisDocument plain = parse(page);
    WsisDocument withBom = parse("\uFEFF" + page);
    assertEquals(plain, withBom);
    assertEquals(plain, parseFile(("\uFEFF" + page).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void crlfAndLoneCrLineEndings() throws Exception {
    String page = Pages.page("go 1 May 2005, Geneva, ITU - T", "Line one\nline two.");
    WsisDocument lf = parse(page);
    assertEquals(lf, parse(page.replace("\n", "\r\n")));
    assertEquals(lf, parse(page.replace("\n", "\r")));
    assertEquals("Line one line two.", lf.meetings().get(0).description());
  }

  @Test
  void oneMebibyteSingleLine() throws Exception {
    String words = repeat(() -> "word ", (1 << 20) / 5);
    WsisDocument paragraph = parse(words);
    // text first on a page is the introduction of a section with an empty heading
    assertEquals(
        List.of(DiagnosticCode.NOT_A_WSIS_PAGE),
        paragraph.diagnostics().stream().map(Diagnostic::code).toList());
    assertEquals(words.strip(), paragraph.sections().get(0).introduction());
    WsisDocument goLine = parse(Pages.page("go 1 May 2005, Geneva, ITU - " + words));
    assertEquals(words.strip(), goLine.meetings().get(0).title());
  }

  @Test
  void titleOfOneHundredThousandCharacters() throws Exception {
    String title = repeat(() -> "Information Society ", 5_000).strip();
    WsisDocument doc =
        parse(
            Pages.page(
                "go 1 May 2005, Geneva, ITU - " + title,
                "go 1-2 May 2005 (see \"" + title.substring(0, 99_000) + "\")"));
    assertEquals(title, doc.meetings().get(0).title());
    assertEquals(99_999, title.length());
    assertEquals(Optional.of(doc.meetings().get(0)), doc.resolve(doc.crossReferences().get(0)));
  }

  @Test
  void tenThousandNestedParenthesesInAnOrganizer() throws Exception {
    String nested = "(".repeat(10_000) + "MIC/KADO" + ")".repeat(10_000);
    WsisDocument doc =
        parse(Pages.page("go 1 May 2005, Seoul (Korea), Government " + nested + "/ITU - T"));
    Meeting m = doc.meetings().get(0);
    assertEquals(List.of("Government " + nested, "ITU"), m.organizers());
    assertEquals("T", m.title());
    WsisDocument unbalanced = parse(Pages.page("go 1 May 2005, Seoul, " + "(".repeat(10_000)));
    assertEquals(1, unbalanced.meetings().size());
  }

  @Test
  void oneHundredThousandGoLines() throws Exception {
    StringBuilder page = new StringBuilder(" Meetings\n\n");
    for (int i = 0; i < 100_000; i++) {
      page.append("go ")
          .append(1 + i % 28)
          .append(" May 2005, Geneva (Switzerland), ITU - Meeting ")
          .append(i)
          .append('\n');
    }
    WsisDocument doc = parse(page.toString());
    assertEquals(100_000, doc.meetings().size());
    assertEquals("Meeting 99999", doc.meetings().get(99_999).title());
    assertEquals(List.of(), doc.diagnostics());
  }

  @Test
  void lineOfFiftyThousandDashes() throws Exception {
    String dashes = "-".repeat(50_000);
    WsisDocument asText = parse(Pages.page("go 1 May 2005, Geneva, ITU - T", dashes));
    assertEquals(dashes, asText.meetings().get(0).description());
    WsisDocument asGoLine = parse(Pages.page("go " + dashes));
    assertEquals(dashes, asGoLine.links().get(0).text());
    WsisDocument inTitle = parse(Pages.page("go 1 May 2005, Geneva, ITU - " + dashes));
    assertEquals(1, inTitle.meetings().size());
  }

  @Test
  void missingFileDirectoryAndUnreadableFileNameThePath() throws Exception {
    Path missing = dir.resolve("missing.txt");
    IOException e1 = assertThrows(IOException.class, () -> WsisParser.parse(missing));
    assertTrue(e1.getMessage().contains(missing.toString()), e1.getMessage());
    IOException e2 = assertThrows(IOException.class, () -> WsisParser.parse(dir));
    assertTrue(e2.getMessage().contains(dir.toString()), e2.getMessage());
    // chmod 000 does not stop root, who runs CI here; /proc/self/mem exists but any read of it
    // fails, for root too.
    Path unreadable = Path.of("/proc/self/mem");
    IOException e3 = assertThrows(IOException.class, () -> WsisParser.parse(unreadable));
    assertTrue(e3.getMessage().contains(unreadable.toString()), e3.getMessage());
  }

  @Test
  void inputOverTheLimitIsRejectedBeforeReading() throws Exception {
    // A 2 GiB sparse file: reading it into this 256 MiB heap would fail, so the size is checked
    // first.
    Path huge = dir.resolve("huge.txt");
    try (SeekableByteChannel ch =
        Files.newByteChannel(
            huge,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE,
            StandardOpenOption.SPARSE)) {
      ch.position((2L << 30) - 1);
      ch.write(ByteBuffer.wrap(new byte[] {'\n'}));
    }
    WsisParseException e = assertThrows(WsisParseException.class, () -> WsisParser.parse(huge));
    assertEquals(DiagnosticCode.INPUT_TOO_LARGE, e.code());
    WsisParser small = WsisParser.builder().maxInputSize(100).build();
    assertEquals(
        DiagnosticCode.INPUT_TOO_LARGE,
        assertThrows(WsisParseException.class, () -> small.readText("x".repeat(101))).code());
  }

  /** Unbroken text under an entry, in an introduction and under an unreadable line. */
  @Test
  void longParagraphsTakeLinearTime() throws Exception {
    String text = repeat(() -> "the workshop discussed the information society\n", 160_000);
    String under = "go 1 May 2005, Geneva, ITU - T\n" + text;
    assertEquals(text.replace('\n', ' ').strip(), parse(under).meetings().get(0).description());
    WsisDocument intro = parse(" Heading\n\n" + text + "\ngo 1 May 2005, Geneva, ITU - T\n");
    assertEquals(text.replace('\n', ' ').strip(), intro.sections().get(0).introduction());
    WsisDocument failed = parse("go 31 April 2005, Geneva, ITU - T\n" + text);
    assertEquals(text.replace('\n', ' ').strip(), failed.diagnostics().get(0).followingText());
  }

  @Test
  void linesWithManyVenuesTakeLinearTime() throws Exception {
    WsisDocument many =
        parse("go 1 May 2005, Geneva" + " and 2 May 2005, Geneva".repeat(60_000) + "\n");
    assertEquals(60_001, many.meetings().size());
    WsisDocument crossYear =
        parse(
            "go 1 May 2005, Geneva"
                + " and 30 December 2004 - 2 January 2005, Geneva (Switzerland)".repeat(30_000)
                + ", ITU - Title\n");
    assertEquals(30_001, crossYear.meetings().size());
    WsisDocument monthFirst =
        parse("go May 1, 2005, Geneva" + " and May 2, 2005, Geneva".repeat(30_000) + "\n");
    assertEquals(30_001, monthFirst.meetings().size());
    assertEquals("Title", crossYear.meetings().get(30_000).title());
    assertEquals(LocalDate.of(2005, 1, 2), crossYear.meetings().get(30_000).dates().end());
  }

  @Test
  void titledAndBulletLinesTakeLinearTime() throws Exception {
    // a title with 80,000 dates in it: the lead ends at the last date that ends the line
    WsisDocument titled = parse("• Title" + " 1 May 2005 Title".repeat(80_000) + " 2 May 2005\n");
    assertEquals(1, titled.meetings().size());
    assertEquals(LocalDate.of(2005, 5, 2), titled.meetings().get(0).dates().start());
    // 80,000 ranges after a label and a dash: one meeting each
    WsisDocument ranges =
        parse("• T –" + " Lima 5 May 2005;".repeat(80_000) + " Lima 6 May 2005\n");
    assertEquals(80_001, ranges.meetings().size());
    assertEquals("Lima", ranges.meetings().get(80_000).place().city().orElseThrow());
    // a lead of 200,000 comma-separated words before the dates
    WsisDocument lead = parse("go Word" + ", Word".repeat(200_000) + ", 5 May 2005\n");
    assertEquals(1, lead.meetings().size());
    // a bullet line of 200,000 "on"s and no date is text of the page, not an entry or an error
    WsisDocument text = parse(" H\n\n• Lead" + " on".repeat(200_000) + "\n");
    assertEquals(List.of(), text.entries());
    assertEquals(List.of(), text.diagnostics(Severity.ERROR));
  }

  @Test
  void tokenDenseLinesAreReportedNotParsed() throws Exception {
    String label = "go " + "a ".repeat(1_000_000) + ": 1 May 2005, Geneva";
    WsisDocument labelled = parse(label + "\n");
    assertEquals(DiagnosticCode.TOO_MANY_TOKENS, labelled.diagnostics().get(0).code());
    assertEquals(label, labelled.diagnostics().get(0).sourceLine());
    String title = "go 1 May 2005, Geneva, ITU - " + "a ".repeat(3_000_000);
    WsisDocument titled = parse(title + "\n");
    assertEquals(DiagnosticCode.TOO_MANY_TOKENS, titled.diagnostics().get(0).code());
    assertEquals(List.of(), titled.meetings());
  }

  @Test
  void devZeroEndsAtTheInputLimitWithBoundedMemory() {
    // an endless single line of NULs: not buffered past the line limit, stopped at 512 MiB
    WsisParseException e =
        assertThrows(
            WsisParseException.class,
            () -> assertTimeoutPreemptively(BOUND, () -> WsisParser.parse(Path.of("/dev/zero"))));
    assertEquals(DiagnosticCode.INPUT_TOO_LARGE, e.code());
  }

  /** Only this much of an over-long line is kept in its diagnostic. */
  private static final int KEPT = 1_000;

  @Test
  void aSingleLineOf600MegabytesIsSkippedNotBuffered() throws Exception {
    Path file = dir.resolve("one-line-600mb.txt");
    long size = 600_000_000L;
    byte[] tail = "\ngo 2 May 2005, Geneva, ITU - After\n".getBytes(StandardCharsets.UTF_8);
    try (SeekableByteChannel ch =
        Files.newByteChannel(
            file,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE,
            StandardOpenOption.SPARSE)) {
      ch.write(ByteBuffer.wrap("go 1 May 2005, Geneva, ITU - ".getBytes(StandardCharsets.UTF_8)));
      ch.position(size - tail.length);
      ch.write(ByteBuffer.wrap(tail));
    }
    try {
      // 600 MB is over the default input limit of 512 MiB: raise it, keep the line limit
      WsisParser parser = WsisParser.builder().maxInputSize(1L << 30).build();
      WsisDocument doc = assertTimeoutPreemptively(BOUND, () -> parser.read(file));
      Diagnostic d = doc.diagnostics().get(0);
      assertEquals(DiagnosticCode.LINE_TOO_LONG, d.code());
      assertEquals(1, d.line());
      assertEquals(KEPT, d.sourceLine().length());
      assertTrue(d.sourceLine().startsWith("go 1 May 2005, Geneva, ITU - \0\0"));
      assertTrue(
          d.message().startsWith("line of " + (size - tail.length) + " bytes is longer"),
          d.message());
      assertEquals(List.of("After"), doc.meetings().stream().map(Meeting::title).toList());
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void aReaderWithA600MillionCharacterLineIsSkippedNotBuffered() throws Exception {
    long length = 600_000_000L;
    Reader endless =
        new Reader() {
          private long left = length;
          private final char[] after = "\ngo 2 May 2005, Geneva, ITU - After\n".toCharArray();
          private int afterAt;

          @Override
          public int read(char[] buf, int off, int len) {
            if (left > 0) {
              int n = (int) Math.min(len, left);
              Arrays.fill(buf, off, off + n, 'x');
              left -= n;
              return n;
            }
            if (afterAt == after.length) {
              return -1;
            }
            int n = Math.min(len, after.length - afterAt);
            System.arraycopy(after, afterAt, buf, off, n);
            afterAt += n;
            return n;
          }

          @Override
          public void close() {}
        };
    WsisDocument doc =
        assertTimeoutPreemptively(BOUND, () -> WsisParser.builder().build().read(endless));
    Diagnostic d = doc.diagnostics().get(0);
    assertEquals(DiagnosticCode.LINE_TOO_LONG, d.code());
    assertEquals("x".repeat(KEPT), d.sourceLine());
    assertTrue(d.message().startsWith("line of 600000000 characters is longer"), d.message());
    assertEquals(List.of("After"), doc.meetings().stream().map(Meeting::title).toList());
  }

  @Test
  void lineOverTheLimitIsAnErrorThatKeepsItsText() throws Exception {
    WsisParser tight = WsisParser.builder().maxLineLength(70).build();
    String longLine = "go 1 May 2005, Geneva, ITU - " + "x".repeat(60);
    String page = Pages.page(longLine, "Its description.", "go 2 May 2005, Geneva, ITU - Short");
    WsisDocument doc = tight.readText(page);
    Accounting.check(page, doc);
    Diagnostic d = doc.diagnostics().get(0);
    assertEquals(DiagnosticCode.LINE_TOO_LONG, d.code());
    assertEquals(longLine, d.sourceLine());
    assertEquals("Its description.", d.followingText());
    assertEquals(List.of("Short"), doc.meetings().stream().map(Meeting::title).toList());
  }

  @Test
  void defaultLimitsFitRealArchives() throws Exception {
    WsisParser defaults = WsisParser.builder().build();
    assertTrue(defaults.maxInputSize() >= 256_000_000L);
    assertTrue(defaults.maxLineLength() >= 4 << 20);
    String fiveMiB = "word ".repeat((5 << 20) / 5);
    WsisDocument doc = parse(Pages.page("go 1 May 2005, Geneva, ITU - T", fiveMiB));
    assertEquals(fiveMiB.strip(), doc.meetings().get(0).description());
  }

  /** An HTML page over a thirtieth of the heap is warned about before it is parsed (issue 29). */
  @Test
  void anHtmlPageLargeForTheHeapIsWarnedAbout() throws Exception {
    Path file = dir.resolve("large.html");
    String text =
        "<html><body><pre>" + "a few words of text\n".repeat(500_000) + "</pre></body></html>";
    Files.writeString(file, text); // 10 MB, over 256 MiB / 30
    WsisDocument[] doc = new WsisDocument[1];
    String printed =
        SilenceTest.captured(
            () -> doc[0] = assertTimeoutPreemptively(BOUND, () -> WsisParser.parse(file)));
    assertEquals("", printed);
    assertEquals(
        DiagnosticCode.LARGE_FOR_HEAP,
        doc[0].diagnostics().get(0).code(),
        doc[0].diagnostics().toString());
    assertTrue(doc[0].diagnostics().get(0).message().contains("a thirtieth of the heap"));
  }

  @Test
  void aParagraphLargeForTheHeapIsWarnedAboutOnceWhereItCrossedTheLine() throws Exception {
    String line = "the workshop discussed the information society\n"; // 47 characters
    int lines = 250_000; // 11.75 MB, over 256 MiB / 30
    String text = "WSIS Thematic Meetings\n\ngo 1 May 2005, Geneva, ITU - T\n" + line.repeat(lines);
    WsisDocument[] doc = new WsisDocument[1];
    String printed =
        SilenceTest.captured(
            () -> doc[0] = assertTimeoutPreemptively(BOUND, () -> WsisParser.parseText(text)));
    assertEquals("", printed);
    List<Diagnostic> large =
        doc[0].diagnostics().stream()
            .filter(d -> d.code() == DiagnosticCode.LARGE_FOR_HEAP)
            .toList();
    assertEquals(1, large.size(), doc[0].diagnostics().toString());
    long share = Runtime.getRuntime().maxMemory() / 30;
    // the paragraph's lines are joined by a space: it passes the share on line 3 + share / 47
    assertEquals(4 + (int) (share / line.length()), large.get(0).line());
    assertTrue(large.get(0).message().startsWith("this paragraph has grown to "));
    assertEquals(lines * (line.length()) - 1, doc[0].meetings().get(0).description().length());
  }
}
