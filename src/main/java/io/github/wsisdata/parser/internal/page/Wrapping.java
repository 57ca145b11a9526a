package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.internal.source.SourceLine;
import io.github.wsisdata.parser.internal.text.Text;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a page was wrapped at a fixed width (by {@code lynx -dump}, {@code w3m -dump}, {@code
 * fmt}), found from the page itself: its width is the length that 95% of its lines stay within, and
 * it is wrapped when lines end near that width and the lines that run on into a next line were full
 * (the next line's first word would not have fitted). A page with text written one paragraph per
 * line never is.
 *
 * @param width the wrap width in characters, 0 if the page is not wrapped
 * @param margin the indentation most lines have (lynx writes 3 spaces); 0 if not wrapped
 */
record Wrapping(int width, int margin) {
  static final Wrapping NONE = new Wrapping(0, 0);

  /** Lines of the page's start that are looked at (and held back while looking). */
  static final int WINDOW_LINES = 400;

  /** Characters of the page's start that are looked at, at most. */
  static final int WINDOW_CHARS = 200_000;

  /** Fewest non-blank lines (banner and footer not counted) a page needs to be found wrapped. */
  static final int MIN_LINES = 10;

  /** Fewest different full lines running on into the next that a wrapped page needs. */
  static final int MIN_FULL = 4;

  /** Narrowest and widest wrap widths recognised. */
  static final int MIN_WIDTH = 40;

  static final int MAX_WIDTH = 200;

  /** Lines within this many characters of the width end "near" it. */
  static final int NEAR = 15;

  boolean wrapped() {
    return width > 0;
  }

  /**
   * Whether {@code line} was cut by the wrapping before {@code next}: the next line's first word
   * would not have fitted after it.
   */
  boolean full(String line, String next) {
    return wrapped() && length(line) + 1 + firstWordLength(next) > width;
  }

  /** Whether a line ends at the wrap width (within the length of a short word). */
  boolean endsAtWidth(String line) {
    return wrapped() && length(line) >= width - 3;
  }

  /** Indentation relative to the page's margin. */
  int indentation(String raw) {
    return Text.indentation(raw) - margin;
  }

  static Wrapping detect(List<SourceLine> window) {
    return tooWide(window) ? NONE : measure(window);
  }

  /**
   * A quick answer for pages with many long lines (paragraphs written one per line): whether more
   * lines than the 95% that {@link #measure} takes the width from are certainly longer than {@link
   * #MAX_WIDTH} and no frame line (too long for one), so that the width it finds would be too wide.
   * Sound because the share left over the width only grows with the number of lines measured, and
   * at most the non-blank lines are measured.
   */
  static boolean tooWide(List<SourceLine> window) {
    int nonBlank = 0;
    int wide = 0;
    // enough wide lines for as many lines as the window has (a bound on those measured) settles it
    int enough = window.size() - Math.max(0, (int) Math.ceil(0.95 * window.size()) - 1);
    for (SourceLine line : window) {
      if (wide >= enough && window.size() >= MIN_LINES) {
        return true;
      }
      if (line instanceof SourceLine.TooLong) {
        nonBlank++;
        wide++;
      } else if (!Text.isBlank(line.text())) {
        nonBlank++;
        String text = line.text();
        // longer than a frame line once normalized, and than the widest width
        if (Text.nonSpaceMoreThan(text, Math.max(LineClassifier.MAX_FRAME_LENGTH, MAX_WIDTH))) {
          wide++;
        }
      }
    }
    int percentile = Math.max(0, (int) Math.ceil(0.95 * nonBlank) - 1);
    return nonBlank >= MIN_LINES && wide >= nonBlank - percentile;
  }

  /** Whether the lines of a page's start were wrapped at a width, and at which. */
  static Wrapping measure(List<SourceLine> window) {
    int n = 0;
    int[] lengths = new int[window.size()];
    Map<Integer, Integer> indents = new HashMap<>();
    for (SourceLine line : window) {
      if (line instanceof SourceLine.TooLong) {
        lengths[n++] = Integer.MAX_VALUE;
      } else if (!Text.isBlank(line.text())
          && !LineClassifier.isFrame(Text.normalize(line.text()))) {
        // banner and footer lines are no evidence: pages repeat them, and they are never joined
        lengths[n++] = length(line.text());
        indents.merge(Text.indentation(line.text()), 1, Integer::sum);
      }
    }
    if (n < MIN_LINES) {
      return NONE;
    }
    int[] sorted = Arrays.copyOf(lengths, n);
    Arrays.sort(sorted);
    int width = sorted[Math.max(0, (int) Math.ceil(0.95 * n) - 1)];
    if (width < MIN_WIDTH || width > MAX_WIDTH) {
      return NONE;
    }
    int near = 0;
    for (int i = 0; i < n; i++) {
      if (sorted[i] <= width && sorted[i] >= width - NEAR) {
        near++;
      }
    }
    Wrapping candidate = new Wrapping(width, 0);
    int runOn = 0;
    int full = 0;
    java.util.Set<String> fullLines = new java.util.HashSet<>();
    for (int i = 0; i + 1 < window.size(); i++) {
      SourceLine line = window.get(i);
      SourceLine next = window.get(i + 1);
      if (line instanceof SourceLine.Whole
          && next instanceof SourceLine.Whole
          && !Text.isBlank(line.text())
          && !Text.isBlank(next.text())
          && !LineClassifier.isMarkerLine(Text.normalize(next.text()))
          && !LineClassifier.isFrame(Text.normalize(line.text()))
          && !LineClassifier.isFrame(Text.normalize(next.text()))) {
        runOn++;
        if (candidate.full(line.text(), next.text())) {
          full++;
          fullLines.add(line.text().strip());
        }
      }
    }
    // evidence: a quarter of the lines near the width, and at least MIN_FULL different lines that
    // run on full into the next, 70% of all run-on lines
    if (near * 4 < n || fullLines.size() < MIN_FULL || full * 10 < runOn * 7) {
      return NONE;
    }
    int margin = 0;
    int most = 0;
    for (Map.Entry<Integer, Integer> e : indents.entrySet()) {
      if (e.getValue() > most || (e.getValue() == most && e.getKey() < margin)) {
        most = e.getValue();
        margin = e.getKey();
      }
    }
    return new Wrapping(width, margin);
  }

  /** Length in code points, without trailing white space. */
  static int length(String line) {
    int to = line.length();
    while (to > 0 && Text.isSpace(line.codePointBefore(to))) {
      to -= Character.charCount(line.codePointBefore(to));
    }
    return line.codePointCount(0, to);
  }

  private static int firstWordLength(String line) {
    int i = 0;
    while (i < line.length() && Text.isSpace(line.codePointAt(i))) {
      i += Character.charCount(line.codePointAt(i));
    }
    int count = 0;
    while (i < line.length() && !Text.isSpace(line.codePointAt(i))) {
      i += Character.charCount(line.codePointAt(i));
      count++;
    }
    return count;
  }
}
