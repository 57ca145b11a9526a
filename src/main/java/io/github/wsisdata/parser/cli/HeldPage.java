package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.CrossReferences;
import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.Section;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.SourceInfo;
import io.github.wsisdata.parser.WsisDocument;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A page held in memory as its document, its cross-references resolved and its counts made when it
 * is made (on the thread that parsed it, so that the writing thread has only to write).
 *
 * @param source the input as named on the command line
 * @param document the document
 * @param resolved the meeting each of the document's own cross-references names
 * @param summary the page's counts
 */
record HeldPage(
    String source,
    WsisDocument document,
    Map<CrossReference, Optional<Meeting>> resolved,
    Summary summary)
    implements Page {
  HeldPage {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(resolved, "resolved");
    Objects.requireNonNull(summary, "summary");
  }

  /**
   * A page held in memory.
   *
   * @param source the input as named on the command line
   * @param document its document
   * @return the page
   */
  static HeldPage of(String source, WsisDocument document) {
    List<Meeting> meetings = document.meetings();
    Summary summary =
        new Summary(
            meetings.size(),
            document.crossReferences().size(),
            document.diagnostics(Severity.ERROR).size(),
            document.diagnostics(Severity.WARNING).size(),
            meetings.stream().map(m -> m.dates().end()).max(Comparator.naturalOrder()));
    // keyed by the references themselves (the writers look up the document's own): no record
    // hashCode, whose first call costs a cold start about 25 ms
    List<CrossReference> references = document.crossReferences();
    List<Optional<Meeting>> found = CrossReferences.resolve(references, meetings);
    Map<CrossReference, Optional<Meeting>> resolved = new IdentityHashMap<>();
    for (int i = 0; i < references.size(); i++) {
      resolved.put(references.get(i), found.get(i));
    }
    return new HeldPage(source, document, Collections.unmodifiableMap(resolved), summary);
  }

  @Override
  public Optional<Target> resolved(CrossReference reference) {
    return resolved.getOrDefault(reference, Optional.empty()).map(Target::of);
  }

  @Override
  public List<io.github.wsisdata.parser.LineRole> lineRoles() {
    return document.lineRoles();
  }

  @Override
  public Optional<String> title() {
    return document.title();
  }

  @Override
  public SourceInfo sourceInfo() {
    return document.sourceInfo();
  }

  @Override
  public Optional<LocalDate> lastUpdated() {
    return document.lastUpdated();
  }

  @Override
  public void sections(SectionVisitor visitor) throws IOException {
    for (Section s : document.sections()) {
      visitor.section(s.heading(), s.introduction());
      for (Entry e : s.entries()) {
        visitor.entry(e);
      }
    }
  }

  @Override
  public void entries(Action<Entry> action) throws IOException {
    for (Entry e : document.entries()) {
      action.accept(e);
    }
  }

  @Override
  public void diagnostics(Action<Diagnostic> action) throws IOException {
    for (Diagnostic d : document.diagnostics()) {
      action.accept(d);
    }
  }
}
