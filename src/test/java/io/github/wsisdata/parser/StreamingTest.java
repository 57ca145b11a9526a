package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.testing.SyntheticPages;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lazy entry stream: same entries and diagnostics as parse, read as it goes, closeable. */
class StreamingTest {
  private static final WsisParser PARSER = WsisParser.builder().build();

  @TempDir Path dir;

  @Test
  void streamGivesTheSameEntriesAndDiagnosticsAsParse() throws Exception {
    WsisDocument doc = WsisParser.parse(SeedPageTest.SEED);
    List<Diagnostic> seen = new ArrayList<>();
    List<Entry> streamed;
    try (Stream<Entry> entries = PARSER.stream(SeedPageTest.SEED, seen::add)) {
      streamed = entries.toList();
    }
    assertEquals(doc.entries(), streamed);
    seen.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    assertEquals(doc.diagnostics(), seen);
  }

  @Test
  void generatedPageStreamsLikeItParses() throws Exception {
    String page = SyntheticPages.page(300_000, 7);
    WsisDocument doc = WsisParser.parseText(page);
    List<Diagnostic> seen = new ArrayList<>();
    try (Stream<Entry> entries = PARSER.stream(new StringReader(page), seen::add)) {
      assertEquals(doc.entries(), entries.toList());
    }
    assertEquals(doc.diagnostics().size(), seen.size());
    assertTrue(doc.meetings().size() > 500, "meetings: " + doc.meetings().size());
    assertEquals(0, doc.diagnostics(Severity.ERROR).size(), doc.diagnostics().toString());
  }

