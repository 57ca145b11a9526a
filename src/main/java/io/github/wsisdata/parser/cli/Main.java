package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.InputFormat;
import io.github.wsisdata.parser.MeetingMerger;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParseException;
import io.github.wsisdata.parser.WsisParser;
import io.github.wsisdata.parser.internal.page.Inputs;
import io.github.wsisdata.parser.internal.source.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code wsis} command: parses WSIS pages and writes them as a table, JSON, CSV, iCalendar or
 * JSON-LD. Data goes to standard output (or {@code --output}); diagnostics go to standard error as
 * {@code FILE:LINE:COLUMN: warning|error: message}.
 *
 * <p>Exit codes: 0 success (warnings allowed); 1 an input could not be read, or {@code --strict}
 * and an input has an ERROR; 2 usage error.
 */
@Command(
    name = "wsis",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    description = {
      "Parses WSIS meeting pages (plain text or HTML) into clean data.",
      "With no INPUT, parses the bundled page."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (warnings allowed)",
      "1:an input could not be read, a write failed, or --strict and an input has an error",
      "2:usage error"
    })
public final class Main implements Callable<Integer> {
  /** The page bundled with the library, parsed when no input is given. */
  static final String BUNDLED_PAGE = "wsis-regional-and-thematic-meetings.txt";

  static final String STDIN = "-";

  @Parameters(
      paramLabel = "INPUT",
      description =
          "Page files (text or HTML), directories (searched recursively for *.txt and *.html,"
              + " *.htm, ...), or - for stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table, json, jsonl, csv, ics or jsonld (default: ${DEFAULT-VALUE}).")
  Format format = Format.TABLE;

  @Option(
      names = "--input-format",
      defaultValue = "auto",
      paramLabel = "FORMAT",
      description = "auto, text or html (default: ${DEFAULT-VALUE}: HTML by file name or content).")
  InputFormat inputFormat = InputFormat.AUTO;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Character set of text input (default: UTF-8; HTML says its own).")
  Charset encoding = StandardCharsets.UTF_8;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Resolve relative links of HTML pages against URL when a page names no base.")
  java.net.URI baseUrl;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the data to FILE instead of standard output.")
  Path output;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Parse N inputs at a time (default: the number of cores).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(
      names = {"-q", "--quiet"},
      description = "Report only errors on standard error: no warnings, no progress.")
  boolean quiet;

  @Option(
      names = "--dedupe",
      description =
          "Merge meetings with the same ID across pages into one record listing every source;"
              + " report near-duplicates (with -f json, jsonl or csv).")
  boolean dedupe;

  @Option(
      names = "--flat",
      description = "With -f json: one flat record per meeting (as jsonl) in an array.")
  boolean flat;

  @Option(
      names = "--excel",
      description = "With -f csv: start with a UTF-8 byte order mark, for spreadsheet programs.")
  boolean excel;

  @Option(
      names = "--strict",
      description = "Fail (exit 1, no data written) if any input has an error.")
  boolean strict;

  /** Standard output, for data: not a PrintWriter, so that write errors are not swallowed. */
  private final Writer out;

  private final PrintWriter err;
  private final InputStream stdin;

  /** Whether standard output and standard error are the real ones (not a test's). */
  private final boolean console;

