package io.github.wsisdata.parser.internal.warc;

import io.github.wsisdata.parser.ArchiveRecord;
import io.github.wsisdata.parser.ArchivedPage;
import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.InputFormat;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.SourceInfo;
import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.internal.page.Inputs;
import io.github.wsisdata.parser.internal.page.MeetingPages;
import io.github.wsisdata.parser.internal.page.Pages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The pages in a web archive (WARC, plain or gzip-compressed), read with jwarc: every {@code
 * response} and {@code resource} record with an HTML or text body is a page, its transfer and
 * content encodings decoded, its charset taken from the HTTP header (then the page's own), and read
 * by the HTML or text reader. jwarc is only loaded when an input is a web archive.
 */
public final class WarcPages {
  private WarcPages() {}

  /** Whether a file starts like a WARC file: {@code WARC/}, or a gzip member (then checked). */
  public static boolean looksLikeWarc(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(4096);
      return io.github.wsisdata.parser.internal.source.Magic.looksLikeWarc(head, head.length);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The pages of a WARC file, read as the stream is consumed.
   *
   * @param warc the file
   * @param name the file's name for provenance and messages
   * @param settings limits and the text charset (the format and base come from each record)
   * @param problems receives unreadable records (ERROR) and, at the end, how many records were
   *     skipped as not WSIS meeting pages (WARNING)
   * @return the documents, one per WSIS page, in file order; close it to close the file
   * @throws IOException if the file cannot be opened
   */
  public static Stream<WsisDocument> read(
      Path warc, String name, Inputs.Settings settings, Consumer<Diagnostic> problems)
      throws IOException {
    Captures captures = captures(warc, name, settings, problems);
    Spliterator<WsisDocument> pages =
        new Spliterators.AbstractSpliterator<>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          private int skipped;
          private final List<String> first = new ArrayList<>();

          @Override
          public boolean tryAdvance(Consumer<? super WsisDocument> action) {
            while (captures.hasNext()) {
              ArchivedPage next = captures.next();
              Optional<WsisDocument> page = next.parse();
              if (page.isPresent()) {
                action.accept(page.get());
                return true;
              }
              if (skipped++ < ArchivedPage.NAMED_SKIPPED) {
                first.add(next.record().target().toString());
              }
            }
            if (skipped > 0) {
              problems.accept(ArchivedPage.skipped(name, skipped, first));
              skipped = 0;
            }
            return false;
          }
        };
    return StreamSupport.stream(pages, false).onClose(captures::close);
  }

  /**
   * The records of a WARC file that may be pages, as a lazy stream (see {@link #captures}).
   *
   * @param warc the file
   * @param name the file's name for provenance and messages
   * @param settings limits and the text charset
   * @param problems receives unreadable records (ERROR)
   * @return the pages, in file order; close it to close the file
   * @throws IOException if the file cannot be opened
   */
  public static Stream<ArchivedPage> pages(
      Path warc, String name, Inputs.Settings settings, Consumer<Diagnostic> problems)
      throws IOException {
    Captures captures = captures(warc, name, settings, problems);
    Spliterator<ArchivedPage> pages =
        Spliterators.spliteratorUnknownSize(captures, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(pages, false).onClose(captures::close);
  }

  /**
   * The records of a WARC file that may be pages (HTML or text bodies), read as they are asked for
   * but not parsed: {@link Capture#parse()} does that, on any thread. Unreadable records go to
   * {@code problems} as they are met; pages that turn out not to be WSIS pages are for the caller
   * to count ({@link #skipped}).
   *
   * @param warc the file
   * @param name the file's name for provenance and messages
   * @param settings limits and the text charset
   * @param problems receives unreadable records (ERROR)
   * @return the captures, in file order; close it to close the file
   * @throws IOException if the file cannot be opened
   */
  public static Captures captures(
      Path warc, String name, Inputs.Settings settings, Consumer<Diagnostic> problems)
      throws IOException {
    readJwarc();
    return new Captures(new WarcReader(warc), warc, name, settings, problems);
  }

  /**
   * On the module path, lets this module read jwarc's (an automatic module named after its jar,
   * which a published module must not {@code requires}); on the class path there is nothing to do.
   */
  private static void readJwarc() {
    Module self = WarcPages.class.getModule();
    if (!self.isNamed()) {
      return;
    }
    try {
      Class<?> reader =
          Class.forName(
              "org.netpreserve.jwarc.WarcReader", false, WarcPages.class.getClassLoader());
      self.addReads(reader.getModule());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "reading web archives needs org.netpreserve:jwarc on the class or module path", e);
    }
  }

  /**
   * A record read from the archive with its decoded body, not yet parsed.
   *
   * @param name the archive's name
   * @param offset the record's byte offset
   * @param target its target URI
   * @param date its capture date
   * @param body the decoded body
   * @param settings how to read the body (format, charset, base)
   */
  public record Capture(
      String name,
      long offset,
      URI target,
      java.time.Instant date,
      byte[] body,
      Inputs.Settings settings)
      implements ArchivedPage {

    @Override
    public ArchiveRecord record() {
      return new ArchiveRecord(name, offset, target, date);
    }

    /**
     * Reads the page.
     *
     * @return its document, with the record as its source; empty if it is not a WSIS meeting page
     */
    @Override
    public Optional<WsisDocument> parse() {
      boolean html = settings.format() == InputFormat.HTML;
      if (html
          ? !MeetingPages.htmlMayHoldEntry(
              body, settings.declared(), settings.limits().maxLineLength())
          : !MeetingPages.mayHoldEntry(body, false, settings.charset())) {
        return Optional.empty();
      }
      WsisDocument doc;
      try {
        doc =
            Pages.read(
                Inputs.of(() -> new ByteArrayInputStream(body), null, () -> {}, settings), true);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // bytes in memory: not expected
      }
      if (!doc.isMeetingPage()) {
        return Optional.empty();
      }
      SourceInfo info = doc.sourceInfo();
      LocalDateTime captured = LocalDateTime.ofInstant(date, ZoneOffset.UTC);
      SourceInfo archived =
          new SourceInfo(
              info.format(),
              info.charset(),
              info.htmlTitle(),
              Optional.of(info.originalUrl().orElse(target)),
              Optional.of(info.captured().orElse(captured)),
              Optional.of(new ArchiveRecord(name, offset, target, date)));
      return Optional.of(
          new WsisDocument(
              doc.title(),
              doc.lastUpdated(),
              doc.sections(),
              doc.diagnostics(),
              doc.lineRoles(),
              archived));
    }
  }

  /** The candidate pages of one archive, in file order (see {@link #captures}). */
  public static final class Captures implements java.util.Iterator<ArchivedPage>, AutoCloseable {
    private final WarcReader reader;
    private final String name;
    private final Inputs.Settings settings;
    private final Consumer<Diagnostic> problems;
    private final Path file;
    private boolean ended;
    private Capture ahead;

    /** The last record read, held until the next read shows that it ended where it said. */
    private Capture pending;

    /** Where the held (or last) record starts; -1 before the first. */
    private long heldStart = -1;

    /** Set by jwarc when a record is not followed by its trailer where its length says. */
    private boolean badTrailer;

    Captures(
        WarcReader reader,
        Path file,
        String name,
        Inputs.Settings settings,
        Consumer<Diagnostic> problems) {
      this.reader = reader;
      this.file = file;
      this.name = name;
      this.settings = settings;
      this.problems = problems;
      reader.onWarning(warning -> badTrailer |= warning.contains("trailer"));
    }

    @Override
    public boolean hasNext() {
      while (ahead == null && !ended) {
        ahead = read();
      }
      return ahead != null;
    }

    @Override
    public Capture next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      Capture capture = ahead;
      ahead = null;
      return capture;
    }

    @Override
    public void close() {
      ended = true;
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * The next page whose record is known to end where it says, or null (no page this time: not a
     * page, unreadable, or the end). A record is held back until the next one is read, since jwarc
     * checks a record's trailer ({@code CRLF CRLF} after its Content-Length) only then: a record
     * that does not end where its header says (a Content-Length too long pulls the next records
     * into its body, one too short leaves a piece of it behind) is dropped with an error, and the
     * records after its header are read from their own headers, each once.
     */
    private Capture read() {
      Optional<WarcRecord> record;
      try {
        record = reader.next(); // checks the trailer of the record before
      } catch (IOException | RuntimeException e) {
        if (badTrailer) {
          return misplacedEnd(); // reading went wrong because the record before ended elsewhere
        }
        long failed = reader.position(); // jwarc's position: the start of the record it failed on
        Capture released = failed > heldStart ? pending : null; // else the held one is broken
        pending = null;
        heldStart = failed;
        unreadable(failed, reason(e));
        return released;
      }
      if (badTrailer) {
        return misplacedEnd();
      }
      Capture released = pending;
      pending = null;
      if (record.isEmpty()) {
        end();
        return released;
      }
      heldStart = reader.position();
      try {
        pending = capture(record.get(), heldStart);
        record.get().body().consume();
      } catch (IOException | RuntimeException e) {
        pending = null;
        unreadable(heldStart, reason(e));
      }
      return released;
    }

    /** The held record did not end where its header said: it is dropped and reported. */
    private Capture misplacedEnd() {
      badTrailer = false;
      pending = null;
      unreadable(
          heldStart,
          "it does not end where its Content-Length says: the length is too long, taking in what"
              + " follows, or too short; it was not read");
      return null;
    }

    /** Reports a record that cannot be read and moves to the next record after its start. */
    private void unreadable(long offset, String reason) {
      long resumed = resync(offset);
      if (++unreadable <= MAX_UNREADABLE_REPORTED) {
        problems.accept(
            new Diagnostic(
                Severity.ERROR,
                DiagnosticCode.WARC_RECORD_UNREADABLE,
                1,
                1,
                name
                    + ": the record at byte offset "
                    + offset
                    + " cannot be read ("
                    + reason
                    + (resumed < 0
                        ? "); no record after it"
                        : "); reading goes on with the record at byte offset " + resumed),
                ""));
      }
      if (resumed < 0) {
        end();
      }
    }

    /**
     * Why a record cannot be read, in the archive's terms rather than Java's (no exception class
     * names, no messages about fields of the reading code).
     */
    static String reason(Exception e) {
      if (e instanceof java.io.EOFException) {
        return "the file ends inside it";
      }
      if (e instanceof java.util.zip.ZipException) {
        return "its gzip data is corrupt";
      }
      if (e instanceof org.netpreserve.jwarc.ParsingException p && p.getMessage() != null) {
        return "its header is malformed: " + p.getMessage();
      }
      if (e instanceof RuntimeException) {
        return "its header is malformed or incomplete"; // a number, a field or a line is missing
      }
      return e.getMessage() == null ? "it cannot be read" : e.getMessage();
    }

    /** The most unreadable records reported one by one; the rest are counted in one error. */
    static final int MAX_UNREADABLE_REPORTED = 10;

    private int unreadable;

    /** The end of the archive: the unreadable records not reported one by one, in one error. */
    private void end() {
      ended = true;
      int more = unreadable - MAX_UNREADABLE_REPORTED;
      if (more > 0) {
        problems.accept(
            new Diagnostic(
                Severity.ERROR,
                DiagnosticCode.WARC_RECORD_UNREADABLE,
                1,
                1,
                name
                    + ": "
                    + more
                    + (more == 1 ? " more record" : " more records")
                    + " cannot be read (the first "
                    + MAX_UNREADABLE_REPORTED
                    + " are reported above)",
                ""));
      }
    }

    /**
     * Finds where the next record after a broken one starts: the next {@code WARC/1.} at the start
     * of a line (plain WARC) or the next gzip member header ({@code .warc.gz}), and moves the
     * reader there.
     *
     * @return the offset reading goes on at, or -1 if there is none
     */
    private long resync(long broken) {
      try (FileChannel channel = FileChannel.open(file)) {
        boolean gzip = reader.compression() == org.netpreserve.jwarc.WarcCompression.GZIP;
        byte[] magic =
            gzip
                ? new byte[] {0x1f, (byte) 0x8b, 0x08}
                : "\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long found = find(channel, magic, broken + 1);
        if (found < 0) {
          return -1;
        }
        long start = gzip ? found : found + 1;
        reader.position(start);
        return start;
      } catch (IOException e) {
        return -1;
      }
    }

    /** The first position at or after {@code from} where {@code magic} starts, or -1. */
    private static long find(FileChannel channel, byte[] magic, long from) throws IOException {
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(1 << 16);
      long base = from;
      while (true) {
        buffer.clear();
        int n = channel.read(buffer, base);
        if (n < magic.length) {
          return -1;
        }
        byte[] bytes = buffer.array();
        for (int i = 0; i + magic.length <= n; i++) {
          int k = 0;
          while (k < magic.length && bytes[i + k] == magic[k]) {
            k++;
          }
          if (k == magic.length) {
            return base + i;
          }
        }
        base += n - magic.length + 1;
      }
    }

    /** The record as a capture, if it is an HTML or text response or resource. */
    private Capture capture(WarcRecord record, long offset) throws IOException {
      MediaType type;
      URI target;
      org.netpreserve.jwarc.MessageBody content;
      if (record instanceof WarcResponse response) {
        MediaType message = response.contentType();
        if (!(message.type() + "/" + message.subtype()).equalsIgnoreCase("application/http")) {
          return null; // not an HTTP response: a crawler's DNS lookup (text/dns), a WHOIS answer
        }
        HttpResponse http = response.http();
        type = http.contentType();
        target = response.targetURI();
        content = http.bodyDecoded();
      } else if (record instanceof WarcResource resource) {
        type = resource.contentType();
        target = resource.targetURI();
        content = resource.body();
      } else {
        return null;
      }
      InputFormat format = format(type);
      if (format == null) {
        return null;
      }
      long max = settings.limits().maxInputSize();
      byte[] body = content.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (body.length > max) {
        // decoded, a record may be far larger than in the file (gzip content encoding): read no
        // more than the limit, report the record, and go on with the next one
        problems.accept(
            new Diagnostic(
                Severity.ERROR,
                DiagnosticCode.INPUT_TOO_LARGE,
                1,
                1,
                name
                    + ": the record at byte offset "
                    + offset
                    + " ("
                    + target
                    + ") is larger than the limit of "
                    + max
                    + " bytes once decoded; it was not read",
                ""));
        return null;
      }
      Charset declared = charset(type);
      Inputs.Settings page =
          new Inputs.Settings(
              settings.limits(),
              format,
              format == InputFormat.TEXT && declared != null ? declared : settings.charset(),
              target,
              format == InputFormat.HTML ? declared : null);
      return new Capture(name, offset, target, record.date(), body, page);
    }

    private static InputFormat format(MediaType type) {
      String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
      if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
        return InputFormat.HTML;
      }
      return base.equals("text/plain") ? InputFormat.TEXT : null;
    }

    private static Charset charset(MediaType type) {
      String name = type.parameters().get("charset");
      if (name == null) {
        return null;
      }
      try {
        return Charset.forName(name.strip());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
