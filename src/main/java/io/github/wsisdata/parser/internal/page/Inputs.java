package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.InputFormat;
import io.github.wsisdata.parser.PageListener;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.SourceInfo;
import io.github.wsisdata.parser.WsisParseException;
import io.github.wsisdata.parser.internal.html.HtmlPage;
import io.github.wsisdata.parser.internal.source.ByteLines;
import io.github.wsisdata.parser.internal.source.Limits;
import io.github.wsisdata.parser.internal.source.LineSource;
import io.github.wsisdata.parser.internal.source.ReaderLines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Inputs of bytes (files and streams): text or HTML, told by the settings, the file name or the
 * first bytes. Text is read line by line as before; an HTML page is read whole (within the input
 * size limit), rendered into lines ({@link HtmlPage}), and its entries and diagnostics are moved
 * back to the positions of their text in the HTML source.
 */
public final class Inputs {
  /** How many bytes are looked at to tell HTML from text. */
  static final int SNIFF = 4096;

  /** An HTML page over this fraction of the heap gets {@code LARGE_FOR_HEAP}. */
  static final int HEAP_SHARE = 30;

  private static final List<String> TAGS =
      List.of(
          "<head", "<title", "<meta", "<body", "<table", "<tr", "<td", "<p>", "<p ", "<br", "<div",
          "<font", "<a href", "<img", "<b>", "<center", "<span", "<ul", "<li");

  private Inputs() {}

  /** Opens the bytes of an input. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * How bytes are read.
   *
   * @param limits input size and line length
   * @param format text, HTML or told by the input
   * @param charset the character set of text input (HTML says its own)
   * @param base what relative links of an HTML page are resolved against when it names nothing
   *     better; {@code null} for none
   * @param declared the charset the transport named for an HTML page (HTTP), or {@code null}
   */
  public record Settings(
      Limits limits, InputFormat format, Charset charset, URI base, Charset declared) {
    /**
     * Settings for a file or a stream, with no transport.
     *
     * @param limits see {@link #limits()}
     * @param format see {@link #format()}
     * @param charset see {@link #charset()}
     * @param base see {@link #base()}
     */
    public Settings(Limits limits, InputFormat format, Charset charset, URI base) {
      this(limits, format, charset, base, null);
    }
  }

  /** Closes what the caller handed over when it was never opened. */
  @FunctionalInterface
  public interface Closer {
    void close() throws IOException;
  }

  /**
   * A source of bytes. Closing its lines closes the bytes.
   *
   * @param opener opens the bytes
   * @param name the file name, for its extension ({@code null} for a stream)
   * @param unopened closes the caller's stream if it was never opened
   * @param settings how to read them
   * @return the source
   */
  public static Pages.Source of(Opener opener, String name, Closer unopened, Settings settings) {
    return new Detecting(opener, name, unopened, settings);
  }

  /**
   * Whether a page is read as HTML: by the format asked for, else by its file name or first bytes.
   *
   * @param format the format asked for
   * @param name the file name, or null
   * @param head the page's first bytes (or all of them)
   * @return true for HTML
   */
  public static boolean readsAsHtml(InputFormat format, String name, byte[] head) {
    return switch (format) {
      case HTML -> true;
      case TEXT -> false;
      case AUTO ->
          (name != null && InputFormat.isHtmlFileName(name)) || looksLikeHtml(head, head.length);
    };
  }

  /** Whether the first bytes hold a doctype, an {@code <html>} tag, or two HTML tags. */
  static boolean looksLikeHtml(byte[] head, int length) {
    String text =
        new String(head, 0, Math.min(length, SNIFF), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT)
            .replace("\u0000", ""); // UTF-16 HTML reads as ASCII with zero bytes between
    if (text.contains("<!doctype html") || text.contains("<html")) {
      return true;
    }
    return TAGS.stream().filter(text::contains).limit(2).count() >= 2;
  }

  private static final class Detecting implements Pages.Source {
    private final Opener opener;
    private final String name;
    private final Closer unopened;
    private final Settings settings;
    private HtmlPage.Rendered rendered;
    private SourceInfo info;

