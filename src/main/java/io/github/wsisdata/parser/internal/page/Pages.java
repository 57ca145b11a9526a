package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.PageListener;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.SourceInfo;
import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParseException;
import io.github.wsisdata.parser.internal.source.LineSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Entry points of the internals. Whole documents and lazy entry streams go the same way: a line
 * source, then {@link PageReader}, then a sink (a {@link DocumentAssembler}, or a queue that a
 * stream drains).
 */
public final class Pages {
  private Pages() {}

  /** An input, opened when reading starts. */
  public interface Source {
    /**
     * Opens the input's lines.
     *
     * @param diagnostics receives diagnostics found while reading bytes (malformed UTF-8)
     * @return the lines
     * @throws IOException if the input cannot be opened
     */
    LineSource open(Consumer<Diagnostic> diagnostics) throws IOException;

    /**
     * The I/O error to report, for example with the file's name in its message.
     *
     * @param e an error while opening or reading
     * @return the error to throw
     */
    default IOException describe(IOException e) {
      return e;
    }

    /**
     * Closes what the caller handed over (a stream or reader) when the input was never opened.
     *
     * @throws IOException if closing fails
     */
    default void closeUnopened() throws IOException {}

    /**
     * The listener to read into, asked once the source is open: an HTML source moves entries and
     * diagnostics back into its HTML.
     *
     * @param listener where the reader's findings go
     * @return the listener to hand the reader
     */
    default PageListener wrap(PageListener listener) {
      return listener;
    }

    /**
     * What the input was read as, once it was opened.
     *
     * @return the source's description
     */
    default SourceInfo info() {
      return SourceInfo.UTF8_TEXT;
    }
  }

  /**
   * Reads a whole input into a document.
   *
   * @param source the input
   * @param closeInput whether to close the input at the end
   * @return the document
   * @throws IOException if the input cannot be read
   */
  public static WsisDocument read(Source source, boolean closeInput) throws IOException {
    DocumentAssembler assembler = new DocumentAssembler();
    run(source, assembler, closeInput);
    return assembler.build(source.info());
  }

  /** Opens the source, reads it all into the listener, and closes it if asked. */
  private static void run(Source source, PageListener listener, boolean closeInput)
      throws IOException {
    LineSource lines = null;
    try {
      lines = source.open(listener::diagnostic);
      new PageReader(source.wrap(listener)).read(lines);
    } catch (UncheckedIOException e) {
      throw source.describe(e.getCause());
    } catch (IOException e) {
      throw source.describe(e);
    } finally {
      if (closeInput && lines != null) {
        lines.close();
      }
    }
  }

  /**
   * Reads a whole input once, handing everything found to {@code listener} in page order; nothing
   * is held. The document built by {@link #read} from the same input has the same title, date,
   * sections, entries and diagnostics (sorted there by line and column).
   *
   * @param source the input; closed at the end
   * @param listener receives what is found
   * @throws IOException if the input cannot be read
   */
  public static void walk(Source source, PageListener listener) throws IOException {
    run(source, listener, true);
  }

  /**
   * A lazy stream of the entries of an input: nothing is opened or read before the first entry is
   * asked for, so that every error (I/O, size, strict mode) comes from the stream itself.
   *
   * @param source the input; closed when the stream is closed
   * @param diagnostics receives every diagnostic as it is found
   * @param strict throw at the first ERROR diagnostic (after handing it to {@code diagnostics})
   * @return the entries, in page order
   */
  public static Stream<Entry> stream(
      Source source, Consumer<Diagnostic> diagnostics, boolean strict) {
    LazyEntries entries = new LazyEntries(source, diagnostics, strict);
    return StreamSupport.stream(entries, false).onClose(entries::close);
  }

  /**
   * Opens the source at the first request and reads until an entry is complete. Entries go to a
   * queue that the stream drains; diagnostics go to the caller at once.
   */
  private static final class LazyEntries extends Spliterators.AbstractSpliterator<Entry> {
    private final Source source;
    private final ArrayDeque<Entry> queue = new ArrayDeque<>();
    private final PageListener listener;
    private LineSource lines;
    private PageReader reader;
    private boolean ended;

    LazyEntries(Source source, Consumer<Diagnostic> diagnostics, boolean strict) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.source = source;
      this.listener =
          new PageListener() {
            @Override
            public void entry(Entry entry) {
              queue.add(entry);
            }

            @Override
            public void diagnostic(Diagnostic diagnostic) {
              diagnostics.accept(diagnostic);
              if (strict && diagnostic.severity() == Severity.ERROR) {
                throw new WsisParseException(List.of(diagnostic));
              }
            }
          };
    }

    /** What ended the stream early (an error, or a diagnostics consumer that threw), or null. */
    private Throwable stoppedBy;

    @Override
    public boolean tryAdvance(Consumer<? super Entry> action) {
      if (stoppedBy != null) {
        // not a silent end: whoever goes on after the failure learns that entries were not read
        throw new IllegalStateException(
            "the entries stopped when reading failed (" + stoppedBy + "); the rest was not read",
            stoppedBy);
      }
      if (ended) {
        return false;
      }
      try {
        if (reader == null) {
          lines = source.open(listener::diagnostic);
          reader = new PageReader(source.wrap(listener));
          reader.start(lines);
        }
        while (queue.isEmpty() && reader.step()) {
          // read until an entry is complete
        }
      } catch (UncheckedIOException e) {
        ended = true;
        throw new UncheckedIOException(source.describe(e.getCause()));
      } catch (IOException e) {
        ended = true;
        throw new UncheckedIOException(source.describe(e));
      } catch (RuntimeException | Error e) {
        // a strict-mode error or a diagnostics consumer that throws: the stream ends here, so
        // that no later entry is handed out while an earlier one was lost with the exception;
        // asking again gives an error, never a silent end
        ended = true;
        stoppedBy = e;
        throw e;
      }
      Entry entry = queue.poll();
      if (entry == null) {
        return false;
      }
      action.accept(entry);
      return true;
    }

    void close() {
      try {
        if (lines != null) {
          lines.close();
        } else {
          source.closeUnopened();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(source.describe(e));
      }
    }
  }
}
