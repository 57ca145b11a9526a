package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arguments, inputs, exit codes and messages of the command line. */
class CliBehaviourTest {
  @TempDir Path dir;

  private static final Path SEED = Path.of("seeds", "wsis-regional-and-thematic-meetings.txt");

  private static void noStackTrace(Cli.Result r) {
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void noArgumentsParsesTheBundledPage() {
    Cli.Result r = Cli.run();
    assertEquals(0, r.exit());
    assertTrue(r.out().endsWith("28 meetings, 1 cross-reference, 0 errors, 2 warnings\n"));
    assertEquals(
        "wsis-regional-and-thematic-meetings.txt:24:53: warning: no dash between organizers and"
            + " title; took the title to start at \"WSIS\" right after \")\"\n"
            + "wsis-regional-and-thematic-meetings.txt:28:92: warning: no dash between organizers"
            + " and title; took \"UNDP\" as the last organizer and \"Global\" as the start of the"
            + " title\n",
        r.err());
  }

  @Test
  void missingFileExitsOneWithAClearMessage() {
    Path missing = dir.resolve("missing.txt");
    Cli.Result r = Cli.run(missing.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("missing.txt"), r.err());
    noStackTrace(r);
  }

  @Test
  void directoryWithTwoPagesIsSearchedRecursively() throws Exception {
    Files.createDirectories(dir.resolve("a/b"));
    Files.copy(SEED, dir.resolve("a/one.txt"));
    Files.copy(SEED, dir.resolve("a/b/two.txt"));
    Files.writeString(dir.resolve("a/notes.md"), "not a page");
    Cli.Result r = Cli.run("--format", "csv", dir.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(1 + 2 * 28, r.out().split("\r\n").length);
    assertTrue(r.out().contains(dir.resolve("a/one.txt") + ","));
    assertTrue(r.out().contains(dir.resolve("a/b/two.txt") + ","));
    Cli.Result table = Cli.run(dir.toString());
    assertTrue(table.out().startsWith("== " + dir.resolve("a/b/two.txt") + " ==\n"), table.out());
  }

  @Test
  void strictFailsOnAPageWithAnInvalidDate() throws Exception {
    Path page = dir.resolve("bad.txt");
    Files.writeString(
        page,
        " Meetings\n\ngo 1 May 2005, Geneva, ITU - Good\n\ngo 31 April 2005, Paris, X - Bad\n",
        StandardCharsets.UTF_8);
    Cli.Result strict = Cli.run("--strict", page.toString());
    assertEquals(1, strict.exit());
    assertEquals("", strict.out());
    assertTrue(
        strict.err().contains(page + ":5:4: error: \"31 April 2005\": April 2005 has 30 days"),
        strict.err());
    noStackTrace(strict);
    Cli.Result lenient = Cli.run(page.toString());
    assertEquals(0, lenient.exit());
    assertTrue(lenient.out().contains("1 meeting, 0 cross-references, 1 error, 0 warnings"));
  }

  @Test
  void unknownFormatIsAUsageError() {
    Cli.Result r = Cli.run("--format", "xml");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("xml"), r.err());
    assertTrue(r.err().contains("Usage: wsis"), r.err());
    noStackTrace(r);
  }

  @Test
  void helpAndVersion() {
    Cli.Result help = Cli.run("--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("--format=FORMAT"), help.out());
    Cli.Result version = Cli.run("--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("wsis "), version.out());
  }

  @Test
  void standardInputAndOutputFile() throws Exception {
    String page = Files.readString(SEED, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.json");
    Cli.Result r = Cli.runWithStdin(page, "-f", "JSON", "-o", out.toString(), "-");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("<stdin>:24:53: warning:"), r.err());
    String json = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(json.contains("\"source\" : \"<stdin>\""), json.substring(0, 200));
  }

  @Test
  void controlCharactersFromPagesAndFileNamesAreShownEscaped() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("evil\nname.txt"),
            " H\n\ngo 1 May 2005, Gen\u001b[2Jeva, ITU - Title\u0007\n\ngo 31 April 2005, X, Y - Z\n");
    Cli.Result r = Cli.run(file.toString());
    assertFalse(r.out().contains("\u001b"), r.out());
    assertFalse(r.out().contains("\u0007"), r.out());
    assertTrue(r.out().contains("Gen\\u001b[2Jeva"), r.out());
    assertTrue(r.out().contains("Title\\u0007"), r.out());
    assertEquals(1, r.err().split("\n").length, "one diagnostic, one line: " + r.err());
    assertTrue(r.err().contains("evil\\u000aname.txt:5:4: error:"), r.err());
  }

  @Test
  void anEmptyArgumentIsAUsageError() {
    Cli.Result r = Cli.run("");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("empty"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void oneBadInputDoesNotStopTheOthers() throws Exception {
    Path good = Files.copy(SEED, dir.resolve("good.txt"));
    Cli.Result r = Cli.run("--format", "csv", good.toString(), "bad\u0000name.txt");
    assertEquals(1, r.exit());
    assertEquals(1 + 28, r.out().split("\r\n").length, "the good page is written");
    assertTrue(r.err().contains("wsis: cannot read bad\\u0000name.txt"), r.err());
    noStackTrace(r);
  }

  @Test
  void jsonWithAThousandCrossReferencesAmongAThousandMeetingsIsWrittenInBoundedTime()
      throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("refs.txt"),
            io.github.wsisdata.parser.CrossReferenceResolutionTest.manyReferences());
    Cli.Result r =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(60), () -> Cli.run("--format", "json", file.toString()));
    assertEquals(0, r.exit(), r.err());
    assertEquals(1_000, r.out().split("\"resolvesToLine\"", -1).length - 1);
  }

  /** A heap too small for the input: one line and exit 1, no stack trace (a real JVM). */
  @Test
  void outOfMemoryIsOneLineAndExitOne() throws Exception {
    Path page =
        Files.writeString(
            dir.resolve("big.txt"),
            io.github.wsisdata.parser.testing.SyntheticPages.page(40_000_000, 5));
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--format",
                "json",
                page.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "finished");
    assertEquals(1, child.exitValue(), err);
    assertTrue(err.startsWith("wsis: out of memory (heap of "), err);
    assertEquals(1, err.strip().split("\n").length, err);
  }

  /** A named pipe, as {@code wsis <(cat page.txt)} gives one: read as a stream. */
  @Test
  void aNamedPipeIsRead() throws Exception {
    Path fifo = dir.resolve("page.fifo");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Thread writer =
        new Thread(
            () -> {
              try (var out = Files.newOutputStream(fifo)) {
                Files.copy(SEED, out);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();
    Cli.Result r = Cli.run(fifo.toString());
    writer.join(10_000);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().endsWith("28 meetings, 1 cross-reference, 0 errors, 2 warnings\n"));
  }
}
