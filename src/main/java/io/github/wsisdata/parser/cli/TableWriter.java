package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.Meeting;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns (dates, place, organizers, title), a row for each section heading, then a
 * one-line summary. Fitted to a width (the terminal's, {@code $COLUMNS}, else 80): a place,
 * organizers and a title too long for their column wrap onto more lines at word boundaries, never
 * cut; {@code --wide} writes one line per meeting, as long as it comes. When more than one page is
 * written (several inputs, or the pages of a web archive) each gets its own table under a {@code ==
 * source ==} line.
 */
final class TableWriter implements DocumentWriter {
  /** The width of a table when nothing says another. */
  static final int DEFAULT_WIDTH = 80;

  /** Narrowest the title column gets, however narrow the width. */
  static final int MIN_TITLE = 20;

  /** Narrowest the place and organizer columns get when the width is small. */
  private static final int MIN_SIDE = 10;

  private static final String[] HEADER = {"DATES", "PLACE", "ORGANIZERS", "TITLE"};

  /** The width to fit, or 0 for one line per meeting ({@code --wide}). */
  private final int columns;

  private boolean several;

  /** A table for a width of 80 columns. */
  TableWriter() {
    this(DEFAULT_WIDTH);
  }

  /**
   * A table for a width.
   *
   * @param columns the width, or 0 for one line per meeting
   */
  TableWriter(int columns) {
    this.columns = columns;
  }

  /**
   * The width a table is fitted to: {@code $COLUMNS} when set, else the terminal's when standard
   * output is one, else 80.
   *
   * @param terminal whether standard output is a terminal
   */
  static int width(boolean terminal) {
    if (System.getenv("COLUMNS") != null || terminal) {
      int width = Terminal.width(); // $COLUMNS, else what stty says of the terminal
      return width > 0 ? width : DEFAULT_WIDTH;
    }
    return DEFAULT_WIDTH;
  }

  /** Meetings merged across pages ({@code --dedupe}), written as one table at the end. */
  private final List<Row> merged = new ArrayList<>();

  @Override
  public void merged(io.github.wsisdata.parser.MeetingMerger.MergedMeeting meeting, Writer out) {
    merged.add(new Row(null, cells(meeting.meeting())));
  }

  @Override
  public void mergedReference(
      String source,
      io.github.wsisdata.parser.CrossReference reference,
      java.util.Optional<Page.Target> target,
      Writer out) {
    // the table lists meetings; a cross-reference names one of them
  }

  @Override
  public void end(Writer out) throws IOException {
    if (merged.isEmpty()) {
      return;
    }
    int[] widths = widths(merged);
    line(HEADER, widths, out);
    for (Row row : merged) {
      line(row.cells(), widths, out);
    }
    out.write("\n" + plural(merged.size(), "meeting") + " (--dedupe: each once)\n");
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
    boolean header = several || sourced.sourceInfo().archiveRecord().isPresent();
    if (header) {
      StringBuilder line = new StringBuilder("== ").append(Terminal.escape(sourced.source()));
      sourced
          .sourceInfo()
          .originalUrl()
          .ifPresent(url -> line.append(' ').append(Terminal.escape(url.toString())));
      out.write(line.append(" ==\n").toString());
    }
    write(sourced, out);
    if (header) {
      out.write("\n");
    }
  }

  /** A row of the table: a section heading, or a meeting's four cells. */
  private record Row(String heading, String[] cells) {}

  /** The rows, the column widths, then the lines. */
  private void write(Page document, Writer out) throws IOException {
    List<Row> rows = new ArrayList<>();
    String[] heading = {null};
    document.sections(
        new Page.SectionVisitor() {
          @Override
          public void section(String title, String introduction) {
            heading[0] = title;
          }

          @Override
          public void entry(Entry entry) {
            if (entry instanceof Meeting m) {
              if (heading[0] != null) {
                if (!heading[0].isBlank()) {
                  rows.add(new Row(Terminal.escape(heading[0]), null));
                }
                heading[0] = null;
              }
              rows.add(new Row(null, cells(m)));
            }
          }
        });
    int[] widths = widths(rows);
    line(HEADER, widths, out);
    boolean first = true;
    for (Row row : rows) {
      if (row.heading() != null) {
        if (!first) {
          out.write("\n");
        }
        for (String part : wrap(row.heading(), columns == 0 ? Integer.MAX_VALUE : columns)) {
          out.write(part);
          out.write("\n");
        }
      } else {
        line(row.cells(), widths, out);
      }
      first = false;
    }
    out.write("\n");
    out.write(summary(document.summary()));
    out.write("\n");
  }

  private static String[] cells(Meeting m) {
    return new String[] {
      m.dates().format(),
      Terminal.escape(m.place().displayName()),
      Terminal.escape(String.join("; ", m.organizers())),
      Terminal.escape(m.title())
    };
  }

  /** The column widths: as wide as the content, then, to fit, the place and organizers capped. */
  private int[] widths(List<Row> rows) {
    int[] widths = new int[4];
    for (int i = 0; i < 4; i++) {
      widths[i] = width(HEADER[i]);
    }
    for (Row row : rows) {
      if (row.cells() != null) {
        for (int i = 0; i < 4; i++) {
          widths[i] = Math.max(widths[i], width(row.cells()[i]));
        }
      }
    }
    if (columns == 0 || widths[0] + widths[1] + widths[2] + widths[3] + 6 <= columns) {
      return widths;
    }
    // too wide: the title gets half of what the dates leave (at least MIN_TITLE), the place and
    // the organizers share the rest, and what they do not need goes back to the title
    int rest = columns - widths[0] - 6;
    int title = Math.max(MIN_TITLE, Math.min(widths[3], rest / 2));
    int side = Math.max(2 * MIN_SIDE, rest - title);
    int place = Math.min(widths[1], Math.max(MIN_SIDE, side * 55 / 100));
    int organizers = Math.min(widths[2], Math.max(MIN_SIDE, side - place));
    widths[1] = place;
    widths[2] = organizers;
    widths[3] = Math.max(MIN_TITLE, Math.min(widths[3], rest - place - organizers));
    return widths;
  }

  /** One row: each cell wrapped to its column, the cells side by side, as many lines as needed. */
  private void line(String[] cells, int[] widths, Writer out) throws IOException {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < 4; i++) {
      List<String> parts = columns == 0 ? List.of(cells[i]) : wrap(cells[i], widths[i]);
      wrapped.add(parts);
      height = Math.max(height, parts.size());
    }
    for (int k = 0; k < height; k++) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        String part = k < wrapped.get(i).size() ? wrapped.get(i).get(k) : "";
        line.append(part);
        if (i < 3) {
          line.append(" ".repeat(Math.max(0, widths[i] - width(part)) + 2));
        }
      }
      out.write(line.toString().stripTrailing());
      out.write("\n");
    }
  }

  /**
   * A text as lines of at most {@code width} code points, broken at spaces; a word longer than the
   * width is broken inside.
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      while (width(word) > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        int cut = word.offsetByCodePoints(0, width);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      if (line.length() > 0 && width(line.toString()) + 1 + width(word) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
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

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
