package io.github.wsisdata.parser.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Lines read one at a time from a source; I/O errors surface as {@link UncheckedIOException}. */
abstract class LineSource implements Iterator<String> {
  private String next;
  private boolean done;

  /** The next line without its terminator, or null at the end. */
  abstract String readLine() throws IOException;

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
  public final String next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    String line = next;
    next = null;
    return line;
  }
}
