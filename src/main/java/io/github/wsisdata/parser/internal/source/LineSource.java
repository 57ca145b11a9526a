package io.github.wsisdata.parser.internal.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Lines read one at a time from a source, with the line-length limit enforced while reading; I/O
 * errors surface as {@link UncheckedIOException}. Lines end at {@code \n}, {@code \r\n} or a lone
 * {@code \r}; a final terminator does not start another line.
 */
public abstract class LineSource implements Iterator<SourceLine>, Closeable {
  private final Closeable input;
  private SourceLine next;
  private boolean done;

  /**
   * A line source.
   *
   * @param input what {@link #close()} closes
   */
  LineSource(Closeable input) {
    this.input = input;
  }

  /**
   * Closes the underlying input.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    input.close();
  }

  /** The next line, or null at the end. */
  abstract SourceLine readLine() throws IOException;

  /** Called once, at the end of the input. */
  void atEnd() {}

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      try {
        next = readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (next == null) {
        done = true;
        atEnd();
      }
    }
    return next != null;
  }

  @Override
  public final SourceLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceLine line = next;
    next = null;
    return line;
  }
}
