package io.github.wsisdata.parser;

import io.github.wsisdata.parser.internal.GrammarRunner;
import io.github.wsisdata.parser.internal.Limits;
import io.github.wsisdata.parser.internal.Pages;
import io.github.wsisdata.parser.internal.Utf8;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
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
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        throw new IOException(path + ": is a directory, not a page file");
      }
      long size = Files.size(path);
      checkSize(size, "bytes");
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw namingPath(path, e);
    }
    checkSize(bytes.length, "bytes");
    Utf8.Decoded decoded = Utf8.decode(bytes);
    return finish(Pages.read(decoded.text(), limits, decoded.diagnostics()));
  }

  /**
   * Parses a page from a stream of UTF-8 bytes (standard input, a download) with this parser's
   * settings. Reading stops with {@code INPUT_TOO_LARGE} as soon as the stream passes the maximum
   * input size. The stream is read to its end but not closed.
   *
   * @param in UTF-8 bytes
   * @return the document
   * @throws IOException if the stream cannot be read
   * @throws WsisParseException in strict mode, if the page has an ERROR diagnostic; in both modes
   *     if the stream is larger than the maximum input size
   */
  public WsisDocument read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[1 << 16];
    long total = 0;
    for (int n; (n = in.read(chunk)) >= 0; ) {
      total += n;
      checkSize(total, "bytes");
      buffer.write(chunk, 0, n);
    }
    Utf8.Decoded decoded = Utf8.decode(buffer.toByteArray());
    return finish(Pages.read(decoded.text(), limits, decoded.diagnostics()));
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
    return finish(Pages.read(text, limits, List.of()));
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
