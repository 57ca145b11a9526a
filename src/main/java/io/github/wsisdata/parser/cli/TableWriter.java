package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.WsisDocument;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Aligned columns (dates, place, organizers, title), then a one-line summary. */
final class TableWriter {
  /** Widest the place and organizer columns grow; longer text is cut with an ellipsis. */
  static final int MAX_COLUMN = 40;

  private final PrintWriter out;

  TableWriter(PrintWriter out) {
    this.out = out;
  }

  void write(WsisDocument document) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"DATES", "PLACE", "ORGANIZERS", "TITLE"});
    for (Meeting m : document.meetings()) {
      rows.add(
          new String[] {
            m.dates().format(),
            cut(m.place().displayName()),
            cut(String.join("; ", m.organizers())),
            m.title()
          });
    }
    int[] widths = new int[4];
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
      out.println(line.toString().stripTrailing());
    }
    out.println();
    out.println(summary(document));
  }

  static String summary(WsisDocument document) {
    int meetings = document.meetings().size();
    int refs = document.crossReferences().size();
    int errors = document.diagnostics(Severity.ERROR).size();
    int warnings = document.diagnostics(Severity.WARNING).size();
    return plural(meetings, "meeting")
        + ", "
        + plural(refs, "cross-reference")
        + ", "
        + plural(errors, "error")
        + ", "
        + plural(warnings, "warning");
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
