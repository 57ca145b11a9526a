package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.DateRange;
import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.Link;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.Place;
import io.github.wsisdata.parser.SourceSpan;
import java.util.List;

/**
 * What one {@code go} line was read as, before its description is known. {@link #complete} turns it
 * into entries once the paragraphs under it have been read.
 */
public sealed interface ParsedLine {

  /** Diagnostics of the line itself (warnings for readable lines, the error for a failed one). */
  List<Diagnostic> diagnostics();

  /**
   * The entries of this line.
   *
   * @param section the section heading
   * @param description the paragraphs under the line
   * @return entries (empty for a failed line)
   */
  List<Entry> complete(String section, String description);

  /**
   * One meeting per venue; all share organizers, title and notes.
   *
   * @param venues dates and place of each meeting
   * @param organizers the organizers
   * @param title the title
   * @param notes bracketed notes
   * @param source the line
   * @param diagnostics warnings about the reading
   * @param titleSeparated whether a separating dash or colon set the title apart on the line
   */
  public record Meetings(
      List<Venue> venues,
      List<String> organizers,
      String title,
      List<String> notes,
      SourceSpan source,
      List<Diagnostic> diagnostics,
      boolean titleSeparated)
      implements ParsedLine {
    /** Copied once here, so that the meetings of every venue share the same lists. */
    public Meetings {
      venues = List.copyOf(venues);
      organizers = List.copyOf(organizers);
      notes = List.copyOf(notes);
      diagnostics = List.copyOf(diagnostics);
    }

    @Override
    public List<Entry> complete(String section, String description) {
      Entry[] meetings = new Entry[venues.size()];
      for (int i = 0; i < meetings.length; i++) {
        Venue v = venues.get(i);
        meetings[i] =
            new Meeting(
                v.dates(), v.place(), organizers, title, description, section, notes, source);
      }
      return List.of(meetings);
    }
  }

  /**
   * Dates and place of one venue.
   *
   * @param dates the dates
   * @param place the place
   */
  public record Venue(DateRange dates, Place place) {}

  /** A cross-reference line. */
  public record CrossRef(DateRange dates, String note, String referencedTitle, SourceSpan source)
      implements ParsedLine {
    @Override
    public List<Diagnostic> diagnostics() {
      return List.of();
    }

    @Override
    public List<Entry> complete(String section, String description) {
      return List.of(
          new CrossReference(dates, note, referencedTitle, description, section, source));
    }
  }

  /** A link line (also the page title when it stands before any heading). */
  public record LinkLine(String text, SourceSpan source) implements ParsedLine {
    @Override
    public List<Diagnostic> diagnostics() {
      return List.of();
    }

    @Override
    public List<Entry> complete(String section, String description) {
      return List.of(new Link(text, description, section, source));
    }
  }

  /** A line that could not be read; its error carries the text. */
  public record Failed(Diagnostic error) implements ParsedLine {
    @Override
    public List<Diagnostic> diagnostics() {
      return List.of(error);
    }

    @Override
    public List<Entry> complete(String section, String description) {
      return List.of();
    }
  }
}