  Main(Writer out, PrintWriter err, InputStream stdin, boolean console) {
    this.out = out;
    this.err = err;
    this.stdin = stdin;
    this.console = console;
  }

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args arguments
   */
  public static void main(String[] args) {
    useNoLoggingBackend();
    startEarly(args);
    // the file descriptor itself: System.out is a PrintStream, which hides write errors
    Writer out =
        new java.io.BufferedWriter(
            new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8),
            1 << 16);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err, System.in, true);
    err.flush();
    System.exit(code);
  }

  /**
   * The bundled page, parsed on a second thread from the first moment when the command line has no
   * argument at all (the main job), while picocli reads the (empty) arguments on the main thread.
   */
  private static volatile FutureTask<WsisDocument> bundledEarly;

  /**
   * Start-up: on a second thread, parse the bundled page when there are no arguments, or one sample
   * line otherwise (this loads ANTLR's tables), while picocli starts on the main thread. Measured
   * in docs/performance.md; results never depend on it.
   */
  private static void startEarly(String[] args) {
    Runnable work;
    if (args.length == 0) {
      FutureTask<WsisDocument> task =
          new FutureTask<>(() -> WsisParser.builder().build().read(openBundledPage()));
      bundledEarly = task;
      work = task;
    } else {
      work =
          () ->
              WsisParser.parseText(" W\n\ngo 1-2 May 2005, Geneva (Switzerland), ITU - Warm-up\n");
    }
    Thread thread = new Thread(work, "wsis-early-start");
    thread.setDaemon(true);
    thread.start();
  }

  /** The library logs through SLF4J; the command line reports to stderr itself instead. */
  private static void useNoLoggingBackend() {
    // picocli would load java.sql to offer converters for its types; no option here uses them
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", "java\\.sql\\..*");
    }
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
  }

  static int run(String[] args, Writer out, PrintWriter err, InputStream stdin) {
    return run(args, out, err, stdin, false);
  }

  /**
   * Runs the command line.
   *
   * @param console whether {@code out} and {@code err} are the process's standard output and error,
   *     which may be terminals (progress, table width)
   */
  static int run(String[] args, Writer out, PrintWriter err, InputStream stdin, boolean console) {
    if (args.length == 0) {
      // the main job: no argument to read, so no picocli model to build (a third of the start-up
      // time, docs/performance.md); the fields' initial values are the options' defaults
      // (CliBehaviourTest checks that they agree)
      Main main = new Main(out, err, stdin, console);
      int code = guarded(main::call, err);
      err.flush();
      return code;
    }
    PrintWriter help = new PrintWriter(out);
    CommandLine cmd = new CommandLine(new Main(out, err, stdin, console));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setOut(help);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler(
        (e, arguments) -> {
          // the error and where to look, not the whole help
          err.println("wsis: " + Terminal.escape(String.valueOf(e.getMessage())));
          err.println("Try 'wsis --help' for more information.");
          return 2;
        });
    cmd.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          unexpected(e, err);
          return 1;
        });
    int code = guarded(() -> cmd.execute(args), err);
    help.flush();
    err.flush();
    return code;
  }

  /** Runs the command; an out-of-memory or any other failure is one line on {@code err}, exit 1. */
  private static int guarded(Callable<Integer> command, PrintWriter err) {
    try {
      return command.call();
    } catch (OutOfMemoryError e) {
      // one line, no stack trace: the heap (-Xmx) was too small for this input
      err.println(
          "wsis: out of memory (heap of "
              + (Runtime.getRuntime().maxMemory() >> 20)
              + " MiB); give Java more with -Xmx, or split the input");
      return 1;
    } catch (Throwable e) { // NOPMD: the command line's last resort, one line and exit 1
      unexpected(e, err);
      return 1;
    }
  }

  /** Any unexpected failure: one line naming it, never a stack trace. */
  static void unexpected(Throwable e, PrintWriter err) {
    String message = e.getMessage();
    err.println(
        "wsis: "
            + (message == null || message.isBlank()
                ? "internal error: " + e.getClass().getSimpleName()
                : Terminal.escape(message)));
  }

  @Override
  public Integer call() throws IOException {
    if (dedupe && format != Format.JSON && format != Format.JSONL && format != Format.CSV) {
      err.println("wsis: --dedupe goes with -f json, jsonl or csv");
      err.println("Try 'wsis --help' for more information.");
      return 2;
    }
    if (flat && format != Format.JSON && format != Format.CSV) {
      err.println("wsis: --flat goes with -f json or -f csv (csv is always flat)");
      err.println("Try 'wsis --help' for more information.");
      return 2;
    }
    if (excel && format != Format.CSV) {
      err.println("wsis: --excel goes with -f csv");
      err.println("Try 'wsis --help' for more information.");
      return 2;
    }
    if (jobs < 1) {
      err.println("wsis: --jobs must be 1 or more, not " + jobs);
      err.println("Try 'wsis --help' for more information.");
      return 2;
    }
    if (inputs.contains("")) {
      // a usage error (exit 2): an empty name would otherwise read the current folder
      err.println(
          "wsis: an input name is empty (\"\"): name a file, a folder or -; see wsis --help");
      return 2;
    }
    List<Input> expanded = new ArrayList<>();
    int exit = expand(expanded) ? 0 : 1;
    Path target = output == null || output.toString().equals(STDIN) ? null : output;
    boolean direct = target != null && Files.exists(target) && !Files.isRegularFile(target);
    // -o FILE and --strict write to a temporary file first: a failed run changes nothing
    Path temporary =
        direct || (target == null && !strict)
            ? null
            : target == null
                ? Files.createTempFile("wsis-", ".tmp")
                : Files.createTempFile(target.toAbsolutePath().getParent(), ".wsis-", ".tmp");
    try {
      try (Writer data =
          temporary != null
              ? Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)
              : direct ? Files.newBufferedWriter(target, StandardCharsets.UTF_8) : null) {
        Writer to = data != null ? data : out;
        exit = Math.max(exit, parseAndWrite(expanded, to));
        to.flush();
      } catch (IOException | UncheckedIOException e) {
        IOException io = ioCause(e);
        if (temporary == null && !direct && brokenPipe(io)) {
          return exit; // the reader (head, less) has all it wanted: end quietly
        }
        err.println(
            "wsis: write error: "
                + (target == null ? "" : Terminal.escape(target.toString()) + ": ")
                + Terminal.escape(reason(io)));
        return 1;
      }
      if (temporary == null) {
        return exit;
      }
      if (strict && exit != 0) {
        err.println("wsis: --strict: errors found, no data written");
        return exit;
      }
      if (exit != 0 && target != null) {
        // a failed run leaves an existing file as it was
        err.println(
            "wsis: " + Terminal.escape(target.toString()) + " not written: an input failed");
        return exit;
      }
      if (target != null) {
        move(temporary, target);
      } else {
        try (java.io.Reader spooled = Files.newBufferedReader(temporary, StandardCharsets.UTF_8)) {
          spooled.transferTo(out);
          out.flush();
        } catch (IOException e) {
          if (brokenPipe(e)) {
            return exit;
          }
          err.println("wsis: write error: " + Terminal.escape(reason(e)));
          return 1;
        }
      }
      return exit;
    } finally {
      if (temporary != null) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * What one unit of work (an input, or a page of a web archive) gave: its document (and, when the
   * writer can make it alone, its output), or the messages that say why there is none.
   *
   * @param failed whether the unit makes the run fail (an input that cannot be read, an unreadable
   *     archive record)
   * @param archive the web archive this unit is a page of (or its end), else null
   * @param end whether this is the end of {@code archive}
   */
  private record Parsed(
      SourcedDocument document,
      String rendered,
      List<String> messages,
      boolean failed,
      String archive,
      boolean end) {
    Parsed(SourcedDocument document, String rendered, List<String> messages) {
      this(document, rendered, messages, document == null, null, false);
    }
  }

  /**
   * Parses the inputs on {@code jobs} threads and writes each page as soon as it and every page
   * before it are done, in input order: the output is the same bytes as with one thread, and at
   * most {@code 2 x jobs} parsed pages are held at a time.
   *
   * @return 0, or 1 if an input failed
   */
  private int parseAndWrite(List<Input> expanded, Writer to) throws IOException {
    try (Progress shown =
        console
            ? Progress.onStandardError(expanded.size(), quiet)
            : new Progress(expanded.size(), false, System::nanoTime, null)) {
      progress = shown;
      return parseAndWriteAll(expanded, to);
    }
  }

  /** Progress of the run on standard error, if shown. */
  private Progress progress;

  private int parseAndWriteAll(List<Input> expanded, Writer to) throws IOException {
    DocumentWriter writer =
        dedupe
            ? DocumentWriter.merged(format, excel)
            : format == Format.TABLE && to == out && console && Terminal.isTerminal(1)
                ? new TableWriter(Terminal.width())
                : DocumentWriter.of(format, excel, flat);
    writer.begin(to, expanded.size());
    MeetingMerger merger = dedupe ? new MeetingMerger() : null;
    WsisParser.Builder configured = WsisParser.builder().format(inputFormat).charset(encoding);
    if (baseUrl != null) {
      configured.baseUri(baseUrl);
    }
    WsisParser parser = configured.build();
    // a single web archive is many pages: as many threads as asked
    int threads =
        Math.max(
            1,
            expanded.size() < jobs && expanded.stream().anyMatch(Main::isArchive)
                ? jobs
                : Math.min(jobs, expanded.size()));
    Units units = new Units(expanded, parser, writer);
    if (threads == 1) {
      // one input or -j 1: no pool (the main job starts faster without one)
      int exit = 0;
      while (units.hasNext()) {
        exit = Math.max(exit, consume(call(units.next()), writer, merger, to));
      }
      return finish(writer, merger, to, exit);
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "wsis-parse");
              thread.setDaemon(true);
              return thread;
            });
    int exit = 0;
    try {
      java.util.ArrayDeque<java.util.concurrent.Future<Parsed>> window =
          new java.util.ArrayDeque<>();
      while (units.hasNext() || !window.isEmpty()) {
        while (units.hasNext() && window.size() < 2 * threads) {
          window.add(pool.submit(units.next()));
        }
        exit = Math.max(exit, consume(await(window.removeFirst()), writer, merger, to));
      }
    } finally {
      pool.shutdownNow();
      units.close();
    }
    return finish(writer, merger, to, exit);
  }

  private static boolean isArchive(Input input) {
    return input.path() != null
        && Files.isRegularFile(input.path())
        && io.github.wsisdata.parser.internal.warc.WarcPages.looksLikeWarc(input.path());
  }

  private static Parsed call(Callable<Parsed> unit) {
    try {
      return unit.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The units of work, made on the writing thread in input order: one per input, and one per page
   * of a web archive (read here, in file order, and parsed on whichever thread runs the unit), then
   * one for the archive's end.
   */
  private final class Units implements java.util.Iterator<Callable<Parsed>>, AutoCloseable {
    private final java.util.Iterator<Input> inputs;
    private final WsisParser parser;
    private final DocumentWriter writer;
    private ArchiveUnits archive;

    Units(List<Input> inputs, WsisParser parser, DocumentWriter writer) {
      this.inputs = inputs.iterator();
      this.parser = parser;
      this.writer = writer;
    }

    @Override
    public boolean hasNext() {
      return archive != null || inputs.hasNext();
    }

    @Override
    public Callable<Parsed> next() {
      if (archive == null) {
        Input input = inputs.next();
        if (!isArchive(input)) {
          return () -> parse(parser, input, writer);
        }
        try {
          archive = new ArchiveUnits(input.name(), input.path(), parser);
        } catch (IOException | UncheckedIOException e) {
          List<String> messages =
              List.of(
                  "wsis: cannot read " + Terminal.escape(input.name() + ": " + reason(ioCause(e))));
          return () -> new Parsed(null, null, messages);
        }
      }
      Callable<Parsed> unit = archive.next(writer);
      if (archive.ended()) {
        archive.close();
        archive = null;
      }
      return unit;
    }

    @Override
    public void close() {
      if (archive != null) {
        archive.close();
      }
    }
  }

  /** The pages of one web archive as units of work; each page is named {@code FILE@OFFSET}. */
  private final class ArchiveUnits implements AutoCloseable {
    private final String name;
    private final io.github.wsisdata.parser.internal.warc.WarcPages.Captures captures;
    private final List<String> pending = new ArrayList<>();
    private boolean failed;
    private boolean ended;

    ArchiveUnits(String name, Path path, WsisParser parser) throws IOException {
      this.name = name;
      this.captures =
          io.github.wsisdata.parser.internal.warc.WarcPages.captures(
              path,
              name,
              new Inputs.Settings(
                  new Limits(parser.maxInputSize(), parser.maxLineLength()),
                  InputFormat.AUTO,
                  encoding,
                  null),
              this::problem);
    }

    private void problem(Diagnostic d) {
      if (!quiet || d.severity() == Severity.ERROR) {
        pending.add("wsis: " + Terminal.escape(d.message()));
      }
      failed |= d.severity() == Severity.ERROR;
    }

    /** The next page, or the archive's end (with what reading it reported). */
    Callable<Parsed> next(DocumentWriter writer) {
      boolean more = captures.hasNext();
      List<String> messages = List.copyOf(pending);
      boolean broken = failed;
      pending.clear();
      failed = false;
      if (!more) {
        ended = true;
        return () -> new Parsed(null, null, messages, broken, name, true);
      }
      io.github.wsisdata.parser.internal.warc.WarcPages.Capture capture = captures.next();
      return () -> {
        String page = name + "@" + capture.offset();
        try {
          java.util.Optional<WsisDocument> doc = capture.parse();
          if (doc.isEmpty()) {
            return new Parsed(null, null, messages, broken, name, false);
          }
          SourcedDocument held = SourcedDocument.of(page, doc.get());
          String rendered = !dedupe && writer.rendersAlone() ? writer.render(held) : null;
          return new Parsed(held, rendered, messages, broken, name, false);
        } catch (WsisParseException e) {
          List<String> all = new ArrayList<>(messages);
          e.diagnostics().forEach(d -> all.add(format(page, d)));
          return new Parsed(null, null, all, true, name, false);
        }
      };
    }

    boolean ended() {
      return ended;
    }

    @Override
    public void close() {
      captures.close();
    }
  }

  /** Reports a parsed unit and writes (or merges) its page; 1 if it makes the run fail. */
  private int consume(Parsed parsed, DocumentWriter writer, MeetingMerger merger, Writer to)
      throws IOException {
    parsed.messages().forEach(err::println);
    int exit = parsed.failed() ? 1 : 0;
    SourcedDocument page = parsed.document();
    if (parsed.archive() != null) {
      if (parsed.end()) {
        if (skippedInArchive > 0 && !quiet) {
          err.println(
              "wsis: "
                  + Terminal.escape(
                      io.github.wsisdata.parser.internal.warc.WarcPages.skipped(
                              parsed.archive(), skippedInArchive)
                          .message()));
        }
        skippedInArchive = 0;
        progress.done(0);
        return exit;
      }
      if (page == null) {
        skippedInArchive += parsed.failed() ? 0 : 1;
        return exit;
      }
      return Math.max(exit, consumePage(page, parsed.rendered(), writer, merger, to, false));
    }
    if (page == null) {
      progress.done(0);
      return 1;
    }
    return Math.max(exit, consumePage(page, parsed.rendered(), writer, merger, to, true));
  }

  /** Pages of the web archive being written that were not WSIS meeting pages. */
  private int skippedInArchive;

  /** Reports one page's diagnostics and writes (or merges) it. */
  private int consumePage(
      SourcedDocument page,
      String rendered,
      DocumentWriter writer,
      MeetingMerger merger,
      Writer to,
      boolean input)
      throws IOException {
    SourcedDocument.Summary summary = page.summary();
    if (input) {
      progress.done(summary.meetings());
    } else {
      progress.meetings(summary.meetings());
    }
    if (summary.errors() > 0 || (!quiet && summary.warnings() > 0)) {
      page.diagnostics(
          d -> {
            if (!quiet || d.severity() == Severity.ERROR) {
              err.println(format(page.source(), d));
            }
          });
    }
    if (merger != null) {
      page.meetings(m -> merger.add(page.source(), m));
    } else if (rendered != null) {
      writer.rendered(rendered, to);
    } else {
      writer.document(page, to);
    }
    return strict && summary.errors() > 0 ? 1 : 0;
  }

  /** Writes the merged meetings, if any, and the end of the output. */
  private int finish(DocumentWriter writer, MeetingMerger merger, Writer to, int exit)
      throws IOException {
    if (merger != null) {
      for (MeetingMerger.NearDuplicate near : merger.nearDuplicates()) {
        if (!quiet) {
          err.println(nearDuplicate(near));
        }
      }
      for (MeetingMerger.MergedMeeting m : merger.meetings()) {
        writer.merged(m, to);
      }
    }
    writer.end(to);
    return exit;
  }

  private Parsed parse(WsisParser parser, Input input, DocumentWriter writer) {
    List<String> messages = new ArrayList<>();
    try {
      boolean regular = input.path() != null && Files.isRegularFile(input.path());
      if (regular && Files.size(input.path()) > streamAbove()) {
        return new Parsed(
            StreamedDocument.read(
                input.name(),
                input.path(),
                new Inputs.Settings(
                    new Limits(parser.maxInputSize(), parser.maxLineLength()),
                    inputFormat,
                    encoding,
                    baseUrl)),
            null,
            messages);
      }
      SourcedDocument page = SourcedDocument.of(input.name(), input.read(parser, stdin));
      // the page's output is made here, on the parsing thread, when it needs no other page
      String rendered = !dedupe && writer.rendersAlone() ? writer.render(page) : null;
      return new Parsed(page, rendered, messages);
    } catch (WsisParseException e) {
      e.diagnostics().forEach(d -> messages.add(format(input.name(), d)));
    } catch (IOException | UncheckedIOException e) {
      IOException io = ioCause(e);
      messages.add("wsis: cannot read " + Terminal.escape(input.name() + ": " + reason(io)));
    }
    return new Parsed(null, null, messages);
  }

  /**
   * Files larger than this are not held as documents but read again for each pass of the writer
   * ({@link StreamedDocument}): a sixteenth of the heap, as a document takes about 2.6 times its
   * page and up to {@code 2 x jobs} are held at a time. The system property {@value #STREAM_ABOVE}
   * (bytes) sets it.
   */
  static long streamAbove() {
    return Long.getLong(STREAM_ABOVE, Runtime.getRuntime().maxMemory() / 16);
  }

  static final String STREAM_ABOVE = "wsis.streamAbove";

  /** The result of a parse; an Error (OutOfMemoryError) on a parsing thread is thrown here. */
  private static Parsed await(java.util.concurrent.Future<Parsed> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(
          from,
          to,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** A near-duplicate as a warning naming both places. */
  static String nearDuplicate(MeetingMerger.NearDuplicate near) {
    MeetingMerger.Occurrence a = near.first().occurrences().get(0);
    MeetingMerger.Occurrence b = near.second().occurrences().get(0);
    return Terminal.escape(
        b.document()
            + ":"
            + b.line()
            + ": warning: near-duplicate of "
            + a.document()
            + ":"
            + a.line()
            + ": the same dates and place, titles \""
            + near.second().meeting().title()
            + "\" and \""
            + near.first().meeting().title()
            + "\" (similarity "
            + String.format(Locale.ROOT, "%.2f", near.similarity())
            + "); not merged");
  }

  /** The I/O error itself, whether it came checked or wrapped in an UncheckedIOException. */
  private static IOException ioCause(Exception e) {
    return e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
  }

  /** EPIPE: the other end of a pipe was closed. */
  static boolean brokenPipe(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return message.contains("broken pipe") || message.contains("stream closed");
  }

  static String format(String name, Diagnostic d) {
    return Terminal.escape(name)
        + ":"
        + d.line()
        + ":"
        + d.column()
        + ": "
        + d.severity().name().toLowerCase(Locale.ROOT)
        + ": "
        + Terminal.escape(d.message());
  }

  /** One thing to parse: a file, standard input, or the bundled page. */
  private record Input(String name, Path path, boolean stdin, boolean bundled) {
    WsisDocument read(WsisParser parser, InputStream in) throws IOException {
      if (bundled) {
        FutureTask<WsisDocument> early = bundledEarly;
        if (early != null) {
          return early(early);
        }
        return parser.read(openBundledPage());
      }
      if (stdin) {
        return parser.read(in);
      }
      return parser.read(path);
    }
  }

  private static WsisDocument early(FutureTask<WsisDocument> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the bundled page", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException(e.getCause());
    }
  }

  /** The bundled page's bytes; the parser reads and closes nothing else. */
  private static InputStream openBundledPage() throws IOException {
    InputStream page = Main.class.getResourceAsStream("/" + BUNDLED_PAGE);
    if (page == null) {
      throw new IOException(BUNDLED_PAGE + ": the bundled page is not on the class path");
    }
    try (page) {
      return new java.io.ByteArrayInputStream(page.readAllBytes());
    }
  }

  /**
   * The inputs to read, in order: files, standard input, and the pages under folders. A name that
   * cannot be a path here (an encoding the platform cannot map) and a folder that cannot be read
   * are each one message; the other inputs are still read.
   *
   * @param expanded receives the inputs
   * @return false if some input could not be listed
   */
  private boolean expand(List<Input> expanded) {
    boolean ok = true;
    if (inputs.isEmpty()) {
      expanded.add(new Input(BUNDLED_PAGE, null, false, true));
    }
    for (String name : inputs) {
      if (name.equals(STDIN)) {
        expanded.add(new Input("<stdin>", null, true, false));
        continue;
      }
      Path path;
      try {
        path = Path.of(name);
      } catch (InvalidPathException e) {
        err.println("wsis: cannot read " + Terminal.escape(name) + ": " + e.getReason());
        ok = false;
        continue;
      }
      if (!Files.isDirectory(path)) {
        expanded.add(new Input(name, path, false, false));
        continue;
      }
      List<Path> pages = new ArrayList<>();
      ok &= walk(path, pages);
      if (pages.isEmpty()) {
        err.println(
            "wsis: "
                + Terminal.escape(name)
                + ": no page files (*.txt, *.html, *.htm, ...) in this directory");
      }
      pages.sort(null);
      pages.forEach(p -> expanded.add(new Input(p.toString(), p, false, false)));
    }
    return ok;
  }

  /** The *.txt files under a folder; a sub-folder that cannot be read is reported and skipped. */
  private boolean walk(Path folder, List<Path> pages) {
    boolean[] ok = {true};
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
              if (attrs.isRegularFile()
                  && (name.endsWith(".txt")
                      || Inputs.htmlName(name)
                      || name.endsWith(".warc")
                      || name.endsWith(".warc.gz"))) {
                pages.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              err.println("wsis: cannot read " + Terminal.escape(file + ": " + reason(e)));
              ok[0] = false;
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      err.println("wsis: cannot read " + Terminal.escape(folder + ": " + reason(e)));
      return false;
    }
    return ok[0];
  }

  /** Why a file could not be read or written, in the words of GNU tools. */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.NotDirectoryException) {
      return "not a directory";
    }
    String message = String.valueOf(e.getMessage());
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      message = fs.getReason();
    }
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("is a directory")) {
      return "is a directory";
    }
    if (lower.contains("no space left")) {
      return "no space left on device";
    }
    if (lower.contains("permission denied")) {
      return "permission denied";
    }
    return message;
  }

  /** Version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"wsis " + (v == null ? "(development build)" : v)};
    }
  }
}
