package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.ArchivedPage;
import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.InputFormat;
import io.github.wsisdata.parser.MeetingMerger;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParseException;
import io.github.wsisdata.parser.WsisParser;
import io.github.wsisdata.parser.cli.ArchiveUnits.Unit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses the inputs on {@code -j} threads, one page per thread, and writes each page as soon as it
 * and every page before it are done, in input order: the output is the same bytes as with one
 * thread, and at most {@code 2 x jobs} parsed pages are held at a time. Diagnostics go to standard
 * error as each page is written.
 */
final class OrderedRunner {
  /**
   * Files larger than this are not held as documents but read again for each pass of the writer
   * ({@link StreamedPage}): a document takes about 2.6 times its page and up to {@code 2 x jobs}
   * are held at a time, so that with a twelfth of the heap shared among the jobs (and no more than
   * a sixteenth for one) the held pages stay under half the heap. The system property {@value
   * #STREAM_ABOVE} (bytes) sets it.
   */
  long streamAbove() {
    long heap = Runtime.getRuntime().maxMemory();
    return Long.getLong(STREAM_ABOVE, Math.min(heap / 16, heap / (12L * jobs)));
  }

  /**
   * The most threads {@code -j} may ask for: four per core (parsing is CPU-bound; more only holds
   * more pages in memory).
   *
   * @return the cap
   */
  static int maxJobs() {
    return 4 * Runtime.getRuntime().availableProcessors();
  }

  static final String STREAM_ABOVE = "wsis.streamAbove";

  private final Options options;
  private final PrintWriter err;
  private final java.io.InputStream stdin;
  private final Progress progress;
  private final DocumentWriter writer;
  private final WsisParser parser;

  /** A cross-reference read with {@code --dedupe} and the page's meeting it resolved to. */
  private record HeldReference(
      String source,
      io.github.wsisdata.parser.CrossReference reference,
      io.github.wsisdata.parser.Meeting meeting) {}

  /** The cross-references of the pages read with {@code --dedupe}, in input order. */
  private final List<HeldReference> references = new java.util.ArrayList<>();

  /** Threads asked for, capped at {@link #maxJobs()}. */
  private final int jobs;

  /** Pages that were not WSIS meeting pages: how many, and the first few by name. */
  private static final class Skipped {
    private int count;
    private final List<String> first = new ArrayList<>();

    void add(String name) {
      if (count++ < ArchivedPage.NAMED_SKIPPED) {
        first.add(name);
      }
    }
  }

  /** Of the web archive being written (by URL). */
  private Skipped skippedInArchive = new Skipped();

  /** Of the pages read with {@code --crawl}, not in an archive (by file name). */
  private final Skipped skippedInCrawl = new Skipped();

  OrderedRunner(
      Options options,
      PrintWriter err,
      java.io.InputStream stdin,
      Progress progress,
      DocumentWriter writer) {
    this.options = options;
    this.err = err;
    this.stdin = stdin;
    this.progress = progress;
    this.writer = writer;
    this.jobs = Math.min(options.jobs, maxJobs());
    WsisParser.Builder configured =
        WsisParser.builder()
            .format(options.inputFormat)
            .charset(options.encoding == null ? StandardCharsets.UTF_8 : options.encoding);
    if (options.baseUrl != null) {
      configured.baseUri(options.baseUrl);
    }
    this.parser = configured.build();
    this.selection = options.selection();
    this.windows1252 =
        options.encoding == null
            ? configured.charset(Charset.forName("windows-1252")).build()
            : null;
  }

  /** Which meetings are written ({@code --from}, {@code --country}...). */
  private final Selection selection;

  /** The parser for text page files that are not UTF-8, when no {@code --encoding} was given. */
  private final WsisParser windows1252;

  /**
   * Reads an input; a text page file that is not valid UTF-8 (and no {@code --encoding}) is read
   * again as windows-1252, with one {@code NOT_UTF8} warning instead of an error per byte.
   */
  private Optional<WsisDocument> read(InputList.Input input) throws IOException {
    Optional<WsisDocument> doc =
        options.crawl
            ? input.readMeetingPage(parser, stdin)
            : Optional.of(input.read(parser, stdin));
    if (windows1252 == null || input.path() == null || input.bundled()) {
      return doc;
    }
    Optional<Diagnostic> malformed =
        doc.flatMap(
            d ->
                d.sourceInfo().format() == InputFormat.TEXT
                    ? d.diagnostics().stream()
                        .filter(x -> x.code() == DiagnosticCode.MALFORMED_UTF8)
                        .findFirst()
                    : Optional.empty());
    if (malformed.isEmpty()) {
      return doc;
    }
    WsisDocument again = input.read(windows1252, stdin);
    List<Diagnostic> diagnostics = new ArrayList<>();
    Diagnostic first = malformed.get();
    diagnostics.add(
        new Diagnostic(
            Severity.WARNING,
            DiagnosticCode.NOT_UTF8,
            first.line(),
            first.column(),
            "the page is not valid UTF-8 (first: "
                + first.message().replace(" are not valid UTF-8; replaced by U+FFFD", "")
                + "); it was read as windows-1252 (name its charset with --encoding)",
            first.sourceLine()));
    diagnostics.addAll(again.diagnostics());
    return Optional.of(
        new WsisDocument(
            again.title(),
            again.lastUpdated(),
            again.sections(),
            diagnostics,
            again.lineRoles(),
            again.sourceInfo()));
  }

