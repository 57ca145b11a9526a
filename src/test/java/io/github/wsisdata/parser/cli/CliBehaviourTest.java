package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  void withoutArgumentsTheOptionsHaveTheirDocumentedDefaultsThoughPicocliDoesNotRun()
      throws Exception {
    // the main job skips picocli: every option's initial value must be what picocli would set
    Options untouched = new Options();
    Options parsed = new Options();
    new picocli.CommandLine(parsed).setCaseInsensitiveEnumValuesAllowed(true).parseArgs();
    int options = 0;
    for (java.lang.reflect.Field f : Options.class.getDeclaredFields()) {
      if (f.isAnnotationPresent(picocli.CommandLine.Option.class)
          || f.isAnnotationPresent(picocli.CommandLine.Parameters.class)) {
        f.setAccessible(true);
        assertEquals(f.get(parsed), f.get(untouched), f.getName());
        options++;
      }
    }
    assertEquals(22, options, "options and parameters");
    assertEquals(Format.TABLE, untouched.format);
    // and the main job's output is the same as with the bundled page named (through picocli)
    Cli.Result none = Cli.run();
    Cli.Result named = Cli.run("-f", "table", "-j", "1", "--input-format", "auto", SEED.toString());
    assertEquals(
        none.out().replace("wsis-regional-and-thematic-meetings.txt", "PAGE"),
        named.out().replace(SEED.toString(), "PAGE"));
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
    assertEquals(1 + 2 * (28 + 1), r.out().split("\r\n").length);
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
    assertTrue(r.err().contains("Try 'wsis --help'"), r.err());
    assertEquals(2, r.err().lines().count(), r.err());
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
    assertEquals(1 + 28 + 1, r.out().split("\r\n").length, "the good page is written");
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

  /**
   * A heap too small for the input: one line and exit 1, no stack trace (a real JVM). Standard
   * input cannot be read twice, so it is held as a document (a large file would be streamed).
   */
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
                "-")
            .redirectInput(page.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "finished");
    assertEquals(1, child.exitValue(), err);
    // the input that did not fit is named (each input fails alone)
    assertTrue(err.startsWith("wsis: <stdin>: out of memory (heap of "), err);
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

  // ------------------------------------------------------------------------------------------
  // File handling, the way GNU tools behave
  // ------------------------------------------------------------------------------------------

  /** A standard output whose writes fail as a full disk or a closed pipe makes them fail. */
  private static Cli.Result runWithFailingOutput(String failure, String... args) {
    java.io.Writer failing =
        new java.io.Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws java.io.IOException {
            throw new java.io.IOException(failure);
          }

          @Override
          public void flush() throws java.io.IOException {
            throw new java.io.IOException(failure);
          }

          @Override
          public void close() {}
        };
    java.io.StringWriter err = new java.io.StringWriter();
    int exit =
        Main.run(
            args,
            failing,
            new java.io.PrintWriter(err),
            new java.io.ByteArrayInputStream(new byte[0]));
    return new Cli.Result(exit, "", err.toString());
  }

  /** The command's own messages, without the page's diagnostics. */
  private static List<String> ownLines(Cli.Result r) {
    return r.err().lines().filter(l -> l.startsWith("wsis: ")).toList();
  }

  @Test
  void aWriteErrorOnStandardOutputIsReportedAndExitsOne() {
    Cli.Result r = runWithFailingOutput("No space left on device", "-f", "json");
    assertEquals(1, r.exit());
    assertEquals(List.of("wsis: write error: no space left on device"), ownLines(r));
  }

  @Test
  void aReaderThatClosesEarlyEndsTheRunQuietly() {
    Cli.Result r = runWithFailingOutput("Broken pipe", "-f", "csv");
    assertEquals(0, r.exit());
    assertEquals("", r.err()); // the run stops at the first write, with no message
  }

  @Test
  void writingToAFullDeviceNamedWithOutputIsAWriteError() {
    Cli.Result r = Cli.run("-f", "json", "-o", "/dev/full");
    assertEquals(1, r.exit());
    assertEquals(List.of("wsis: write error: /dev/full: no space left on device"), ownLines(r));
  }

  @Test
  void theOutputFileIsReplacedOnlyByACompleteRun() throws Exception {
    Path out = dir.resolve("out.json");
    Files.writeString(out, "old");
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, " H\n\ngo 31 April 2005, Geneva, ITU - T\n");
    // --strict fails: the old file stays, no temporary file is left
    assertEquals(1, Cli.run("--strict", "-f", "json", "-o", out.toString(), bad.toString()).exit());
    assertEquals("old", Files.readString(out));
    // an input that cannot be read fails the run: the same
    Cli.Result missing =
        Cli.run("-f", "json", "-o", out.toString(), dir.resolve("nope.txt").toString());
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("out.json not written"), missing.err());
    assertEquals("old", Files.readString(out));
    try (var files = Files.list(dir)) {
      assertEquals(
          List.of("bad.txt", "out.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    // a complete run replaces it
    assertEquals(0, Cli.run("-f", "json", "-o", out.toString()).exit());
    assertTrue(Files.readString(out).startsWith("{"));
  }

  @Test
  void outputDashIsStandardOutput() {
    Cli.Result r = Cli.run("-f", "csv", "-o", "-");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("id,type,source,"), r.out());
    assertFalse(Files.exists(Path.of("-")));
  }

  @Test
  void readErrorsSayWhy() throws Exception {
    Cli.Result missing = Cli.run(dir.resolve("missing.txt").toString());
    assertEquals(
        "wsis: cannot read " + dir.resolve("missing.txt") + ": no such file\n", missing.err());
    assertEquals(
        "permission denied", Messages.reason(new java.nio.file.AccessDeniedException("x")));
    assertEquals(
        "is a directory",
        Messages.reason(new java.nio.file.FileSystemException("x", null, "Is a directory")));
    assertEquals(
        "is a directory",
        Messages.reason(new java.io.IOException("x: is a directory, not a page file")));
  }

  @Test
  void aUsageErrorPrintsTheErrorAndOneLineAboutHelp() {
    Cli.Result r = Cli.run("--no-such-option");
    assertEquals(2, r.exit());
    assertEquals(
        List.of(
            "wsis: Unknown option: '--no-such-option'", "Try 'wsis --help' for more information."),
        r.err().lines().toList());
  }

  @Test
  void anUnexpectedFailureIsOneLine() {
    java.io.StringWriter err = new java.io.StringWriter();
    Messages.unexpected(new NullPointerException(), new java.io.PrintWriter(err, true));
    assertEquals("wsis: internal error: NullPointerException\n", err.toString());
    err.getBuffer().setLength(0);
    Messages.unexpected(new StackOverflowError("deep"), new java.io.PrintWriter(err, true));
    assertEquals("wsis: deep\n", err.toString());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"table", "json", "jsonl", "csv", "ics", "jsonld"})
  void manyInputsOnSeveralThreadsGiveTheBytesOfOneThread(String format) throws Exception {
    String seed = Files.readString(SEED);
    for (int i = 0; i < 40; i++) {
      // pages of different sizes, so that they finish out of order
      String page = i % 3 == 0 ? seed : seed.substring(0, seed.indexOf("go 7-9 July 2004"));
      Files.writeString(dir.resolve(String.format("p%03d.txt", i)), page);
    }
    Files.writeString(dir.resolve("p999.txt"), " H\n\ngo 31 April 2005, Geneva, ITU - T\n");
    Cli.Result one = Cli.run("-f", format, "-j", "1", dir.toString());
    Cli.Result four = Cli.run("-f", format, "-j", "4", dir.toString());
    assertEquals(0, one.exit(), one.err());
    assertEquals(one.out(), four.out());
    assertEquals(one.err(), four.err());
    if (format.equals("ics")) {
      // the same meetings on many pages are one event each
      assertEquals(28 + 1, one.out().split("BEGIN:VEVENT", -1).length - 1);
    } else {
      assertTrue(one.out().length() > 40 * 1000, "all pages written");
    }
  }

  @Test
  void quietReportsErrorsOnly() throws Exception {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(
        bad, " H\n\ngo 31 April 2005, Geneva, ITU - T\ngo 1 May 2005, Geneva, X (Y)Z\n");
    Cli.Result loud = Cli.run(bad.toString());
    assertTrue(loud.err().contains("warning"), loud.err());
    Cli.Result quiet = Cli.run("--quiet", bad.toString());
    assertEquals(
        List.of(bad + ":3:4: error: \"31 April 2005\": April 2005 has 30 days"),
        quiet.err().lines().toList());
    assertEquals(2, Cli.run("-j", "0").exit());
  }

  @Test
  void dedupeMergesTheSameMeetingAcrossPagesAndReportsNearDuplicates() throws Exception {
    Path thematic = Files.copy(SEED, dir.resolve("a-thematic.txt"));
    Path index = dir.resolve("b-index.txt");
    Files.writeString(index, io.github.wsisdata.parser.MeetingMergerTest.INDEX);
    Cli.Result r = Cli.run("-f", "jsonl", "--dedupe", thematic.toString(), index.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    // 28 + 1 + 1 meetings, then the thematic page's cross-reference, kept (issue 27, point 5)
    assertEquals(28 + 1 + 1 + 1, lines.size());
    com.fasterxml.jackson.databind.JsonNode reference =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertEquals("crossReference", reference.get("type").asText());
    assertEquals(44, reference.get("resolvesToLine").asInt()); // the merged meeting's first line
    com.fasterxml.jackson.databind.JsonNode first =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(0));
    assertEquals("dbc72de0-446f-5c7e-992e-73aefb8f3539", first.get("id").asText());
    assertEquals(2, first.get("sources").size());
    assertEquals(index.toString(), first.get("sources").get(1).get("source").asText());
    assertEquals(7, first.get("sources").get(1).get("line").asInt());
    assertTrue(
        r.err()
            .contains(
                index
                    + ":11: warning: near-duplicate of "
                    + thematic
                    + ":16: the same dates and place, titles \"WSIS Thematic Meeting on Countering"
                    + " spam\" and \"WSIS Thematic Meeting on Countering Spam\" (similarity"
                    + " 1.00); not merged"),
        r.err());
    Cli.Result csv = Cli.run("-f", "csv", "--dedupe", thematic.toString(), index.toString());
    assertTrue(csv.out().startsWith("id,type,source,") && csv.out().contains(",sources\r\n"));
    assertTrue(csv.out().contains(thematic + ":12; " + index + ":7"), csv.out());
    assertEquals(2, Cli.run("-f", "ics", "--dedupe").exit());
  }

  @Test
  void dedupeMergesOneMeetingWrittenInThreeLanguagesInEveryFormat() throws Exception {
    String head = "WSIS Thematic Meetings\n\n";
    Path en = dir.resolve("en.txt");
    Files.writeString(en, head + "go 3 May 2005, Geneva (Switzerland), ITU - Workshop on Spam\n");
    Path fr = dir.resolve("fr.txt");
    Files.writeString(fr, head + "go 3 May 2005, Genève (Suisse), UIT - Workshop on Spam\n");
    Path es = dir.resolve("es.txt");
    Files.writeString(es, head + "go 3 May 2005, Ginebra (Suiza), UIT - Workshop on Spam\n");
    String[] files = {en.toString(), fr.toString(), es.toString()};
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();

    Cli.Result jsonl = Cli.run(args("jsonl", files));
    assertEquals(0, jsonl.exit(), jsonl.err());
    List<String> lines = jsonl.out().lines().toList();
    assertEquals(1, lines.size(), jsonl.out());
    com.fasterxml.jackson.databind.JsonNode record = mapper.readTree(lines.get(0));
    assertEquals(3, record.get("sources").size());
    assertEquals(2660646, record.get("geonamesId").asLong());
    assertEquals("ITU", record.get("organizerAcronyms").asText());

    Cli.Result json = Cli.run(args("json", files));
    assertEquals(0, json.exit(), json.err());
    com.fasterxml.jackson.databind.JsonNode array = mapper.readTree(json.out());
    assertEquals(1, array.size(), json.out());
    assertEquals(3, array.get(0).get("sources").size());

    Cli.Result csv = Cli.run(args("csv", files));
    assertEquals(0, csv.exit(), csv.err());
    assertEquals(2, csv.out().split("\r\n").length, csv.out()); // the header and one row
    assertTrue(csv.out().contains(en + ":3; " + fr + ":3; " + es + ":3"), csv.out());
  }

  private static String[] args(String format, String... files) {
    List<String> all = new java.util.ArrayList<>(List.of("-f", format, "--dedupe"));
    all.addAll(List.of(files));
    return all.toArray(String[]::new);
  }

  @Test
  void tooManyJobsAreCappedByTheCores() throws Exception {
    Path seed = Files.copy(SEED, dir.resolve("seed.txt"));
    Cli.Result r = Cli.run("-f", "jsonl", "-j", "1073741824", seed.toString(), seed.toString());
    assertEquals(0, r.exit(), r.err());
    int cap = 4 * Runtime.getRuntime().availableProcessors();
    assertTrue(
        r.err().contains("--jobs 1073741824 is more than " + cap + "; using " + cap), r.err());
    assertEquals(2 * (28 + 1), r.out().lines().count());
  }

  @Test
  void aFileNamedLikeAnArchiveThatIsNoneIsNotReadAsGzipBytes() throws Exception {
    Path fake = dir.resolve("fake.warc.gz");
    try (java.util.zip.GZIPOutputStream gz =
        new java.util.zip.GZIPOutputStream(Files.newOutputStream(fake))) {
      gz.write("just some text, no WARC record".getBytes(StandardCharsets.UTF_8));
    }
    Cli.Result r = Cli.run("-f", "jsonl", fake.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.err().contains("fake.warc.gz: named like a web archive, but it is not one"), r.err());
    assertEquals("", r.out());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void fileNamesWithControlAndBidiCharactersAreEscapedInTheTable() throws Exception {
    Path tricky = Files.copy(SEED, dir.resolve("a\u202Eevil\u001b[31m.txt"));
    Path other = Files.copy(SEED, dir.resolve("b.txt"));
    Cli.Result r = Cli.run("-f", "table", tricky.toString(), other.toString());
    String out = r.out();
    assertTrue(
        out.contains("a\\u202eevil\\u001b[31m.txt =="), out.lines().limit(3).toList().toString());
    assertTrue(out.indexOf('\u202E') < 0 && out.indexOf('\u001b') < 0);
  }

  @Test
  void threeNearDuplicatesAreOneWarning() throws Exception {
    Path page = dir.resolve("near.txt");
    Files.writeString(
        page,
        "WSIS Thematic Meetings\n\n"
            + "go 3 May 2005, Geneva (Switzerland), ITU - Workshop on Spam\n"
            + "go 3 May 2005, Geneva (Switzerland), ITU - Workshop on spam\n"
            + "go 3 May 2005, Geneva (Switzerland), ITU - Workshop on SPAM\n");
    Cli.Result r = Cli.run("-f", "jsonl", "--dedupe", page.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> warnings = r.err().lines().filter(l -> l.contains("near-duplicate")).toList();
    assertEquals(1, warnings.size(), r.err());
    assertTrue(
        warnings
            .get(0)
            .startsWith(page + ":3: warning: 3 near-duplicates, the same dates and place"),
        warnings.get(0));
  }

  @Test
  void outputIntoAMissingFolderOrOntoAnInputIsRefusedNamingIt() throws Exception {
    Path seed = Files.copy(SEED, dir.resolve("seed.txt"));
    Path missing = dir.resolve("no-such-folder").resolve("out.csv");
    Cli.Result r = Cli.run("-f", "csv", "-o", missing.toString(), seed.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals(
        "wsis: cannot write " + missing + ": the folder " + missing.getParent() + " does not exist",
        r.err().strip());
    byte[] before = Files.readAllBytes(seed);
    Cli.Result onto = Cli.run("-f", "csv", "-o", seed.toString(), seed.toString());
    assertEquals(2, onto.exit(), onto.err());
    assertTrue(onto.err().contains("is also an input: it would be overwritten"), onto.err());
    assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(seed));
  }
}
