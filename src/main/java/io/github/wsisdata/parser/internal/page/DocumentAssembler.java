package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.LineRole;
import io.github.wsisdata.parser.PageListener;
import io.github.wsisdata.parser.Section;
import io.github.wsisdata.parser.SourceInfo;
import io.github.wsisdata.parser.WsisDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Builds a {@link WsisDocument} from what {@link PageReader} finds. */
final class DocumentAssembler implements PageListener {
  private final List<LineRole> roles = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private String title;
  private LocalDate lastUpdated;
  private String heading;
  private String introduction = "";
  private List<Entry> entries;

  @Override
  public void lineRole(int line, LineRole role) {
    if (line != roles.size() + 1) {
      throw new IllegalStateException("role for line " + line + " after " + roles.size());
    }
    roles.add(role);
  }

  @Override
  public void title(String text) {
    title = text;
  }

  @Override
  public void lastUpdated(LocalDate date) {
    lastUpdated = date;
  }

  @Override
  public void heading(String text) {
    closeSection();
    heading = text;
    introduction = "";
    entries = new ArrayList<>();
  }

  @Override
  public void introduction(String text) {
    introduction = text;
  }

  @Override
  public void entry(Entry entry) {
    entries.add(entry);
  }

  @Override
  public void diagnostic(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  private void closeSection() {
    if (heading != null) {
      sections.add(new Section(heading, introduction, entries));
      heading = null;
    }
  }

  WsisDocument build(SourceInfo info) {
    closeSection();
    List<Diagnostic> ordered = new ArrayList<>(diagnostics);
    ordered.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return new WsisDocument(
        Optional.ofNullable(title),
        Optional.ofNullable(lastUpdated),
        sections,
        ordered,
        roles,
        info);
  }
}
