package io.github.wsisdata.parser.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lines of a text, without terminators; {@code \r\n}, {@code \n} and a lone {@code \r} all end
 * a line. A final terminator does not start another line.
 */
final class Lines implements Iterator<String> {
  private final CharSequence text;
  private int position;

  Lines(CharSequence text) {
    this.text = text;
  }

  @Override
  public boolean hasNext() {
    return position < text.length();
  }

  @Override
  public String next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    int start = position;
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        break;
      }
      i++;
    }
    String line = text.subSequence(start, i).toString();
    if (i < text.length()) {
      boolean crlf = text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      i += crlf ? 2 : 1;
    }
    position = i;
    return line;
  }
}
