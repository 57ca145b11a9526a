package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.LineRole;
import io.github.wsisdata.parser.Severity;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The audit view of the HTML report: each page's lines as read, one row per run of lines of one
 * role (an entry, its description, a heading, the banner...), with the text the parser kept for
 * them, their diagnostics, and the dated lines it did not read highlighted. The parser keeps no
 * text of the banner, the footer and blank lines; they are shown as line ranges.
 */
final class ReportAudit {
  private ReportAudit() {}

  /**
   * One row of the audit view.
   *
   * @param from its first line
   * @param to its last line
   * @param role what the lines were read as
   * @param text the text the parser kept for them (empty for the banner and the footer)
   * @param meeting the table row of the meeting or cross-reference read from the lines, if any
   * @param diagnostics the diagnostics on the lines
   */
  record Line(
      int from,
      int to,
      LineRole role,
      String text,
      Optional<String> meeting,
      List<Diagnostic> diagnostics) {
    Line {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(meeting, "meeting");
      diagnostics = List.copyOf(diagnostics);
    }

    /** Whether a dated line was left unread here. */
    boolean unread() {
      return diagnostics.stream().anyMatch(d -> d.code() == DiagnosticCode.UNREAD_DATED_LINE);
    }
  }

  /** The audit rows of one page. */
  static List<Line> lines(Page page, int number) throws IOException {
    if (page.sourceInfo().format() == io.github.wsisdata.parser.InputFormat.HTML) {
      return htmlLines(page, number);
    }
    List<LineRole> roles = page.lineRoles();
    Map<Integer, Entry> entries = new HashMap<>();
    Deque<String> headings = new ArrayDeque<>();
    Deque<String> introductions = new ArrayDeque<>();
    page.sections(
        new Page.SectionVisitor() {
          @Override
          public void section(String heading, String introduction) {
            if (!heading.isBlank()) {
              headings.add(heading);
            }
            if (!introduction.isBlank()) {
              introductions.add(introduction);
            }
          }

          @Override
          public void entry(Entry entry) {
            entries.put(entry.source().line(), entry);
          }
        });
    Map<Integer, List<Diagnostic>> diagnostics = new HashMap<>();
    page.diagnostics(d -> diagnostics.computeIfAbsent(d.line(), k -> new ArrayList<>()).add(d));
    int lines =
        Math.max(roles.size(), diagnostics.keySet().stream().mapToInt(i -> i).max().orElse(0));
    List<Line> out = new ArrayList<>();
    Entry last = null;
    for (int n = 1; n <= lines; n++) {
      LineRole role = n <= roles.size() ? roles.get(n - 1) : LineRole.DIAGNOSTIC;
      List<Diagnostic> here = diagnostics.getOrDefault(n, List.of());
      Entry entry = entries.get(n);
      Line before = out.isEmpty() ? null : out.get(out.size() - 1);
      // a wrapped line continues its block; the banner, the footer and a description go on
      // over blank lines
      boolean continues =
          before != null
              && before.role() == role
              && (before.to() == n - 1
                  || role == LineRole.BANNER
                  || role == LineRole.FOOTER
                  || role == LineRole.DESCRIPTION)
              && entry == null
              && here.isEmpty()
              && role != LineRole.DIAGNOSTIC;
      if (continues) {
        out.set(
            out.size() - 1,
            new Line(
                before.from(), n, role, before.text(), before.meeting(), before.diagnostics()));
        continue;
      }
      if (role == LineRole.BLANK && here.isEmpty()) {
        continue;
      }
      String text = "";
      Optional<String> meeting = Optional.empty();
      switch (role) {
        case TITLE -> text = page.title().orElse("");
        case HEADING -> text = headings.isEmpty() ? "" : headings.poll();
        case INTRODUCTION -> text = introductions.isEmpty() ? "" : introductions.poll();
        case ENTRY -> {
          if (entry != null) {
            last = entry;
            text = entry.rawText();
            meeting = Optional.of(ReportWriter.rowId(number, entry));
          }
        }
        case DESCRIPTION -> text = last == null ? "" : last.description();
        default -> {
          // the banner, the footer and blank lines keep no text
        }
      }
      if (text.isEmpty()) {
        text = sourceLine(here);
      }
      out.add(new Line(n, n, role, text, meeting, here));
    }
    return out;
  }

  /**
   * The audit rows of an HTML page: its entries and diagnostics at their lines in the HTML file,
   * each entry's description after it, and each section's heading and introduction before its first
   * entry, with no line (the line roles of an HTML page count the lines of its text rendering,
   * which the report does not hold; the banner and the footer are not listed).
   */
  private static List<Line> htmlLines(Page page, int number) throws IOException {
    List<Line> out = new ArrayList<>();
    Map<Integer, List<Diagnostic>> diagnostics = new java.util.TreeMap<>();
    page.diagnostics(d -> diagnostics.computeIfAbsent(d.line(), k -> new ArrayList<>()).add(d));
    page.sections(
        new Page.SectionVisitor() {
          @Override
          public void section(String heading, String introduction) {
            if (!heading.isBlank()) {
              out.add(new Line(0, 0, LineRole.HEADING, heading, Optional.empty(), List.of()));
            }
            if (!introduction.isBlank()) {
              out.add(
                  new Line(0, 0, LineRole.INTRODUCTION, introduction, Optional.empty(), List.of()));
            }
          }

          @Override
          public void entry(Entry entry) {
            int n = entry.source().line();
            // the diagnostics of the lines before this entry's
            while (!diagnostics.isEmpty() && diagnostics.keySet().iterator().next() < n) {
              Map.Entry<Integer, List<Diagnostic>> d = diagnostics.entrySet().iterator().next();
              out.add(diagnosticLine(d.getKey(), d.getValue()));
              diagnostics.remove(d.getKey());
            }
            List<Diagnostic> here = diagnostics.getOrDefault(n, List.of());
            diagnostics.remove(n);
            out.add(
                new Line(
                    n,
                    n,
                    LineRole.ENTRY,
                    entry.rawText(),
                    Optional.of(ReportWriter.rowId(number, entry)),
                    here));
            String description = entry.description();
            if (!description.isEmpty()) {
              out.add(
                  new Line(0, 0, LineRole.DESCRIPTION, description, Optional.empty(), List.of()));
            }
          }
        });
    diagnostics.forEach((n, d) -> out.add(diagnosticLine(n, d)));
    return out;
  }

