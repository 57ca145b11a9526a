package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.WsisDocument;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns (dates, place, organizers, title), then a one-line summary. With several inputs,
 * each gets its own table under a {@code == source ==} line.
 */
final class TableWriter implements DocumentWriter {
  /** Widest the place and organizer columns grow; longer text is cut with an ellipsis. */
  static final int MAX_COLUMN = 40;

  private boolean several;

  @Override
  public void begin(Writer out, int inputs) {
    several = inputs > 1;
  }

  @Override
  public void document(SourcedDocument sourced, Writer out) throws IOException {
    if (several) {
      out.write("== " + sourced.source() + " ==\n");
    }
    write(sourced.document(), out);
    if (several) {
      out.write("\n");
    }
  }

  private static void write(WsisDocument document, Writer out) throws IOException {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"DATES", "PLACE", "ORGANIZERS", "TITLE"});
    for (Meeting m : document.meetings()) {
      rows.add(
          new String[] {
            m.dates().format(),
            cut(Terminal.escape(m.place().displayName())),
            cut(Terminal.escape(String.join("; ", m.organizers()))),
            Terminal.escape(m.title())
          });
    }
    int[] widths = new int[3];
    for (String[] row : rows) {
      for (int i = 0; i < 3; i++) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < 3; i++) {
        line.append(row[i]).append(" ".repeat(widths[i] - width(row[i]) + 2));
      }
      line.append(row[3]);
      out.write(line.toString().stripTrailing());
      out.write("\n");
    }
    out.write("\n");
    out.write(summary(document));
    out.write("\n");
  }

  static String summary(WsisDocument document) {
    return plural(document.meetings().size(), "meeting")
        + ", "
        + plural(document.crossReferences().size(), "cross-reference")
        + ", "
        + plural(document.diagnostics(Severity.ERROR).size(), "error")
        + ", "
        + plural(document.diagnostics(Severity.WARNING).size(), "warning");
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String cut(String text) {
    return width(text) <= MAX_COLUMN
        ? text
        : text.substring(0, text.offsetByCodePoints(0, MAX_COLUMN - 1)) + "…";
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
