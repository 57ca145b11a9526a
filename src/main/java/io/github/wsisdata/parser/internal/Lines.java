package io.github.wsisdata.parser.internal;

/**
 * The lines of a text, without terminators; {@code \r\n}, {@code \n} and a lone {@code \r} all end
 * a line. A final terminator does not start another line.
 */
final class Lines extends LineSource {
  private final CharSequence text;
  private int position;

  Lines(CharSequence text) {
    this.text = text;
  }

  @Override
  String readLine() {
    if (position >= text.length()) {
      return null;
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
