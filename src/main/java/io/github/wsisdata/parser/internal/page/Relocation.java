package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.Hyperlink;
import io.github.wsisdata.parser.LineRole;
import io.github.wsisdata.parser.PageListener;
import io.github.wsisdata.parser.SourceSpan;
import io.github.wsisdata.parser.internal.html.HtmlPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves what the reader finds on the rendered lines of an HTML page back into the HTML: the line
 * and column of every entry and diagnostic become those of the rendered line's first text in the
 * HTML source (plus the column within the line), and each entry gets the hyperlinks of its line and
 * of its description. The raw text stays the rendered line.
 */
final class Relocation {
  private Relocation() {}

  /**
   * The listener that relocates, once the page is rendered.
   *
   * @param listener where relocated findings go
   * @param rendered the rendered page
   * @return the listener to hand the reader
   */
  static PageListener wrap(PageListener listener, HtmlPage.Rendered rendered) {
    return new PageListener() {
      private final List<Hyperlink> pending = new ArrayList<>();

      @Override
      public void lineRole(int line, LineRole role) {
        listener.lineRole(line, role);
        if (role == LineRole.ENTRY) {
          pending.clear();
        }
        if ((role == LineRole.ENTRY || role == LineRole.DESCRIPTION)
            && line <= rendered.links().size()) {
          pending.addAll(rendered.links().get(line - 1));
        }
      }

      @Override
      public void title(String title) {
        listener.title(title);
      }

      @Override
      public void lastUpdated(LocalDate date) {
        listener.lastUpdated(date);
      }

      @Override
      public void heading(String heading) {
        listener.heading(heading);
      }

      @Override
      public void introduction(String introduction) {
        listener.introduction(introduction);
      }

      @Override
      public void entry(Entry entry) {
        listener.entry(relocate(entry, rendered, pending));
        pending.clear();
      }

      @Override
      public void diagnostic(Diagnostic diagnostic) {
        listener.diagnostic(relocate(diagnostic, rendered));
      }
    };
  }

  private static HtmlPage.Origin origin(HtmlPage.Rendered page, int line) {
    List<HtmlPage.Origin> origins = page.origins();
    if (origins.isEmpty()) {
      return new HtmlPage.Origin(1, 1);
    }
    return origins.get(Math.max(0, Math.min(line, origins.size()) - 1));
  }

  /**
   * Where a column (code points) of a rendered line is in the HTML: the run of text it falls in,
   * plus its offset in the run. Runs are cut wherever the rendered text stops following the source
   * one for one (a collapsed space, a character reference), so the offset is exact.
   */
  private static HtmlPage.Origin at(HtmlPage.Rendered page, int line, int column) {
    HtmlPage.Origin start = origin(page, line);
    if (line < 1 || line > page.segments().size() || line > page.lines().size()) {
      return start;
    }
    String text = page.lines().get(line - 1);
    int points = text.codePointCount(0, text.length());
    int index = text.offsetByCodePoints(0, Math.max(0, Math.min(column - 1, points)));
    int past = Math.max(0, column - 1 - points); // a column past the line's end
    HtmlPage.Segment in = null;
    for (HtmlPage.Segment segment : page.segments().get(line - 1)) {
      if (segment.start() <= index) {
        in = segment;
      }
    }
    if (in == null) {
      return start;
    }
    int offset = text.codePointCount(Math.min(in.start(), index), index) + past;
    return new HtmlPage.Origin(in.origin().line(), in.origin().column() + offset);
  }

  private static Diagnostic relocate(Diagnostic d, HtmlPage.Rendered page) {
    HtmlPage.Origin at = at(page, d.line(), d.column());
    return new Diagnostic(
        d.severity(),
        d.code(),
        at.line(),
        at.column(),
        d.message(),
        d.sourceLine(),
        d.followingText());
  }

  private static Entry relocate(Entry e, HtmlPage.Rendered page, List<Hyperlink> links) {
    SourceSpan s = e.source();
    HtmlPage.Origin at = at(page, s.line(), s.startColumn());
    // the span keeps its length: the end column is where the rendered text would end in the HTML
    SourceSpan moved =
        new SourceSpan(
            at.line(), at.column(), at.column() + s.endColumn() - s.startColumn(), s.rawText());
    return Entries.with(e, moved, links);
  }
}
