package io.github.wsisdata.parser;

import io.github.wsisdata.parser.internal.grammar.GrammarRunner;
import io.github.wsisdata.parser.internal.page.Inputs;
import io.github.wsisdata.parser.internal.page.MeetingPages;
import io.github.wsisdata.parser.internal.page.Pages;
import io.github.wsisdata.parser.internal.page.Sources;
import io.github.wsisdata.parser.internal.source.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses WSIS meeting pages into {@link WsisDocument}s.
 *
 * <p>A parser does two things, each for the same four kinds of input (a file, a stream of UTF-8
 * bytes, a {@link Reader}, or text in memory):
 *
 * <ul>
 *   <li>{@code read}: the whole page as one {@link WsisDocument};
 *   <li>{@code stream}: the page's entries as a lazy {@link Stream}, read as it is consumed.
 * </ul>
 *
 * <p>{@link #parse(Path)} and {@link #parseText(CharSequence)} are shortcuts for the default,
 * lenient parser. A configured instance can be strict:
 *
 * <pre>{@code
 * WsisDocument doc = WsisParser.parse(Path.of("page.txt"));          // lenient
 * WsisParser strict = WsisParser.builder().strict(true).build();
 * WsisDocument checked = strict.read(Path.of("page.txt"));           // throws on any ERROR
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: one instance may be used from many threads at once. A
 * parse keeps no state beyond its own call (or its stream): no thread-local caches.
 */
public final class WsisParser {
  private static final WsisParser LENIENT = builder().build();

  private final boolean strict;
  private final Limits limits;
  private final Inputs.Settings settings;
  private final Sources sources;

  private WsisParser(Builder builder) {
    this.strict = builder.strict;
    this.limits = new Limits(builder.maxInputSize, builder.maxLineLength);
    this.settings = new Inputs.Settings(limits, builder.format, builder.charset, builder.baseUri);
    this.sources = new Sources(settings);
  }

  /**
   * Parses a page file leniently; the same as {@code WsisParser.builder().build().read(path)}. The
   * file is read as UTF-8.
   *
   * @param path the page file
   * @return the document
   * @throws IOException if the file cannot be read (the message names the path)
   */
  public static WsisDocument parse(Path path) throws IOException {
    return LENIENT.read(path);
  }

  /**
   * Parses page text held in memory leniently; the same as {@code
   * WsisParser.builder().build().readText(text)}. For a file, use {@link #parse(Path)}: this method
   * takes its argument as the page's text, never as a file name.
   *
   * @param text the page text
   * @return the document
   */
  public static WsisDocument parseText(CharSequence text) {
    return LENIENT.readText(text);
  }

  /**
   * Starts configuring a parser.
   *
   * @return a builder with the defaults (lenient)
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether this parser fails on ERROR diagnostics.
   *
   * @return true for strict mode
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Largest input this parser accepts: bytes for files and streams, characters for text.
   *
   * @return the limit
   */
  public long maxInputSize() {
    return limits.maxInputSize();
  }

  /**
   * Longest line this parser reads, in characters.
   *
   * @return the limit
   */
  public int maxLineLength() {
    return limits.maxLineLength();
  }

  /**
   * Reads a page file once and hands everything found to {@code listener} in page order, holding
   * nothing: for files too large to hold as a document, which a program reads again for each pass
   * it makes. The calls add up to the document {@link #read(Path)} gives (its diagnostics sorted by
   * position there), and strict mode does not apply: every diagnostic goes to the listener.
   *
   * <pre>{@code
   * SourceInfo info = parser.walk(Path.of("big.txt"), new PageListener() {
   *   public void entry(Entry e) { ... }
   * });
   * }</pre>
   *
   * @param path the page file (text or HTML, as {@link #read(Path)})
   * @param listener receives what is found
   * @return what the file was read as
   * @throws IOException if the file cannot be read (the message names the path)
   * @throws WsisParseException if the file is larger than the maximum input size
   */
  public SourceInfo walk(Path path, PageListener listener) throws IOException {
    Objects.requireNonNull(listener, "listener");
    Pages.Source source = sources.file(path);
    Pages.walk(source, listener);
    return source.info();
  }

  // ---------------------------------------------------------------------------------------------
  // read: a whole document
  // ---------------------------------------------------------------------------------------------

  /**
   * Parses a page file with this parser's settings. The file is read as UTF-8.
   *
   * @param path the page file
   * @return the document
   * @throws IOException if the file cannot be read (the message names the path)
   * @throws WsisParseException in strict mode, if the page has an ERROR diagnostic; in both modes
   *     if the file is larger than the maximum input size (checked before reading)
   */
  public WsisDocument read(Path path) throws IOException {
    return finish(Pages.read(sources.file(path), true));
  }

  /**
   * Parses a page from a stream of UTF-8 bytes (standard input, a download), line by line. Reading
   * stops with {@code INPUT_TOO_LARGE} as soon as the stream passes the maximum input size. The
   * stream is read to its end but not closed.
   *
   * @param in UTF-8 bytes
   * @return the document
   * @throws IOException if the stream cannot be read
   * @throws WsisParseException in strict mode, if the page has an ERROR diagnostic; in both modes
   *     if the stream is larger than the maximum input size
   */
  public WsisDocument read(InputStream in) throws IOException {
    return finish(Pages.read(sources.bytes(in), false));
  }

  /**
   * Parses a page from characters, line by line. The reader is read to its end but not closed. The
   * input size limit does not apply (the characters are already decoded); the line length limit
   * does.
   *
   * @param reader the page text
   * @return the document
   * @throws IOException if the reader fails
   * @throws WsisParseException in strict mode, if the page has an ERROR diagnostic
   */
  public WsisDocument read(Reader reader) throws IOException {
    return finish(Pages.read(sources.chars(reader), false));
  }

  /**
   * Parses page text held in memory with this parser's settings.
   *
   * @param text the page text (never a file name: see {@link #read(Path)})
   * @return the document
   * @throws WsisParseException in strict mode, if the page has an ERROR diagnostic; in both modes
   *     if the text is longer than the maximum input size
   */
  public WsisDocument readText(CharSequence text) {
    Objects.requireNonNull(text, "text");
    sources.checkSize(text.length(), "characters");
    try {
      return finish(Pages.read(sources.text(text.toString()), true));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // text in memory does not fail
    }
  }

  // ---------------------------------------------------------------------------------------------
  // stream: entries as they are read
  // ---------------------------------------------------------------------------------------------

  /**
   * Reads a page file entry by entry, as the returned stream is consumed: memory stays flat
   * whatever the file's size. Nothing is opened or read before the first entry is asked for, so
   * every error comes from the stream: I/O errors as {@link UncheckedIOException} (the message
   * names the path), a file over the size limit and, in strict mode, the first ERROR as {@link
   * WsisParseException} (after it was handed to {@code diagnostics}). Diagnostics go to {@code
   * diagnostics} as they are found, in reading order. An exception (such an error, or one thrown by
   * {@code diagnostics}) ends the stream: asking it for more afterwards throws {@link
   * IllegalStateException} (the rest was not read), it never just ends. Close the stream (for
   * example with try-with-resources) to close the file.
   *
   * <pre>{@code
   * try (Stream<Entry> entries = parser.stream(path, d -> log.warn("{}", d))) {
   *   long meetings = entries.filter(e -> e instanceof Meeting).count();
   * }
   * }</pre>
   *
   * @param path a page file (UTF-8)
   * @param diagnostics receives every diagnostic
   * @return a sequential, ordered, lazy stream of entries
   */
  public Stream<Entry> stream(Path path, Consumer<Diagnostic> diagnostics) {
    return Pages.stream(sources.file(path), requireConsumer(diagnostics), strict);
  }

  /**
   * Reads UTF-8 bytes entry by entry; see {@link #stream(Path, Consumer)}. Closing the stream
   * closes {@code in}.
   *
   * @param in UTF-8 bytes
   * @param diagnostics receives every diagnostic
   * @return a sequential, ordered, lazy stream of entries
   */
  public Stream<Entry> stream(InputStream in, Consumer<Diagnostic> diagnostics) {
    return Pages.stream(sources.bytes(in), requireConsumer(diagnostics), strict);
  }

  /**
   * Reads characters entry by entry; see {@link #stream(Path, Consumer)}. Closing the stream closes
   * the reader.
   *
   * @param reader the page text
   * @param diagnostics receives every diagnostic
   * @return a sequential, ordered, lazy stream of entries
   */
  public Stream<Entry> stream(Reader reader, Consumer<Diagnostic> diagnostics) {
    return Pages.stream(sources.chars(reader), requireConsumer(diagnostics), strict);
  }

  /**
   * Reads page text held in memory entry by entry; see {@link #stream(Path, Consumer)}.
   *
   * @param text the page text
   * @param diagnostics receives every diagnostic
   * @return a sequential, ordered, lazy stream of entries
   * @throws WsisParseException if the text is longer than the maximum input size
   */
  public Stream<Entry> streamText(CharSequence text, Consumer<Diagnostic> diagnostics) {
    Objects.requireNonNull(text, "text");
    sources.checkSize(text.length(), "characters");
    return Pages.stream(sources.text(text.toString()), requireConsumer(diagnostics), strict);
  }

  // ---------------------------------------------------------------------------------------------
  // web archives
  // ---------------------------------------------------------------------------------------------

  /**
   * The WSIS pages in a web archive: a WARC file ({@code .warc} or {@code .warc.gz}, read with
   * jwarc), one document per {@code response} or {@code resource} record with an HTML or text body
   * that is a WSIS meeting page, read lazily as the stream is consumed. Each document's {@link
   * WsisDocument#sourceInfo()} names the record ({@link SourceInfo#archiveRecord()}: file, byte
   * offset, target URI, date); its original URL and capture date are the record's target and date
   * unless the page says otherwise. Transfer and content encodings are decoded; the HTTP charset
   * comes before the page's own {@code <meta>}. Records that are not WSIS meeting pages (no entry
   * and no ERROR, see {@link #readMeetingPage}) are skipped, most without being rendered, and
   * counted ({@link DiagnosticCode#WARC_PAGES_SKIPPED}, once at the end); a truncated or corrupt
   * record is an {@link DiagnosticCode#WARC_RECORD_UNREADABLE} error naming the file and offset,
   * and reading goes on with the next record (the next {@code WARC/1.} line or gzip member). Close
   * the stream to close the file.
   *
   * <pre>{@code
   * try (Stream<WsisDocument> pages = parser.readWarc(Path.of("crawl.warc.gz"), log::warn)) {
   *   pages.flatMap(d -> d.meetings().stream()).forEach(...);
   * }
   * }</pre>
   *
   * @param warc the WARC file
   * @param problems receives unreadable records and the count of skipped ones
   * @return the pages, in file order
   * @throws IOException if the file cannot be opened
   */
  public Stream<WsisDocument> readWarc(Path warc, Consumer<Diagnostic> problems)
      throws IOException {
    Objects.requireNonNull(warc, "warc");
    Objects.requireNonNull(problems, "problems");
    return io.github.wsisdata.parser.internal.warc.WarcPages.read(
        warc, warc.toString(), settings, problems);
  }

  /**
   * The pages of a web archive (WARC, plain or gzip), read as the stream is consumed but not
   * parsed: each {@link ArchivedPage#parse()} parses its page, on any thread, with this parser's
   * settings. Records that are not HTML or text responses or resources are left out; an unreadable
   * record goes to {@code problems} when it is met ({@link DiagnosticCode#WARC_RECORD_UNREADABLE})
   * and reading goes on with the next. Pages whose {@code parse()} is empty are for the caller to
   * count ({@link ArchivedPage#skipped}). Close the stream to close the file.
   *
   * @param warc the WARC file
   * @param problems receives unreadable records
   * @return the pages, in file order
   * @throws IOException if the file cannot be opened
   */
  public Stream<ArchivedPage> archivedPages(Path warc, Consumer<Diagnostic> problems)
      throws IOException {
    Objects.requireNonNull(warc, "warc");
    Objects.requireNonNull(problems, "problems");
    return io.github.wsisdata.parser.internal.warc.WarcPages.pages(
        warc, warc.toString(), settings, problems);
  }

  /**
   * Reads a page file as the pages of a crawl are read ({@link #readWarc}, the command line's
   * {@code --crawl}): empty unless it is a WSIS meeting page, that is, unless it has an entry or an
   * ERROR (a line read as an entry that could not be read). A page whose text has no number of one
   * or two digits cannot hold a date, so it is skipped before it is rendered or parsed
   * (docs/format.md, "Crawls").
   *
   * @param path the page file
   * @return its document, or empty if it is not a meeting page
   * @throws IOException if the file cannot be read (the message names the path)
   * @throws WsisParseException as {@link #read(Path)} does
   */
  public Optional<WsisDocument> readMeetingPage(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    if (Files.isRegularFile(path) && Files.size(path) <= limits.maxInputSize() && !isWarc(path)) {
      byte[] body = Files.readAllBytes(path);
      Path name = path.getFileName();
      boolean html =
          Inputs.readsAsHtml(settings.format(), name == null ? null : name.toString(), body);
      if (html
          ? !MeetingPages.htmlMayHoldEntry(body, null, limits.maxLineLength())
          : !MeetingPages.mayHoldEntry(body, false, settings.charset())) {
        return Optional.empty();
      }
    }
    WsisDocument doc = read(path);
    return doc.isMeetingPage() ? Optional.of(doc) : Optional.empty();
  }

  /**
   * Whether a file is a web archive (WARC), by its first bytes (plain or gzip): what {@link
   * #readWarc} and {@link #archivedPages} read, and what {@link #read(Path)} does not.
   *
   * @param file a file
   * @return true if it starts like a WARC file; false if not, or if it cannot be read
   */
  public static boolean isWarc(Path file) {
    return io.github.wsisdata.parser.internal.warc.WarcPages.looksLikeWarc(
        Objects.requireNonNull(file, "file"));
  }

  private static Consumer<Diagnostic> requireConsumer(Consumer<Diagnostic> diagnostics) {
    return Objects.requireNonNull(diagnostics, "diagnostics");
  }

  private WsisDocument finish(WsisDocument document) {
    List<Diagnostic> errors = document.diagnostics(Severity.ERROR);
    if (!errors.isEmpty()) {
      Log.LOG.debug(
          "{} errors in a page of {} lines; the first: {}",
          errors.size(),
          document.lineRoles().size(),
          errors.get(0));
      if (strict) {
        throw new WsisParseException(errors);
      }
    }
    return document;
  }

  /**
   * The logger, created the first time there is something to log (a page with an ERROR): SLF4J
   * looks for its provider only then, so an application without one sees SLF4J's own notice on
   * stderr at the earliest then, never for clean pages.
   */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(WsisParser.class);
  }

  /**
   * Drops the grammar's shared prediction caches. The caches are bounded by the grammar, so this is
   * rarely needed; it frees their memory, for example after a large batch. Safe to call while other
   * threads parse: it waits for running parses and holds new ones back for the moment it takes.
   * Results never change.
   */
  public static void clearCaches() {
    GrammarRunner.clearCaches();
  }

  /** Configures a {@link WsisParser}. Not thread-safe; the parsers it builds are. */
  public static final class Builder {
    private boolean strict;
    private InputFormat format = InputFormat.AUTO;
    private java.nio.charset.Charset charset = java.nio.charset.StandardCharsets.UTF_8;
    private java.net.URI baseUri;
    private long maxInputSize = Limits.DEFAULT.maxInputSize();
    private int maxLineLength = Limits.DEFAULT.maxLineLength();

    private Builder() {}

    /**
     * Strict mode: the first page with an ERROR diagnostic makes {@code read} throw a {@link
     * WsisParseException} that lists all its ERROR diagnostics. Warnings never fail.
     *
     * @param value true for strict
     * @return this builder
     */
    public Builder strict(boolean value) {
      this.strict = value;
      return this;
    }

    /**
     * Largest input accepted: bytes for files (checked before reading) and streams (checked while
     * reading), characters for text in memory. Larger input makes {@code read} throw a {@link
     * WsisParseException} with code {@link DiagnosticCode#INPUT_TOO_LARGE}. Default 512 MiB.
     *
     * @param value a positive size
     * @return this builder
     */
    public Builder maxInputSize(long value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxInputSize must be positive");
      }
      this.maxInputSize = value;
      return this;
    }

    /**
     * Longest line read, in characters. A longer line is not parsed; it becomes a {@link
     * DiagnosticCode#LINE_TOO_LONG} error that keeps its text. Default 8 MiB (8,388,608).
     *
     * @param value a positive length
     * @return this builder
     */
    public Builder maxLineLength(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxLineLength must be positive");
      }
      this.maxLineLength = value;
      return this;
    }

    /**
     * What files and streams are: {@link InputFormat#AUTO} (the default) tells HTML from text by
     * the file name and the first bytes; {@code TEXT} and {@code HTML} say it. Readers and text in
     * memory are always text.
     *
     * @param value the format
     * @return this builder
     */
    public Builder format(InputFormat value) {
      this.format = Objects.requireNonNull(value, "format");
      return this;
    }

    /**
     * The character set of text files and streams. Default UTF-8, read with a {@link
     * DiagnosticCode#MALFORMED_UTF8} error for every malformed sequence; another charset is decoded
     * by Java, malformed bytes becoming U+FFFD without a diagnostic. HTML pages say their own
     * charset (a byte order mark, {@code <meta>}, else UTF-8 when valid, else windows-1252).
     *
     * @param value the charset
     * @return this builder
     */
    public Builder charset(java.nio.charset.Charset value) {
      this.charset = Objects.requireNonNull(value, "charset");
      return this;
    }

    /**
     * What relative links of HTML pages are resolved against when the page names no {@code <base
     * href>} and is not a web-archive copy (whose original URL is used). Without it, such links are
     * kept as written (relative).
     *
     * @param value an absolute URI
     * @return this builder
     */
    public Builder baseUri(java.net.URI value) {
      Objects.requireNonNull(value, "baseUri");
      if (!value.isAbsolute()) {
        throw new IllegalArgumentException("baseUri must be absolute: " + value);
      }
      this.baseUri = value;
      return this;
    }

    /**
     * Builds the parser.
     *
     * @return an immutable, thread-safe parser
     */
    public WsisParser build() {
      return new WsisParser(this);
    }
  }
}
