package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.CrossReference;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A parsed page as the writers see it, with where it came from and its cross-references resolved.
 * Either held in memory ({@link #of}), or, for a file too large for the heap, read again from the
 * file for each pass ({@link StreamedDocument}); a writer gives the same bytes for both.
 */
interface SourcedDocument {
  /** What a writer does with each item; may fail with an I/O error. */
  @FunctionalInterface
  interface Action<T> {
    void accept(T item) throws IOException;
  }

  /** Receives the sections of a page in order, each followed by its entries. */
  interface SectionVisitor {
    void section(String heading, String introduction) throws IOException;

    void entry(Entry entry) throws IOException;
  }

  /**
   * Counts over the whole page, and the last day of its latest meeting.
   *
   * @param meetings number of meetings
   * @param crossReferences number of cross-references
   * @param errors number of ERROR diagnostics
   * @param warnings number of WARNING diagnostics
   * @param latestEnd the latest end date of a meeting, if any
   */
  record Summary(
      int meetings, int crossReferences, int errors, int warnings, Optional<LocalDate> latestEnd) {
    public Summary {
      Objects.requireNonNull(latestEnd, "latestEnd");
    }
  }

  /** The input as named on the command line ({@code <stdin>} for standard input). */
  String source();

  Optional<String> title();

  /** What the page was read as, and what an HTML page says about itself. */
  SourceInfo sourceInfo();

  Optional<LocalDate> lastUpdated();

  Summary summary();

  /**
   * What a writer needs of the meeting a cross-reference names.
   *
   * @param line the meeting's line
   * @param id the meeting's ID
   */
  record Target(int line, UUID id) {
    public Target {
      Objects.requireNonNull(id, "id");
    }

    static Target of(Meeting m) {
      return new Target(m.line(), m.id());
    }
  }

  /**
   * The meeting a cross-reference of this page names, as {@link WsisDocument#resolveAll()} finds
   * it.
   */
  Optional<Target> resolved(CrossReference reference);

  /** The sections in page order, each followed by its entries. */
  void sections(SectionVisitor visitor) throws IOException;

  /** Every entry in page order. */
  void entries(Action<Entry> action) throws IOException;

  /** Every diagnostic, sorted by line and column (as {@link WsisDocument#diagnostics()}). */
  void diagnostics(Action<Diagnostic> action) throws IOException;

  /** Every meeting in page order. */
  default void meetings(Action<Meeting> action) throws IOException {
    entries(
        e -> {
          if (e instanceof Meeting m) {
            action.accept(m);
          }
        });
  }

  /**
   * A page held in memory, its cross-references resolved and its counts made now (on the thread
   * that parsed it, so that the writing thread has only to write).
   */
  static SourcedDocument of(String source, WsisDocument document) {
    List<Meeting> meetings = document.meetings();
    Summary summary =
        new Summary(
            meetings.size(),
            document.crossReferences().size(),
            document.diagnostics(Severity.ERROR).size(),
            document.diagnostics(Severity.WARNING).size(),
            meetings.stream().map(m -> m.dates().end()).max(Comparator.naturalOrder()));
    // as WsisDocument.resolveAll(), keyed by the references themselves (the writers look up the
    // document's own): no record hashCode, whose first call costs a cold start about 25 ms
    Map<CrossReference, Optional<Meeting>> resolved =
        io.github.wsisdata.parser.internal.build.TitleMatcher.resolveInto(
            meetings, document.crossReferences(), new java.util.IdentityHashMap<>());
    return new Held(source, document, Collections.unmodifiableMap(resolved), summary);
  }

  /** A page held in memory. */
  record Held(
      String source,
      WsisDocument document,
      Map<CrossReference, Optional<Meeting>> resolved,
      Summary summary)
      implements SourcedDocument {
    public Held {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(resolved, "resolved");
      Objects.requireNonNull(summary, "summary");
    }

    @Override
    public Optional<Target> resolved(CrossReference reference) {
      return resolved.getOrDefault(reference, Optional.empty()).map(Target::of);
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
}
