package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file above the streaming threshold is read again for each pass instead of held: every format
 * gives the same bytes and the same messages as for the document in memory.
 */
class StreamedPageTest {
  private static final Path SEED = Path.of("seeds", "wsis-regional-and-thematic-meetings.txt");

  @TempDir Path dir;

  @AfterEach
  void clearThreshold() {
    System.clearProperty(OrderedRunner.STREAM_ABOVE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "json", "jsonl", "csv", "ics", "jsonld", "json --flat"})
  void everyFormatGivesTheBytesOfTheDocumentInMemory(String format) throws Exception {
    List<Path> pages = new ArrayList<>();
    pages.add(Files.copy(SEED, dir.resolve("a-seed.txt")));
    try (Stream<Path> shapes = Files.list(Path.of("src/test/resources/shapes"))) {
      for (Path shape : shapes.sorted().toList()) {
        pages.add(Files.copy(shape, dir.resolve("b-" + shape.getFileName())));
      }
    }
    pages.add(
        Files.writeString(
            dir.resolve("c-large.txt"),
            io.github.wsisdata.parser.testing.SyntheticPages.manyMeetingsAndReferences()));
    // a malformed byte found while the reader looks ahead for wrapping: a late diagnostic
    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    bad.write(Files.readAllBytes(Path.of("src/test/resources/shapes/wrapped.txt")));
    bad.write("go 1 May 2005, Geneva (Switzerland), ITU - Caf".getBytes(StandardCharsets.UTF_8));
    bad.write(new byte[] {(byte) 0xE9, '\n'});
    pages.add(Files.write(dir.resolve("d-bad.txt"), bad.toByteArray()));

    List<String> args = new ArrayList<>(List.of(format.split(" ")));
    args.add(0, "-f");
    // UTF-8 named: a held page that is not UTF-8 would be read again as windows-1252, a streamed
    // one is read once, as UTF-8 (docs/cli.md)
    args.add(0, "--encoding=UTF-8");
    pages.forEach(p -> args.add(p.toString()));
    String[] argv = args.toArray(String[]::new);

    Cli.Result held = Cli.run(argv);
    System.setProperty(OrderedRunner.STREAM_ABOVE, "0");
    Cli.Result streamed = Cli.run(argv);

    assertEquals(held.exit(), streamed.exit(), streamed.err());
    assertEquals(held.out(), streamed.out());
    assertEquals(held.err(), streamed.err());
    assertTrue(held.out().contains("299"), "the large page is written");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jsonl", "csv"})
  void dedupeReadsLargeFilesToo(String format) throws Exception {
    Path a = Files.copy(SEED, dir.resolve("a.txt"));
    Path b = Files.copy(SEED, dir.resolve("b.txt"));
    Cli.Result held = Cli.run("-f", format, "--dedupe", a.toString(), b.toString());
    System.setProperty(OrderedRunner.STREAM_ABOVE, "0");
    Cli.Result streamed = Cli.run("-f", format, "--dedupe", a.toString(), b.toString());
    assertEquals(held.out(), streamed.out());
    assertEquals(held.err(), streamed.err());
  }
}
