package io.github.wsisdata.parser.internal.html;

import io.github.wsisdata.parser.internal.html.HtmlPage.Origin;
import io.github.wsisdata.parser.internal.html.HtmlPage.Segment;
import io.github.wsisdata.parser.internal.text.CharClass;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Where rendered text is in the HTML source, in code points. jsoup tracks where each node starts,
 * counting columns in UTF-16 units; the renderer drops and collapses white space and decodes
 * character references. This walks a text node's source beside its rendered text and marks a new
 * {@link Segment} wherever the two stop running side by side (after a collapsed space, a character
 * reference, a dropped character), so that a column inside a segment is its start plus the offset.
 */
final class SourceAligner {
  /** Source characters passed over in a row without a match before the walk gives up. */
  private static final int MAX_SKIPPED = 16;

  /** The longest character reference looked at ({@code &CounterClockwiseContourIntegral;}). */
  private static final int MAX_REFERENCE = 34;

  private final String html;

  /** Positions of the high surrogates of the source's surrogate pairs, ascending. */
  private final int[] astral;

  SourceAligner(String html) {
    this.html = html;
    int n = 0;
    int[] found = new int[0];
    for (int i = 0; i + 1 < html.length(); i++) {
      if (Character.isHighSurrogate(html.charAt(i))
          && Character.isLowSurrogate(html.charAt(i + 1))) {
        if (n == found.length) {
          found = Arrays.copyOf(found, Math.max(8, n * 2));
        }
        found[n++] = i;
      }
    }
    astral = Arrays.copyOf(found, n);
  }

  /** How many surrogate pairs start before {@code pos}. */
  private int pairsBefore(int pos) {
    int at = Arrays.binarySearch(astral, pos);
    return at >= 0 ? at : -at - 1;
  }

  /**
   * The code-point column of a source position, from jsoup's UTF-16 column at that position.
   *
   * @param pos the position in the source
   * @param charColumn its 1-based column in UTF-16 units
   * @return its 1-based column in code points
   */
  int column(int pos, int charColumn) {
    if (astral.length == 0) {
      return charColumn;
    }
    int lineStart = Math.max(0, pos - (charColumn - 1));
    return charColumn - (pairsBefore(pos) - pairsBefore(lineStart));
  }

  /**
   * The origin of a node's start, in code points.
   *
   * @param start jsoup's position of the node
   * @return line and code-point column
   */
  Origin origin(Range.Position start) {
    return new Origin(start.lineNumber(), column(start.pos(), start.columnNumber()));
  }

  /**
   * Marks where the rendered text of a text node comes from.
   *
   * @param text the text as rendered (spaces collapsed, references decoded, leading space dropped)
   * @param offset where it starts in the rendered line (UTF-16 units)
   * @param range the text node's source range
   * @param into receives the segments, in order
   * @return false if the text could not be followed through the source (nothing was added)
   */
  boolean align(String text, int offset, Range range, List<Segment> into) {
    int end = Math.min(range.endPos(), html.length());
    int j = range.startPos();
    int line = range.start().lineNumber();
    int col = range.start().columnNumber(); // UTF-16 column of j
    int i = 0;
    int skipped = 0;
    boolean running = false;
    int added = into.size();
    while (i < text.length() && j < end) {
      char t = text.charAt(i);
      char s = html.charAt(j);
      int step = 0; // rendered characters matched by the source at j
      int next = j + 1; // where the source goes on
      if (s == '&' && (next = reference(j, end)) > j + 1) {
        String decoded = Parser.unescapeEntities(html.substring(j, next), false);
        if (!decoded.isEmpty() && text.startsWith(decoded, i)) {
          step = decoded.length();
        } else {
          next = j + 1; // not a reference after all: a literal ampersand
          step = s == t ? 1 : 0;
        }
      } else if (s == t) {
        step = 1;
      } else if (t == ' ' && CharClass.isHtmlSpace(s)) {
        step = 1;
        while (next < end && CharClass.isHtmlSpace(html.charAt(next))) {
          next++;
        }
      }
      boolean contiguous = step == 1 && next == j + 1 && s == t;
      if (step > 0) {
        if (!running || !contiguous) {
          into.add(new Segment(offset + i, new Origin(line, column(j, col))));
        }
        running = contiguous;
        i += step;
        skipped = 0;
      } else {
        running = false; // a dropped character (white space, a stripped no-break space)
        if (++skipped > MAX_SKIPPED) {
          break;
        }
      }
      for (; j < next; j++) {
        if (html.charAt(j) == '\n') {
          line++;
          col = 1;
        } else {
          col++;
        }
      }
    }
    if (i < text.length()) {
      into.subList(added, into.size()).clear();
      return false;
    }
    return true;
  }

  /** The end of a character reference's syntax at {@code j} ({@code &} there), or j + 1. */
  private int reference(int j, int end) {
    int k = j + 1;
    int limit = Math.min(end, j + MAX_REFERENCE);
    if (k < limit && html.charAt(k) == '#') {
      k++;
      if (k < limit && (html.charAt(k) == 'x' || html.charAt(k) == 'X')) {
        k++;
      }
    }
    while (k < limit && Character.isLetterOrDigit(html.charAt(k))) {
      k++;
    }
    if (k < limit && html.charAt(k) == ';') {
      k++;
    }
    return k;
  }
}
