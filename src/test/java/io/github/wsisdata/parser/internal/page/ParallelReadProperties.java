package io.github.wsisdata.parser.internal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.InputFormat;
import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.internal.source.Limits;
import io.github.wsisdata.parser.testing.SyntheticPages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A page read on several threads ({@link Speculation}) is the page read on one: the same title,
 * date, sections, entries, diagnostics and line roles. Small blocks cut the pages everywhere: in
 * the middle of descriptions, between a heading and its first entry, inside wrapped entries of
 * several lines.
 */
class ParallelReadProperties {
  private static final Path SHAPES = Path.of("src/test/resources/shapes");
  private static final Path SEED = Path.of("seeds", "wsis-regional-and-thematic-meetings.txt");

  static Pages.Source source(String page) {
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    return Inputs.of(
        () -> new ByteArrayInputStream(bytes),
        null,
        () -> {},
        new Inputs.Settings(Limits.DEFAULT, InputFormat.TEXT, StandardCharsets.UTF_8, null));
  }

  static WsisDocument read(String page, int threads, int blockLines) throws IOException {
    Pages.Source source = source(page);
    return threads == 1 ? Pages.read(source, true) : Pages.read(source, true, threads, blockLines);
  }

  static List<String> pages() throws IOException {
    List<String> pages = new ArrayList<>();
    pages.add(Files.readString(SEED));
    try (Stream<Path> files = Files.list(SHAPES)) {
      for (Path f : files.sorted().toList()) {
        pages.add(Files.readString(f));
      }
    }
    return pages;
  }

  @Test
  void everyPageCutAtEveryLineReadsTheSameOnSeveralThreads() throws IOException {
    List<String> pages = pages();
    assertTrue(pages.size() >= 12, "the bundled page and the shape pages");
    for (String page : pages) {
      WsisDocument sequential = read(page, 1, 0);
      assertTrue(!sequential.lineRoles().isEmpty());
      // blocks of 1 to 9 lines: a cut after every line of the page, for one block size or another
      for (int block = 1; block <= 9; block++) {
        assertEquals(sequential, read(page, 2, block), "block of " + block);
      }
      assertEquals(sequential, read(page, 3, 4), "3 threads");
    }
  }

  @Test
  void aLongGeneratedPageReadsTheSameWithTheDefaultBlocks() throws IOException {
    String page = SyntheticPages.page(3_000_000, 7);
    WsisDocument sequential = read(page, 1, 0);
    assertTrue(sequential.meetings().size() > 5_000, "meetings: " + sequential.meetings().size());
    assertEquals(sequential, read(page, 2, Speculation.BLOCK));
    assertEquals(sequential, read(page, 4, Speculation.BLOCK));

    // and the lines were read ahead, not all again by the reader: the same pipeline by hand
    Pages.Source source = source(page);
    DocumentAssembler assembler = new DocumentAssembler();
    try (io.github.wsisdata.parser.internal.source.LineSource lines =
            source.open(assembler.sink().diagnostics());
        Speculation ahead = new Speculation(lines, 1)) {
      PageReader reader = new PageReader(source.wrap(assembler.sink()));
      reader.linesAhead(ahead);
      reader.read(ahead);
      assertTrue(
          ahead.taken() > sequential.entries().size() / 2,
          "entry lines taken from the workers: " + ahead.taken());
    }
    assertEquals(sequential, assembler.build(source.info()));
  }

  @Provide
  Arbitrary<String> generatedPages() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String page : pages()) {
      page.lines().forEach(lines::add);
    }
    // pieces of the real pages, in any order: runs of consecutive lines keep descriptions,
    // headings and wrapped entries together often enough to be cut inside them
    Arbitrary<String> run =
        Arbitraries.integers()
            .between(0, lines.size() - 1)
            .flatMap(
                start ->
                    Arbitraries.integers()
                        .between(1, 12)
                        .map(
                            n ->
                                String.join(
                                    "\n",
                                    lines.subList(start, Math.min(lines.size(), start + n)))));
    return run.list().ofMinSize(1).ofMaxSize(30).map(runs -> String.join("\n", runs));
  }

  @Property(tries = 200)
  void generatedPagesReadTheSameOnSeveralThreads(
      @ForAll("generatedPages") String page,
      @ForAll @IntRange(min = 1, max = 12) int blockLines,
      @ForAll @IntRange(min = 2, max = 4) int threads)
      throws IOException {
    assertEquals(read(page, 1, 0), read(page, threads, blockLines));
  }
}
