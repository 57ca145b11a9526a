package io.github.wsisdata.parser.internal.source;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a character stream, read as they are needed. A line longer than the limit is not
 * buffered past it: its start is kept and the rest is skipped to the end of the line.
 */
public final class ReaderLines extends LineSource {
  private final Reader reader;
  private final int maxLineLength;
  private final char[] buffer = new char[1 << 14];
  private int position;
  private int limit;
  private boolean pendingCr;
  private boolean eof;
  private boolean started;
  private final StringBuilder line = new StringBuilder();

  /**
   * Lines of a reader.
   *
   * @param reader the characters (not closed here)
   * @param maxLineLength longest line read whole, in characters
   */
  public ReaderLines(Reader reader, int maxLineLength) {
    super(reader);
    this.reader = reader;
    this.maxLineLength = maxLineLength;
  }

  @Override
  SourceLine readLine() throws IOException {
    line.setLength(0);
    int keep = Math.max(maxLineLength, SourceLine.KEPT_PREFIX);
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        return any ? finish(length) : null;
      }
      if (pendingCr) {
        pendingCr = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      int end = position;
      while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
        end++;
      }
      int n = end - position;
      if (n > 0) {
        any = true;
        int room = (int) Math.max(0, Math.min(n, keep - length));
        line.append(buffer, position, room);
        length += n;
      }
      position = end;
      if (end < limit) {
        pendingCr = buffer[position++] == '\r';
        return finish(length);
      }
    }
  }

  private SourceLine finish(long length) {
    if (length > maxLineLength) {
      return new SourceLine.TooLong(SourceLine.prefix(line), length + " characters", maxLineLength);
    }
    return new SourceLine.Whole(line.toString());
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = 0;
    while (n == 0) {
      n = reader.read(buffer);
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    position = 0;
    limit = n;
    if (!started) {
      started = true;
      if (buffer[0] == '\uFEFF') {
        position = 1; // a byte order mark is no text
        return position < limit || fill();
      }
    }
    return true;
  }
}
