package io.github.wsisdata.parser.internal.warc;

import io.github.wsisdata.parser.ArchiveRecord;
import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.InputFormat;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.SourceInfo;
import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.internal.page.Inputs;
import io.github.wsisdata.parser.internal.page.Pages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
      byte[] head = in.readNBytes(5);
      if (head.length >= 5
          && new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/")) {
        return true;
      }
      if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
        try (InputStream gz = new java.util.zip.GZIPInputStream(Files.newInputStream(path), 512)) {
          byte[] inner = gz.readNBytes(5);
          return new String(inner, java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/");
        }
      }
      return false;
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
    WarcReader reader = new WarcReader(warc);
    Pages spliterator = new Pages(reader, name, settings, problems);
    return StreamSupport.stream(spliterator, false)
        .onClose(
            () -> {
              try {
                reader.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static final class Pages extends Spliterators.AbstractSpliterator<WsisDocument> {
    private final WarcReader reader;
    private final String name;
    private final Inputs.Settings settings;
    private final Consumer<Diagnostic> problems;
    private boolean ended;
    private int skipped;
    private long next;

    Pages(WarcReader reader, String name, Inputs.Settings settings, Consumer<Diagnostic> problems) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.reader = reader;
      this.name = name;
      this.settings = settings;
      this.problems = problems;
    }

    @Override
    public boolean tryAdvance(Consumer<? super WsisDocument> action) {
      while (!ended) {
        // where the next record starts: the end of the last one (jwarc's position() is the start
        // of the record it returned last)
        long offset = next;
        Optional<WsisDocument> page;
        try {
          Optional<WarcRecord> record = reader.next();
          if (record.isEmpty()) {
            end();
            return false;
          }
          offset = reader.position();
          page = page(record.get(), offset);
          record.get().body().consume();
          next = reader.position();
        } catch (IOException | RuntimeException e) {
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
                      + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                      + "); reading of this file stops here",
                  ""));
          end();
          return false;
        }
        if (page.isPresent()) {
          action.accept(page.get());
          return true;
        }
      }
      return false;
    }

    private void end() {
      ended = true;
      if (skipped > 0) {
        problems.accept(
            new Diagnostic(
                Severity.WARNING,
                DiagnosticCode.WARC_PAGES_SKIPPED,
                1,
                1,
                name
                    + ": "
                    + skipped
                    + (skipped == 1 ? " page was" : " pages were")
                    + " not a WSIS meeting page and skipped",
                ""));
      }
    }

    /** The page in a record, if it is an HTML or text page of WSIS meetings. */
    private Optional<WsisDocument> page(WarcRecord record, long offset) throws IOException {
      MediaType type;
      byte[] body;
      URI target;
      if (record instanceof WarcResponse response) {
        HttpResponse http = response.http();
        type = http.contentType();
        body = http.bodyDecoded().stream().readAllBytes();
        target = response.targetURI();
      } else if (record instanceof WarcResource resource) {
        type = resource.contentType();
        body = resource.body().stream().readAllBytes();
        target = resource.targetURI();
      } else {
        return Optional.empty();
      }
      String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
      InputFormat format;
      if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
        format = InputFormat.HTML;
      } else if (base.equals("text/plain")) {
        format = InputFormat.TEXT;
      } else {
        return Optional.empty();
      }
      Charset declared = charset(type);
      Inputs.Settings page =
          new Inputs.Settings(
              settings.limits(),
              format,
              format == InputFormat.TEXT && declared != null ? declared : settings.charset(),
              target,
              format == InputFormat.HTML ? declared : null);
      WsisDocument doc =
          io.github.wsisdata.parser.internal.page.Pages.read(
              Inputs.of(() -> new ByteArrayInputStream(body), null, () -> {}, page), true);
      if (doc.entries().isEmpty()
          && doc.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.NOT_A_WSIS_PAGE)) {
        skipped++;
        return Optional.empty();
      }
      SourceInfo info = doc.sourceInfo();
      LocalDateTime captured = LocalDateTime.ofInstant(record.date(), ZoneOffset.UTC);
      SourceInfo archived =
          new SourceInfo(
              info.format(),
              info.charset(),
              info.htmlTitle(),
              Optional.of(info.originalUrl().orElse(target)),
              Optional.of(info.captured().orElse(captured)),
              Optional.of(new ArchiveRecord(name, offset, target, record.date())));
      return Optional.of(
          new WsisDocument(
              doc.title(),
              doc.lastUpdated(),
              doc.sections(),
              doc.diagnostics(),
              doc.lineRoles(),
              archived));
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
