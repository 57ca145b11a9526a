package io.github.wsisdata.parser;

import io.github.wsisdata.parser.internal.Pages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private WsisParser(Builder builder) {
    this.strict = builder.strict;
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
   * Parses a page file with this parser's settings. The file is read as UTF-8.
   *
   * @param path the page file
   * @return the document
   * @throws IOException if the file cannot be read (the message names the path)
   * @throws WsisParseException in strict mode, if the page has an ERROR diagnostic
   */
  public WsisDocument read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    String text = Files.readString(path, StandardCharsets.UTF_8);
    return read(text);
  }

  /**
   * Parses page text with this parser's settings.
   *
   * @param text the page text
   * @return the document
   * @throws WsisParseException in strict mode, if the page has an ERROR diagnostic
   */
  public WsisDocument read(String text) {
    Objects.requireNonNull(text, "text");
    WsisDocument document = Pages.read(text);
    LOG.debug(
        "parsed {} sections, {} diagnostics",
        document.sections().size(),
        document.diagnostics().size());
    if (strict && !document.diagnostics(Severity.ERROR).isEmpty()) {
      throw new WsisParseException(document.diagnostics(Severity.ERROR));
    }
    return document;
  }

  /** Configures a {@link WsisParser}. Not thread-safe; the parsers it builds are. */
  public static final class Builder {
    private boolean strict;

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
     * Builds the parser.
     *
     * @return an immutable, thread-safe parser
     */
    public WsisParser build() {
      return new WsisParser(this);
    }
  }
}
