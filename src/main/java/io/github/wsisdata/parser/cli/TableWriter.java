package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.Meeting;
import java.io.IOException;
import java.io.Writer;

/**
 * Aligned columns (dates, place, organizers, title), then a one-line summary. With several inputs,
 * each gets its own table under a {@code == source ==} line.
 */
final class TableWriter implements DocumentWriter {
  /** Widest the place and organizer columns grow; longer text is cut with an ellipsis. */
  static final int MAX_COLUMN = 40;

  /** The title column is never cut shorter than this, however narrow the terminal. */
  static final int MIN_TITLE = 12;

  private static final String[] HEADER = {"DATES", "PLACE", "ORGANIZERS", "TITLE"};

  /** The terminal's width when standard output is one, else 0: lines as long as they come. */
  private final int columns;

  private boolean several;

  TableWriter() {
    this(0);
  }

  /**
   * A table for a terminal of this many columns: titles are cut with an ellipsis to fit.
   *
   * @param columns the width, or 0 for no limit
   */
  TableWriter(int columns) {
    this.columns = columns;
  }

  @Override
  public void begin(Writer out, int inputs) {
    several = inputs > 1;
  }

  /** Each table needs only its own page. */
  @Override
  public boolean rendersAlone() {
    return true;
  }

  @Override
  public void document(Page sourced, Writer out) throws IOException {
    if (several) {
      out.write("== " + Terminal.escape(sourced.source()) + " ==\n");
    }
    write(sourced, out);
    if (several) {
      out.write("\n");
    }
  }

  /** Two passes over the meetings: the column widths, then the rows. */
  private void write(Page document, Writer out) throws IOException {
    int[] widths = new int[3];
    measure(HEADER, widths);
    document.meetings(m -> measure(row(m), widths));
    line(HEADER, widths, out);
    document.meetings(m -> line(row(m), widths, out));
    out.write("\n");
    out.write(summary(document.summary()));
    out.write("\n");
  }

  private static String[] row(Meeting m) {
    return new String[] {
      m.dates().format(),
      cut(Terminal.escape(m.place().displayName()), MAX_COLUMN),
      cut(Terminal.escape(String.join("; ", m.organizers())), MAX_COLUMN),
      Terminal.escape(m.title())
    };
  }

  private static void measure(String[] row, int[] widths) {
    for (int i = 0; i < 3; i++) {
      widths[i] = Math.max(widths[i], width(row[i]));
    }
  }

  private void line(String[] row, int[] widths, Writer out) throws IOException {
    StringBuilder line = new StringBuilder();
    int used = 0;
    for (int i = 0; i < 3; i++) {
      line.append(row[i]).append(" ".repeat(widths[i] - width(row[i]) + 2));
      used += widths[i] + 2;
    }
    line.append(columns > 0 ? cut(row[3], Math.max(MIN_TITLE, columns - used)) : row[3]);
    out.write(line.toString().stripTrailing());
    out.write("\n");
  }

  static String summary(Page.Summary summary) {
    return plural(summary.meetings(), "meeting")
        + ", "
        + plural(summary.crossReferences(), "cross-reference")
        + ", "
        + plural(summary.errors(), "error")
        + ", "
        + plural(summary.warnings(), "warning");
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String cut(String text, int max) {
    return width(text) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
