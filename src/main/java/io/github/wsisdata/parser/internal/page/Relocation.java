package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.Hyperlink;
import io.github.wsisdata.parser.LineRole;
import io.github.wsisdata.parser.Link;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.SourceSpan;
import io.github.wsisdata.parser.internal.html.HtmlPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Moves what the reader finds on the rendered lines of an HTML page back into the HTML: the line
 * and column of every entry and diagnostic become those of the rendered line's first text in the
 * HTML source (plus the column within the line), and each entry gets the hyperlinks of its line and
 * of its description. The raw text stays the rendered line.
 */
final class Relocation {
  private Relocation() {}

  /**
   * The sink that relocates, once the page is rendered; text pages pass through.
   *
   * @param sink where relocated findings go
   * @param page the rendered page, known once the source is opened ({@code null} for text)
   * @return the sink to hand the reader
   */
  static PageSink wrap(PageSink sink, Supplier<HtmlPage.Rendered> page) {
    List<Hyperlink> pending = new ArrayList<>();
    PageOutline outline =
        new PageOutline() {
          @Override
          public void role(int line, LineRole role) {
            sink.outline().role(line, role);
            HtmlPage.Rendered rendered = page.get();
            if (rendered == null) {
              return;
            }
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
            sink.outline().title(title);
          }

          @Override
          public void lastUpdated(LocalDate date) {
            sink.outline().lastUpdated(date);
          }

          @Override
          public void heading(String heading) {
            sink.outline().heading(heading);
          }

          @Override
          public void introduction(String introduction) {
            sink.outline().introduction(introduction);
          }
        };
    return new PageSink(
        entry -> {
          HtmlPage.Rendered rendered = page.get();
          sink.entries().accept(rendered == null ? entry : relocate(entry, rendered, pending));
          pending.clear();
        },
        diagnostic -> {
          HtmlPage.Rendered rendered = page.get();
          sink.diagnostics().accept(rendered == null ? diagnostic : relocate(diagnostic, rendered));
        },
        outline);
  }

  private static HtmlPage.Origin origin(HtmlPage.Rendered page, int line) {
    List<HtmlPage.Origin> origins = page.origins();
    if (origins.isEmpty()) {
      return new HtmlPage.Origin(1, 1);
    }
    return origins.get(Math.max(0, Math.min(line, origins.size()) - 1));
  }

  private static Diagnostic relocate(Diagnostic d, HtmlPage.Rendered page) {
    HtmlPage.Origin at = origin(page, d.line());
    return new Diagnostic(
        d.severity(),
        d.code(),
        at.line(),
        at.column() + d.column() - 1,
        d.message(),
        d.sourceLine(),
        d.followingText());
  }

  private static Entry relocate(Entry e, HtmlPage.Rendered page, List<Hyperlink> links) {
    SourceSpan s = e.source();
    HtmlPage.Origin at = origin(page, s.line());
    SourceSpan moved =
        new SourceSpan(
            at.line(),
            at.column() + s.startColumn() - 1,
            at.column() + s.endColumn() - 1,
            s.rawText());
    if (e instanceof Meeting m) {
      return new Meeting(
          m.dates(),
          m.place(),
          m.organizers(),
          m.title(),
          m.description(),
          m.section(),
          m.notes(),
          moved,
          links);
    }
    if (e instanceof CrossReference c) {
      return new CrossReference(
          c.dates(), c.note(), c.referencedTitle(), c.description(), c.section(), moved, links);
    }
    Link l = (Link) e;
    return new Link(l.text(), l.description(), l.section(), moved, links);
  }
}
