package io.github.wsisdata.parser.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** The lines of a character stream, read as they are needed ({@link BufferedReader#readLine}). */
final class ReaderLines implements Iterator<String> {
  private final BufferedReader reader;
  private String next;
  private boolean done;

  ReaderLines(Reader reader) {
    this.reader = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = reader.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      done = next == null;
    }
    return next != null;
  }

  @Override
  public String next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    String line = next;
    next = null;
    return line;
  }
}
