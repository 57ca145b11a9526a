package io.github.wsisdata.parser.internal;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.LineRole;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParseException;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
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

  /**
   * Reads page text into a document.
   *
   * @param text the page text
   * @param limits size limits (the input size must have been checked by the caller)
   * @return the document
   */
  public static WsisDocument read(CharSequence text, Limits limits) {
    return read(new Lines(text), limits);
  }

  /**
   * Reads UTF-8 bytes into a document, line by line.
   *
   * @param in the bytes (not closed)
   * @param limits size limits, the input size included
   * @return the document
   */
  public static WsisDocument read(InputStream in, Limits limits) {
    DocumentAssembler assembler = new DocumentAssembler();
    return read(new ByteLines(in, limits.maxInputSize(), assembler::diagnostic), limits, assembler);
  }

  private static WsisDocument read(Iterator<String> lines, Limits limits) {
    return read(lines, limits, new DocumentAssembler());
  }

  private static WsisDocument read(
      Iterator<String> lines, Limits limits, DocumentAssembler assembler) {
    new PageReader(assembler, limits).read(lines);
    return assembler.build();
  }

  /**
   * A lazy stream of the entries of UTF-8 bytes.
   *
   * @param in the bytes; closed when the stream is closed
   * @param limits size limits
   * @param diagnostics receives every diagnostic as it is found
   * @param strict throw at the first ERROR diagnostic (after handing it to {@code diagnostics})
   * @return the entries, in page order
   */
  public static Stream<Entry> stream(
      InputStream in, Limits limits, Consumer<Diagnostic> diagnostics, boolean strict) {
    QueueSink sink = new QueueSink(diagnostics, strict);
    Iterator<String> lines = new ByteLines(in, limits.maxInputSize(), sink::diagnostic);
    return stream(lines, limits, sink).onClose(() -> Closing.close(in));
  }

  /**
   * A lazy stream of the entries of a character stream.
   *
   * @param reader the characters; closed when the stream is closed
   * @param limits size limits (line length; the input size is not counted for readers)
   * @param diagnostics receives every diagnostic as it is found
   * @param strict throw at the first ERROR diagnostic
   * @return the entries, in page order
   */
  public static Stream<Entry> stream(
      Reader reader, Limits limits, Consumer<Diagnostic> diagnostics, boolean strict) {
    QueueSink sink = new QueueSink(diagnostics, strict);
    return stream(new ReaderLines(reader), limits, sink).onClose(() -> Closing.close(reader));
  }

  private static Stream<Entry> stream(Iterator<String> lines, Limits limits, QueueSink sink) {
    PageReader reader = new PageReader(sink, limits);
    reader.start(lines);
    Spliterator<Entry> spliterator =
        new Spliterators.AbstractSpliterator<>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super Entry> action) {
            while (sink.queue.isEmpty() && reader.step()) {
              // read until an entry is complete
            }
            Entry entry = sink.queue.poll();
            if (entry == null) {
              return false;
            }
            action.accept(entry);
            return true;
          }
        };
    return StreamSupport.stream(spliterator, false);
  }

  /** Entries go to a queue that the stream drains; diagnostics go to the caller at once. */
  private static final class QueueSink implements PageSink {
    final ArrayDeque<Entry> queue = new ArrayDeque<>();
    private final Consumer<Diagnostic> diagnostics;
    private final boolean strict;

    QueueSink(Consumer<Diagnostic> diagnostics, boolean strict) {
      this.diagnostics = diagnostics;
      this.strict = strict;
    }

    @Override
    public void role(int line, LineRole role) {}

    @Override
    public void title(String title) {}

    @Override
    public void lastUpdated(LocalDate date) {}

    @Override
    public void heading(String heading) {}

    @Override
    public void introduction(String introduction) {}

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
  }
}