  /**
   * Parses and writes every input.
   *
   * @return 0, or 1 if an input failed
   */
  int run(List<InputList.Input> inputs, Writer to) throws IOException {
    writer.begin(to, inputs.size());
    MeetingMerger merger = options.dedupe ? new MeetingMerger() : null;
    // a single web archive is many pages: as many threads as asked
    if (options.jobs > maxJobs() && !options.quiet) {
      err.println(
          "wsis: --jobs " + options.jobs + " is more than " + maxJobs() + "; using " + maxJobs());
    }
    int threads =
        Math.max(
            1,
            inputs.size() < jobs && inputs.stream().anyMatch(InputList.Input::isArchive)
                ? jobs
                : Math.min(jobs, inputs.size()));
    int exit = 0;
    try (Units units = new Units(inputs)) {
      if (threads == 1) {
        // one input or -j 1: no pool (the main job starts faster without one)
        while (units.hasNext()) {
          exit = Math.max(exit, consume(call(units.next()), merger, to));
        }
      } else {
        exit = inOrder(units, threads, merger, to);
      }
    }
    return finish(merger, to, exit);
  }

  private int inOrder(Units units, int threads, MeetingMerger merger, Writer to)
      throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "wsis-parse");
              thread.setDaemon(true);
              return thread;
            });
    int exit = 0;
    try {
      ArrayDeque<Future<Unit>> window = new ArrayDeque<>();
      while (units.hasNext() || !window.isEmpty()) {
        while (units.hasNext() && window.size() < 2 * threads) {
          window.add(pool.submit(units.next()));
        }
        exit = Math.max(exit, consume(await(window.removeFirst()), merger, to));
      }
    } finally {
      pool.shutdownNow();
    }
    return exit;
  }

  private static Unit call(Callable<Unit> unit) {
    try {
      return unit.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The result of a parse; an Error (OutOfMemoryError) on a parsing thread is thrown here. */
  private static Unit await(Future<Unit> future) {
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

  /** A page's output made on the parsing thread, when the writer can make it alone. */
  private ArchiveUnits.Render render() {
    return !options.dedupe && writer.rendersAlone() ? writer::render : null;
  }

  /**
   * The units of work, made on the writing thread in input order: one per input, and one per page
   * of a web archive (read here, in file order, and parsed on whichever thread runs the unit), then
   * one for the archive's end.
   */
  private final class Units implements Iterator<Callable<Unit>>, AutoCloseable {
    private final Iterator<InputList.Input> inputs;
    private ArchiveUnits archive;

    Units(List<InputList.Input> inputs) {
      this.inputs = inputs.iterator();
    }

    @Override
    public boolean hasNext() {
      return archive != null || inputs.hasNext();
    }

    @Override
    public Callable<Unit> next() {
      if (archive == null) {
        InputList.Input input = inputs.next();
        if (!input.isArchive()) {
          return () -> parse(input);
        }
        try {
          archive = new ArchiveUnits(input.name(), input.path(), parser, options.quiet, selection);
        } catch (IOException | UncheckedIOException e) {
          List<String> messages = List.of(Messages.cannotRead(input.name(), Messages.ioCause(e)));
          return () -> new Unit(null, null, messages);
        }
      }
      Callable<Unit> unit = archive.next(render());
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

  private Unit parse(InputList.Input input) {
    List<String> messages = new ArrayList<>();
    try {
      if (input.largerThan(streamAbove())) {
        return new Unit(
            selection.view(StreamedPage.read(input.name(), input.path(), parser)), null, messages);
      }
      String binary = input.binary();
      if (binary != null) {
        messages.add("wsis: " + Terminal.escape(input.name()) + ": " + binary);
        return new Unit(null, null, messages);
      }
      Optional<WsisDocument> doc = read(input);
      if (doc.isEmpty()) {
        return Unit.skipped(input.name(), messages);
      }
      Page page = selection.view(HeldPage.of(input.name(), doc.get()));
      // the page's output is made here, on the parsing thread, when it needs no other page
      ArchiveUnits.Render render = render();
      return new Unit(page, render == null ? null : render.apply(page), messages);
    } catch (WsisParseException e) {
      e.diagnostics().forEach(d -> messages.add(Messages.format(input.name(), d)));
    } catch (IOException | UncheckedIOException e) {
      messages.add(Messages.cannotRead(input.name(), Messages.ioCause(e)));
    } catch (OutOfMemoryError e) {
      // this input alone did not fit the heap: what it held is garbage now, the others go on
      messages.add(
          "wsis: "
              + Terminal.escape(input.name())
              + ": out of memory (heap of "
              + (Runtime.getRuntime().maxMemory() >> 20)
              + " MiB) while reading this input; it was not read, the other inputs are"
              + " (give Java more with -Xmx)");
    }
    return new Unit(null, null, messages);
  }

  /** Reports a parsed unit and writes (or merges) its page; 1 if it makes the run fail. */
  private int consume(Unit unit, MeetingMerger merger, Writer to) throws IOException {
    unit.messages().forEach(err::println);
    int exit = unit.failed() ? 1 : 0;
    Page page = unit.page();
    if (unit.archive() != null) {
      if (unit.end()) {
        reportSkipped(unit.archive(), skippedInArchive);
        skippedInArchive = new Skipped();
        progress.done(0);
        return exit;
      }
      if (unit.skipped() != null) {
        skippedInArchive.add(unit.skipped());
      }
      if (page == null) {
        return exit;
      }
      return Math.max(exit, consumePage(page, unit.rendered(), merger, to, false));
    }
    if (unit.skipped() != null) {
      skippedInCrawl.add(unit.skipped());
      progress.done(0);
      return exit;
    }
    if (page == null) {
      progress.done(0);
      return 1;
    }
    return Math.max(exit, consumePage(page, unit.rendered(), merger, to, true));
  }

  /** Reports one page's diagnostics and writes (or merges) it. */
  private int consumePage(
      Page page, String rendered, MeetingMerger merger, Writer to, boolean input)
      throws IOException {
    Page.Summary summary = page.summary();
    if (input) {
      progress.done(summary.meetings());
    } else {
      progress.meetings(summary.meetings());
    }
    boolean quiet = options.quiet;
    if (summary.errors() > 0 || (!quiet && summary.warnings() > 0)) {
      page.diagnostics(
          d -> {
            if (!quiet || d.severity() == Severity.ERROR) {
              err.println(Messages.format(page.source(), d));
            }
          });
    }
    if (merger != null) {
      Map<java.util.UUID, io.github.wsisdata.parser.Meeting> byId = new HashMap<>();
      page.meetings(
          m -> {
            merger.add(page.source(), m);
            byId.putIfAbsent(m.id(), m);
          });
      // cross-references are kept, to point at the merged meeting they name once all is merged
      page.entries(
          e -> {
            if (e instanceof io.github.wsisdata.parser.CrossReference c) {
              references.add(
                  new HeldReference(
                      page.source(), c, page.resolved(c).map(t -> byId.get(t.id())).orElse(null)));
            }
          });
    } else if (rendered != null) {
      writer.rendered(rendered, to);
    } else {
      writer.document(page, to);
    }
    return options.strict && summary.errors() > 0 ? 1 : 0;
  }

  /**
   * The warning for the pages of an archive, or of the run's {@code --crawl}, that were skipped.
   */
  private void reportSkipped(String archive, Skipped skipped) {
    if (skipped.count > 0 && !options.quiet) {
      err.println(
          "wsis: "
              + Terminal.escape(
                  ArchivedPage.skipped(archive, skipped.count, skipped.first).message()));
    }
  }

  /** Writes the merged meetings, if any, and the end of the output. */
  private int finish(MeetingMerger merger, Writer to, int exit) throws IOException {
    reportSkipped("--crawl", skippedInCrawl);
    if (merger != null) {
      if (!options.quiet) {
        // one warning per cluster: a pair as a pair, three or more as one list
        Map<MeetingMerger.Occurrence, MeetingMerger.NearDuplicate> pairs = new HashMap<>();
        for (MeetingMerger.NearDuplicate near : merger.nearDuplicates()) {
          pairs.putIfAbsent(near.second().occurrences().get(0), near);
        }
        for (List<MeetingMerger.MergedMeeting> c : merger.nearDuplicateClusters()) {
          err.println(
              c.size() == 2
                  ? Messages.nearDuplicate(pairs.get(c.get(1).occurrences().get(0)))
                  : Messages.nearDuplicates(c));
        }
      }
      List<MeetingMerger.MergedMeeting> meetings = merger.meetings();
      if (selection.byDate()) {
        meetings = new ArrayList<>(meetings);
        meetings.sort(
            java.util.Comparator.comparing(
                (MeetingMerger.MergedMeeting m) -> m.meeting(), Selection.BY_DATE));
      }
      for (MeetingMerger.MergedMeeting m : meetings) {
        writer.merged(m, to);
      }
      for (HeldReference r : references) {
        java.util.Optional<Page.Target> target =
            java.util.Optional.ofNullable(r.meeting())
                .flatMap(merger::mergedOf)
                .map(
                    merged ->
                        new Page.Target(
                            merged.occurrences().get(0).line(),
                            merged.meeting().id(),
                            merged.meeting().dates()));
        writer.mergedReference(r.source(), r.reference(), target, to);
      }
    }
    writer.end(to);
    return exit;
  }
}