    Detecting(Opener opener, String name, Closer unopened, Settings settings) {
      this.opener = opener;
      this.name = name;
      this.unopened = unopened;
      this.settings = settings;
      this.info =
          new SourceInfo(
              InputFormat.TEXT,
              settings.charset().name(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
    }

    @Override
    public LineSource open(Consumer<Diagnostic> diagnostics) throws IOException {
      InputStream in = opener.open();
      byte[] head = new byte[SNIFF];
      int length = in.readNBytes(head, 0, SNIFF);
      if (io.github.wsisdata.parser.internal.source.Magic.looksLikeWarc(head, length)) {
        // a web archive holds many pages, each with its record: it is not one page
        diagnostics.accept(
            new Diagnostic(
                Severity.ERROR,
                DiagnosticCode.WEB_ARCHIVE,
                1,
                1,
                (name == null ? "the input" : name)
                    + " is a web archive (WARC), not a page: read it with"
                    + " WsisParser.readWarc or archivedPages (the command line does)",
                ""));
        return linesOf("", in);
      }
      boolean html =
          readsAsHtml(
              settings.format(), name, length == SNIFF ? head : Arrays.copyOf(head, length));
      if (!html) {
        InputStream all = new SequenceInputStream(new ByteArrayInputStream(head, 0, length), in);
        if (settings.charset().equals(StandardCharsets.UTF_8)) {
          return new ByteLines(all, settings.limits(), diagnostics);
        }
        return new ReaderLines(
            new InputStreamReader(all, settings.charset()), settings.limits().maxLineLength());
      }
      byte[] page = readAll(in, head, length);
      long heap = Runtime.getRuntime().maxMemory();
      if (page.length > heap / HEAP_SHARE) {
        diagnostics.accept(
            new Diagnostic(
                Severity.WARNING,
                DiagnosticCode.LARGE_FOR_HEAP,
                1,
                1,
                "this HTML page of "
                    + (page.length >> 20)
                    + " MiB is larger than a thirtieth of the heap ("
                    + (heap >> 20)
                    + " MiB): parsed, HTML needs 20 to 50 times its size and may not fit"
                    + " (give Java more with -Xmx)",
                ""));
      }
      rendered = HtmlPage.render(page, settings.base(), settings.declared());
      for (HtmlPage.Problem problem : rendered.problems()) {
        diagnostics.accept(
            new Diagnostic(
                problem.malformed() ? Severity.ERROR : Severity.WARNING,
                problem.malformed()
                    ? DiagnosticCode.MALFORMED_UTF8
                    : DiagnosticCode.HTML_TEXT_HIDDEN,
                problem.line(),
                problem.column(),
                problem.message(),
                ""));
      }
      info =
          new SourceInfo(
              InputFormat.HTML,
              rendered.charset().name(),
              rendered.htmlTitle(),
              rendered.originalUrl(),
              rendered.captured());
      return linesOf(String.join("\n", rendered.lines()), in);
    }

    /**
     * The lines of a text made from the input's bytes; closing them closes the bytes, as for text.
     * (A method of its own: inside an anonymous FilterReader, {@code in} names the filtered reader,
     * not the stream.)
     */
    private LineSource linesOf(String text, InputStream bytes) {
      Reader reader =
          new FilterReader(new StringReader(text)) {
            @Override
            public void close() throws IOException {
              bytes.close();
            }
          };
      return new ReaderLines(reader, settings.limits().maxLineLength());
    }

    private byte[] readAll(InputStream in, byte[] head, int length) throws IOException {
      long max = settings.limits().maxInputSize();
      ByteArrayOutputStream all = new ByteArrayOutputStream(Math.max(length, 1 << 16));
      all.write(head, 0, length);
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) > 0) {
        all.write(buffer, 0, n);
        if (all.size() > max) {
          throw new WsisParseException(
              List.of(
                  new Diagnostic(
                      Severity.ERROR,
                      DiagnosticCode.INPUT_TOO_LARGE,
                      1,
                      1,
                      "input is larger than the limit of " + max + " bytes; reading stopped",
                      "")));
        }
      }
      return all.toByteArray();
    }

    @Override
    public PageListener wrap(PageListener listener) {
      return rendered == null ? listener : Relocation.wrap(listener, rendered);
    }

    @Override
    public SourceInfo info() {
      return info;
    }

    @Override
    public void closeUnopened() throws IOException {
      unopened.close();
    }
  }
}