  @Test
  void streamReadsOnlyAsFarAsItIsConsumed() {
    String page = SyntheticPages.page(2_000_000, 3);
    AtomicLong charsRead = new AtomicLong();
    Reader counting =
        new StringReader(page) {
          @Override
          public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            charsRead.addAndGet(Math.max(0, n));
            return n;
          }
        };
    try (Stream<Entry> entries = PARSER.stream(counting, d -> {})) {
      Entry first = entries.filter(e -> e instanceof Meeting).findFirst().orElseThrow();
      assertTrue(first.line() > 0);
    }
    assertTrue(charsRead.get() < 200_000, "read " + charsRead.get() + " of " + page.length());
  }

  @Test
  void closingTheStreamClosesTheReader() {
    AtomicBoolean closed = new AtomicBoolean();
    Reader reader =
        new StringReader(Pages.page("go 1 May 2005, Geneva, ITU - T")) {
          @Override
          public void close() {
            closed.set(true);
            super.close();
          }
        };
    Stream<Entry> entries = PARSER.stream(reader, d -> {});
    entries.close();
    assertTrue(closed.get());
  }

  @Test
  void strictStreamThrowsAtTheFirstError() throws Exception {
    Path file = dir.resolve("bad.txt");
    Files.writeString(
        file,
        Pages.page("go 1 May 2005, Geneva, ITU - Good", "go 31 April 2005, Geneva, ITU - Bad"));
    WsisParser strict = WsisParser.builder().strict(true).build();
    List<Diagnostic> seen = new ArrayList<>();
    try (Stream<Entry> entries = strict.stream(file, seen::add)) {
      WsisParseException e = assertThrows(WsisParseException.class, entries::toList);
      assertEquals(DiagnosticCode.DAY_NOT_IN_MONTH, e.code());
    }
    assertEquals(1, seen.size());
  }

  @Test
  void goingOnAfterTheDiagnosticsConsumerThrewIsAnErrorNotASilentEnd() throws Exception {
    Path file = dir.resolve("three.txt");
    Files.writeString(
        file,
        Pages.page(
            "go 1 May 2005, Geneva, ITU - One",
            "go 31 April 2005, Geneva, ITU - Bad",
            "go 3 May 2005, Geneva, ITU - Three"));
    try (Stream<Entry> entries =
        PARSER.stream(
            file,
            d -> {
              throw new IllegalArgumentException("the consumer failed");
            })) {
      java.util.Iterator<Entry> it = entries.iterator();
      assertEquals("One", ((Meeting) it.next()).title());
      assertThrows(IllegalArgumentException.class, it::hasNext);
      // asked again, the stream does not pretend it has ended: the rest was not read
      IllegalStateException again = assertThrows(IllegalStateException.class, it::hasNext);
      assertTrue(again.getMessage().contains("the rest was not read"), again.getMessage());
    }
  }

  @Test
  void streamingAMissingFileFailsFromTheStreamAndNamesThePath() {
    Path missing = dir.resolve("nope.txt");
    try (Stream<Entry> entries = PARSER.stream(missing, d -> {})) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, entries::toList);
      assertTrue(e.getMessage().contains("nope.txt"), e.getMessage());
    }
  }

  @Test
  void nothingIsOpenedBeforeTheFirstEntryIsAskedFor() throws Exception {
    Path later = dir.resolve("later.txt");
    try (Stream<Entry> entries = PARSER.stream(later, d -> {})) {
      // the file does not exist yet when the stream is made: it is opened at the first element
      Files.writeString(later, Pages.page("go 1 May 2005, Geneva, ITU - Written later"));
      assertEquals(List.of("Written later"), entries.map(e -> ((Meeting) e).title()).toList());
    }
  }

  @Test
  void aStrictErrorOnTheFirstLineComesFromTheStreamNotFromItsCreation() throws Exception {
    Path file = dir.resolve("first-line-bad.txt");
    Files.writeString(file, "go 31 April 2005, Geneva, ITU - Bad\n");
    WsisParser strict = WsisParser.builder().strict(true).build();
    Stream<Entry> entries = strict.stream(file, d -> {});
    try (entries) {
      assertEquals(
          DiagnosticCode.DAY_NOT_IN_MONTH,
          assertThrows(WsisParseException.class, entries::toList).code());
    }
  }

  @Test
  void aReaderIsNotReadBeforeTheFirstEntryIsAskedFor() {
    AtomicLong reads = new AtomicLong();
    Reader reader =
        new StringReader(Pages.page("go 1 May 2005, Geneva, ITU - T")) {
          @Override
          public int read(char[] buf, int off, int len) throws IOException {
            reads.incrementAndGet();
            return super.read(buf, off, len);
          }
        };
    try (Stream<Entry> entries = PARSER.stream(reader, d -> {})) {
      assertEquals(0, reads.get());
      assertEquals(1, entries.count());
    }
  }

  @Test
  void aThrowingDiagnosticsConsumerEndsTheStreamAndPassesTheExceptionOn() throws Exception {
    List<Entry> seen = new ArrayList<>();
    RuntimeException boom = new IllegalStateException("consumer failed");
    try (Stream<Entry> entries =
        PARSER.stream(
            SeedPageTest.SEED,
            d -> {
              throw boom;
            })) {
      java.util.Iterator<Entry> it = entries.iterator();
      RuntimeException thrown =
          assertThrows(
              RuntimeException.class,
              () -> {
                while (it.hasNext()) {
                  seen.add(it.next());
                }
              });
      assertEquals(boom, thrown);
      // the stream is over: nothing after the lost line is handed out as if nothing happened,
      // and asking again says so (issue 29: not a silent end)
      assertThrows(IllegalStateException.class, it::hasNext);
    }
    List<Entry> all = WsisParser.parse(SeedPageTest.SEED).entries();
    assertEquals(all.subList(0, seen.size()), seen);
  }

  @Test
  void aFifoIsReadAsAStream() throws Exception {
    Path fifo = dir.resolve("page.fifo");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    String page = Pages.page("go 1 May 2005, Geneva, ITU - Through a pipe");
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.writeString(fifo, page);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    writer.start();
    WsisDocument doc = WsisParser.parse(fifo);
    writer.join(10_000);
    assertEquals(List.of("Through a pipe"), doc.meetings().stream().map(Meeting::title).toList());
  }

  @Test
  void aFifoLargerThanTheLimitIsStoppedWhileReading() throws Exception {
    Path fifo = dir.resolve("big.fifo");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Thread writer =
        new Thread(
            () -> {
              try (var out = Files.newOutputStream(fifo)) {
                out.write("x\n".repeat(10_000).getBytes(java.nio.charset.StandardCharsets.UTF_8));
              } catch (IOException e) {
                // the reader stopped early: a broken pipe is expected
              }
            });
    writer.start();
    WsisParser small = WsisParser.builder().maxInputSize(1_000).build();
    WsisParseException e = assertThrows(WsisParseException.class, () -> small.read(fifo));
    assertEquals(DiagnosticCode.INPUT_TOO_LARGE, e.code());
    writer.join(10_000);
  }
}
