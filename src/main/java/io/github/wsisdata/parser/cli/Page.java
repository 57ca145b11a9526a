package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.SourceInfo;
import io.github.wsisdata.parser.WsisDocument;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A parsed page as the writers see it, with where it came from and its cross-references resolved:
 * held in memory ({@link HeldPage}), or, for a file too large for the heap, read again from the
 * file for each pass ({@link StreamedPage}); a writer gives the same bytes for both.
 */
interface Page {
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
  record Target(int line, UUID id, io.github.wsisdata.parser.DateRange dates) {
    public Target {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(dates, "dates");
    }

    static Target of(Meeting m) {
      return new Target(m.line(), m.id(), m.dates());
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

  /**
   * The role of every line of the page as read ({@link WsisDocument#lineRoles()}): element {@code
   * i} is line {@code i + 1}.
   */
  java.util.List<io.github.wsisdata.parser.LineRole> lineRoles() throws IOException;

  /** The page with every entry, whatever a {@link Selection} keeps of it. */
  default Page whole() {
    return this;
  }

  /** Every meeting in page order. */
  default void meetings(Action<Meeting> action) throws IOException {
    entries(
        e -> {
          if (e instanceof Meeting m) {
            action.accept(m);
          }
        });
  }
}
