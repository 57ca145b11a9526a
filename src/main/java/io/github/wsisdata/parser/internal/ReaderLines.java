package io.github.wsisdata.parser.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/** The lines of a character stream, read as they are needed ({@link BufferedReader#readLine}). */
final class ReaderLines extends LineSource {
  private final BufferedReader reader;

  ReaderLines(Reader reader) {
    this.reader = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
  }

  @Override
  String readLine() throws IOException {
    return reader.readLine();
  }
}
