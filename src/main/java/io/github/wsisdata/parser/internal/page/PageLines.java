package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.internal.source.SourceLine;
import io.github.wsisdata.parser.internal.text.Text;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The lines of a page as the reader takes them: numbered, with one line of look-ahead, and on a
 * page wrapped at a fixed width ({@link Wrapping}, found from the page's first lines at the first
 * request) a wrapped line joined with its continuation lines.
 */
final class PageLines {
  /**
   * A line to read.
   *
   * @param number its 1-based number (the first of a joined line)
   * @param text its text (a joined line's lines joined by a space), or the kept start of one too
   *     long
   * @param joined how many continuation lines were joined to it
   * @param cutAtWidth whether it ends at the wrap width without being continued
   * @param tooLong the line over the length limit, or null
   */
  record Line(
      int number, String text, int joined, boolean cutAtWidth, SourceLine.TooLong tooLong) {}

  /** Lines looked at past the look-ahead, before blank lines end (see {@link #nextNonBlank}). */
  static final int MAX_PEEK = 20;

  private Iterator<SourceLine> source;
  private SourceLine lookahead;
  private final java.util.ArrayDeque<SourceLine> peeked = new java.util.ArrayDeque<>();
  private int lineNo;
  private boolean started;
  private Wrapping wrapping = Wrapping.NONE;

  PageLines(Iterator<SourceLine> source) {
    this.source = source;
  }

  /** How the page is wrapped (known after the first {@link #next}). */
  Wrapping wrapping() {
    return wrapping;
  }

  /** The raw text of the line after the one {@link #next} gave last, or null at the end. */
  String nextText() {
    return lookahead == null ? null : lookahead.text();
  }

  /**
   * The next line to read.
   *
   * @return the line, or null at the end of the page
   */
  Line next() {
    if (!started) {
      started = true;
      lookWhetherWrapped();
      lookahead = pull();
    }
    if (lookahead == null) {
      return null;
    }
    SourceLine current = lookahead;
    lookahead = pull();
    int first = ++lineNo;
    if (current instanceof SourceLine.TooLong tooLong) {
      return new Line(first, tooLong.text(), 0, false, tooLong);
    }
    String text = current.text();
    if (!wrapping.wrapped() || Text.isBlank(text) || LineClassifier.isFrame(Text.normalize(text))) {
      return new Line(first, text, 0, false, null);
    }
    String last = text;
    StringBuilder joined = null;
    int indentation = Text.indentation(text);
    while (lookahead instanceof SourceLine.Whole next
        && !Text.isBlank(next.text())
        && wrapping.full(last, next.text())
        && !LineClassifier.isFrame(Text.normalize(next.text()))
        // a marker starts the next entry, unless it is indented under this line's text
        // (a hanging indent: "   * Workshop ... Access Points" / "     – Bamako, ...")
        && (Text.indentation(next.text()) > indentation
            || !LineClassifier.isMarkerLine(Text.normalize(next.text())))) {
      joined = joined == null ? new StringBuilder(text) : joined;
      joined.append(' ').append(next.text().strip());
      last = next.text();
      lookahead = pull();
      lineNo++;
    }
    return new Line(
        first,
        joined == null ? text : joined.toString(),
        lineNo - first,
        wrapping.endsAtWidth(last),
        null);
  }

  private SourceLine pull() {
    if (!peeked.isEmpty()) {
      return peeked.poll();
    }
    return source.hasNext() ? source.next() : null;
  }

  /**
   * The raw text of the {@code k}-th line after the one {@link #next} gave last ({@code k = 1} is
   * the next line), looking at most {@link #MAX_PEEK} lines ahead.
   *
   * @param k how far ahead, 1 to {@link #MAX_PEEK}
   * @return the line's text, or null past the end of the page
   */
  String peek(int k) {
    if (k == 1 || lookahead == null) {
      return lookahead == null ? null : lookahead.text();
    }
    while (peeked.size() < k - 1 && source.hasNext()) {
      peeked.add(source.next());
    }
    int i = 2;
    for (SourceLine line : peeked) {
      if (i++ == k) {
        return line.text();
      }
    }
    return null;
  }

  /**
   * The raw text of the first non-blank line after the one {@link #next} gave last, looking at most
   * {@link #MAX_PEEK} lines ahead; null if there is none within them.
   */
  String nextNonBlank() {
    if (lookahead == null) {
      return null;
    }
    if (!Text.isBlank(lookahead.text())) {
      return lookahead.text();
    }
    for (SourceLine line : peeked) {
      if (!Text.isBlank(line.text())) {
        return line.text();
      }
    }
    while (peeked.size() < MAX_PEEK && source.hasNext()) {
      SourceLine line = source.next();
      peeked.add(line);
      if (!Text.isBlank(line.text())) {
        return line.text();
      }
    }
    return null;
  }

  /**
   * Reads the first lines (at most {@link Wrapping#WINDOW_LINES} and {@link Wrapping#WINDOW_CHARS})
   * to find whether the page is wrapped, then reads on from them.
   */
  private void lookWhetherWrapped() {
    List<SourceLine> window = new ArrayList<>();
    long chars = 0;
    while (window.size() < Wrapping.WINDOW_LINES
        && chars < Wrapping.WINDOW_CHARS
        && source.hasNext()) {
      SourceLine line = source.next();
      window.add(line);
      chars += line.text().length();
    }
    wrapping = Wrapping.detect(window);
    Iterator<SourceLine> rest = source;
    Iterator<SourceLine> held = window.iterator();
    source =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return held.hasNext() || rest.hasNext();
          }

          @Override
          public SourceLine next() {
            return held.hasNext() ? held.next() : rest.next();
          }
        };
  }
}
