package io.github.wsisdata.parser;

import io.github.wsisdata.parser.internal.GrammarRunner;
import io.github.wsisdata.parser.internal.Limits;
import io.github.wsisdata.parser.internal.Pages;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses WSIS meeting pages into {@link WsisDocument}s.
 *
 * <p>The static methods parse leniently: everything readable comes back as records and everything
 * else as {@link Diagnostic}s. A configured instance can be strict:
 *
 * <pre>{@code
 * WsisDocument doc = WsisParser.parse(Path.of("page.txt"));          // lenient
 * WsisParser strict = WsisParser.builder().strict(true).build();
 * WsisDocument checked = strict.read(Path.of("page.txt"));           // throws on any ERROR
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: one instance may be used from many threads at once.
 */
public final class WsisParser {
  private static final Logger LOG = LoggerFactory.getLogger(WsisParser.class);
  private static final WsisParser LENIENT = builder().build();

  private final boolean strict;
  private final Limits limits;

  private WsisParser(Builder builder) {
    this.strict = builder.strict;
    this.limits = new Limits(builder.maxInputSize, builder.maxLineLength);
  }

  /**
   * Parses a page file leniently. The file is read as UTF-8.
   *
   * @param path the page file
   * @return the document
   * @throws IOException if the file cannot be read (the message names the path)
   */
  public static WsisDocument parse(Path path) throws IOException {
    return LENIENT.read(path);
  }

  /**
   * Parses page text leniently.
   *
   * @param text the page text
   * @return the document
   */
  public static WsisDocument parse(String text) {
    return LENIENT.read(text);
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
   * Largest input this parser accepts: bytes for files, characters for strings.
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
   * Parses a page file with this parser's settings. The file is read as UTF-8.
   *
   * @param path the page file
   * @return the document
   * @throws IOException if the file cannot be read (the message names the path)
   * @throws WsisParseException in strict mode, if the page has an ERROR diagnostic; in both modes
   *     if the file is larger than the maximum input size (checked before reading)
   */
  public WsisDocument read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    try (InputStream in = open(path)) {
      return finish(Pages.read(in, limits));
    } catch (UncheckedIOException e) {
      throw namingPath(path, e.getCause());
    }
  }

  /**
   * Parses a page from a stream of UTF-8 bytes (standard input, a download) with this parser's
   * settings, line by line. Reading stops with {@code INPUT_TOO_LARGE} as soon as the stream passes
   * the maximum input size. The stream is read to its end but not closed.
   *
   * @param in UTF-8 bytes
   * @return the document
   * @throws IOException if the stream cannot be read
   * @throws WsisParseException in strict mode, if the page has an ERROR diagnostic; in both modes
   *     if the stream is larger than the maximum input size
   */
  public WsisDocument read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    try {
      return finish(Pages.read(in, limits));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Reads a page file entry by entry, as the returned stream is consumed: memory stays flat
   * whatever the file's size. Diagnostics go to {@code diagnostics} as they are found (in reading
   * order, so a line's warnings come when its description is complete). Close the stream (for
   * example with try-with-resources) to close the file. In strict mode the stream throws {@link
   * WsisParseException} at the first ERROR, after handing it to {@code diagnostics}. I/O errors
   * while streaming surface as {@link UncheckedIOException}.
   *
   * <pre>{@code
   * try (Stream<Entry> entries = WsisParser.stream(path, d -> log.warn("{}", d))) {
   *   long meetings = entries.filter(e -> e instanceof Meeting).count();
   * }
   * }</pre>
   *
   * @param path a page file (UTF-8)
   * @param diagnostics receives every diagnostic
   * @return a sequential, ordered, lazy stream of entries
   * @throws IOException if the file cannot be opened (the message names the path)
   * @throws WsisParseException if the file is larger than the maximum input size
   */
  public Stream<Entry> entries(Path path, Consumer<Diagnostic> diagnostics) throws IOException {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(diagnostics, "diagnostics");
    return Pages.stream(open(path), limits, diagnostics, strict);
  }

  /**
   * Reads characters entry by entry, as the returned stream is consumed; see {@link #entries(Path,
   * Consumer)}. Closing the stream closes the reader.
   *
   * @param reader the page text
   * @param diagnostics receives every diagnostic
   * @return a sequential, ordered, lazy stream of entries
   */
  public Stream<Entry> entries(Reader reader, Consumer<Diagnostic> diagnostics) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(diagnostics, "diagnostics");
    return Pages.stream(reader, limits, diagnostics, strict);
  }

  /**
   * Reads a page file entry by entry with the default, lenient parser; see {@link #entries(Path,
   * Consumer)}.
   *
   * @param path a page file (UTF-8)
   * @param diagnostics receives every diagnostic
   * @return a lazy stream of entries; close it to close the file
   * @throws IOException if the file cannot be opened (the message names the path)
   */
  public static Stream<Entry> stream(Path path, Consumer<Diagnostic> diagnostics)
      throws IOException {
    return LENIENT.entries(path, diagnostics);
  }

  /**
   * Reads characters entry by entry with the default, lenient parser; see {@link #entries(Path,
   * Consumer)}.
   *
   * @param reader the page text; closed when the stream is closed
   * @param diagnostics receives every diagnostic
   * @return a lazy stream of entries
   */
  public static Stream<Entry> stream(Reader reader, Consumer<Diagnostic> diagnostics) {
    return LENIENT.entries(reader, diagnostics);
  }

  /** Opens a file after the cheap checks: not a directory, not over the size limit. */
  private InputStream open(Path path) throws IOException {
    try {
      if (Files.isDirectory(path)) {
        throw new IOException(path + ": is a directory, not a page file");
      }
      checkSize(Files.size(path), "bytes");
      return new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    } catch (IOException e) {
      throw namingPath(path, e);
    }
  }

  /** Makes sure the message of an I/O error names the file. */
  private static IOException namingPath(Path path, IOException e) {
    String message = e.getMessage();
    if (message != null && message.contains(path.toString())) {
      return e;
    }
    return new IOException(
        path + ": " + (message == null ? e.getClass().getSimpleName() : message), e);
  }

  private void checkSize(long size, String unit) {
    if (size > limits.maxInputSize()) {
      throw new WsisParseException(
          List.of(
              new Diagnostic(
                  Severity.ERROR,
                  DiagnosticCode.INPUT_TOO_LARGE,
                  1,
                  1,
                  "input of "
                      + size
                      + " "
                      + unit
                      + " is larger than the limit of "
                      + limits.maxInputSize()
                      + "; nothing was read",
                  "")));
    }
  }

  /**
   * Parses page text with this parser's settings.
   *
   * @param text the page text
   * @return the document
   * @throws WsisParseException in strict mode, if the page has an ERROR diagnostic; in both modes
   *     if the text is longer than the maximum input size
   */
  public WsisDocument read(String text) {
    Objects.requireNonNull(text, "text");
    checkSize(text.length(), "characters");
    return finish(Pages.read(text, limits));
  }

  private WsisDocument finish(WsisDocument document) {
    LOG.debug(
        "parsed {} sections, {} diagnostics",
        document.sections().size(),
        document.diagnostics().size());
    if (strict && !document.diagnostics(Severity.ERROR).isEmpty()) {
      throw new WsisParseException(document.diagnostics(Severity.ERROR));
    }
    return document;
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
     * Largest input accepted, checked before reading: bytes for files, characters for strings.
     * Larger input makes {@code read} throw a {@link WsisParseException} with code {@link
     * DiagnosticCode#INPUT_TOO_LARGE}. Default 512 MiB.
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
     * Builds the parser.
     *
     * @return an immutable, thread-safe parser
     */
    public WsisParser build() {
      return new WsisParser(this);
    }
  }
}