  private static Line diagnosticLine(int n, List<Diagnostic> here) {
    return new Line(n, n, LineRole.DIAGNOSTIC, sourceLine(here), Optional.empty(), here);
  }

  /** The text of a line the parser kept no text for, as its diagnostics quote it. */
  private static String sourceLine(List<Diagnostic> here) {
    return here.stream()
        .map(Diagnostic::sourceLine)
        .filter(s -> !s.isEmpty())
        .findFirst()
        .orElse("");
  }

  /** Writes the audit view of every page. */
  static void write(Element section, List<ReportWriter.PageView> pages) {
    section.attr("aria-labelledby", "audit-h");
    section.appendElement("h2").id("audit-h").text("Audit: each page as read");
    section
        .appendElement("p")
        .text(
            "Each page's lines, marked by what they were read as. Errors, warnings and dated"
                + " lines that were not read as meetings are highlighted; the banner, the footer"
                + " and blank lines are shown as line numbers only.");
    for (ReportWriter.PageView page : pages) {
      Element part = section.appendElement("section").id("page-" + page.number());
      part.attr("aria-labelledby", "page-" + page.number() + "-h");
      part.appendElement("h3")
          .id("page-" + page.number() + "-h")
          .text(
              "Page "
                  + page.number()
                  + ": "
                  + ReportWriter.shown(page.source())
                  + page.title().map(t -> " (" + ReportWriter.shown(t) + ")").orElse(""));
      long unread = page.lines().stream().filter(Line::unread).count();
      long errors =
          page.lines().stream()
              .flatMap(l -> l.diagnostics().stream())
              .filter(d -> d.severity() == Severity.ERROR)
              .count();
      part.appendElement("p")
          .text(
              errors
                  + (errors == 1 ? " error, " : " errors, ")
                  + unread
                  + (unread == 1 ? " dated line" : " dated lines")
                  + " not read as meetings."
                  + (page.html()
                      ? " An HTML page: the line numbers are those of the HTML file, and its"
                          + " banner and footer are not listed."
                      : ""));
      Element table = part.appendElement("table").addClass("audit");
      table.appendElement("caption").text("Lines of page " + page.number());
      Element head = table.appendElement("thead").appendElement("tr");
      head.appendElement("th").attr("scope", "col").text("Line");
      head.appendElement("th").attr("scope", "col").text("Read as");
      head.appendElement("th").attr("scope", "col").text("Text");
      Element body = table.appendElement("tbody");
      java.util.Set<Integer> ids = new java.util.HashSet<>();
      for (Line line : page.lines()) {
        Element row =
            body.appendElement("tr").addClass(line.role().name().toLowerCase(Locale.ROOT));
        if (line.from() > 0 && ids.add(line.from())) {
          row.id("l-" + page.number() + "-" + line.from());
        }
        if (line.unread()) {
          row.addClass("unread");
        }
        if (line.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
          row.addClass("error");
        } else if (!line.diagnostics().isEmpty()) {
          row.addClass("warning");
        }
        row.appendElement("th")
            .attr("scope", "row")
            .text(
                line.from() == 0
                    ? ""
                    : line.from() == line.to() ? "" + line.from() : line.from() + "–" + line.to());
        row.appendElement("td").text(role(line.role()));
        Element text = row.appendElement("td");
        if (line.meeting().isPresent()) {
          text.appendElement("a")
              .attr("href", "#" + line.meeting().get())
              .text(ReportWriter.shown(line.text()));
        } else {
          text.appendText(ReportWriter.shown(line.text()));
        }
        for (Diagnostic d : line.diagnostics()) {
          text.appendElement("div")
              .addClass("diagnostic")
              .text(
                  d.severity()
                      + " "
                      + d.code()
                      + " at "
                      + d.line()
                      + ":"
                      + d.column()
                      + ": "
                      + ReportWriter.shown(d.message()));
        }
      }
    }
  }

  /** A role in words. */
  static String role(LineRole role) {
    return switch (role) {
      case BLANK -> "blank";
      case BANNER -> "banner";
      case TITLE -> "title";
      case HEADING -> "heading";
      case INTRODUCTION -> "introduction";
      case ENTRY -> "entry";
      case DESCRIPTION -> "description";
      case FOOTER -> "footer";
      case DIAGNOSTIC -> "not read";
    };
  }
}
