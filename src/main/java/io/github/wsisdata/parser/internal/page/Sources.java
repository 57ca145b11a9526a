package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.PageListener;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.SourceInfo;
import io.github.wsisdata.parser.WsisParseException;
import io.github.wsisdata.parser.internal.source.LineSource;
import io.github.wsisdata.parser.internal.source.ReaderLines;
import io.github.wsisdata.parser.internal.source.TextLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The inputs a parser reads, as sources of lines, with the parser's settings and limits. */
public final class Sources {
  private final Inputs.Settings settings;

  /**
   * Sources read with these settings.
   *
   * @param settings limits, format, charset and base
   */
  public Sources(Inputs.Settings settings) {
    this.settings = settings;
  }

  /**
   * A file: not a directory, not over the size limit (checked before reading for a regular file,
   * while reading for a pipe, FIFO or device such as {@code /dev/stdin}), UTF-8.
   */
  public Pages.Source file(Path path) {
    Objects.requireNonNull(path, "path");
    Pages.Source bytes =
        Inputs.of(
            () -> {
              if (Files.isDirectory(path)) {
                throw new IOException(path + ": is a directory, not a page file");
              }
              if (Files.isRegularFile(path)) {
                // pipes, FIFOs and devices have no size to ask for: their size is counted while
                // reading
                checkSize(Files.size(path), "bytes");
              }
              // no BufferedInputStream: the readers read in blocks themselves, and a buffered
              // stream would ask the channel for available(), which seeks and fails on pipes
              return Files.newInputStream(path);
            },
            path.getFileName() == null ? null : path.getFileName().toString(),
            () -> {},
            settings);
    return new Pages.Source() {
      @Override
      public LineSource open(Consumer<Diagnostic> diagnostics) throws IOException {
        return bytes.open(diagnostics);
      }

      @Override
      public IOException describe(IOException e) {
        return namingPath(path, e);
      }

      @Override
      public PageListener wrap(PageListener listener) {
        return bytes.wrap(listener);
      }

      @Override
      public SourceInfo info() {
        return bytes.info();
      }
    };
  }

  public Pages.Source bytes(InputStream in) {
    Objects.requireNonNull(in, "in");
    return Inputs.of(() -> in, null, in::close, settings);
  }

  /** Text in memory: its lines are cut from it, as a reader over it would give them. */
  public Pages.Source text(String text) {
    return new Pages.Source() {
      @Override
      public LineSource open(Consumer<Diagnostic> diagnostics) {
        return new TextLines(text, settings.limits().maxLineLength());
      }

      @Override
      public void closeUnopened() {
        // nothing to close
      }
    };
  }

  public Pages.Source chars(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    return new Pages.Source() {
      @Override
      public LineSource open(Consumer<Diagnostic> diagnostics) {
        return new ReaderLines(reader, settings.limits().maxLineLength());
      }

      @Override
      public void closeUnopened() throws IOException {
        reader.close();
      }
    };
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

  /**
   * Fails with {@code INPUT_TOO_LARGE} if an input is larger than the limit.
   *
   * @param size the input's size
   * @param unit its unit (bytes, characters)
   */
  public void checkSize(long size, String unit) {
    if (size > settings.limits().maxInputSize()) {
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
                      + settings.limits().maxInputSize()
                      + "; nothing was read",
                  "")));
    }
  }
}
