package io.github.wsisdata.parser;

import java.util.List;
import java.util.Objects;

/**
 * A meeting: {@code go 28 June- 1 July 2005, Geneva (Switzerland), ITU - WSIS Thematic Meeting on
 * Cybersecurity} and its description.
 *
 * <p>Two meetings are equal when all fields are equal, their {@link #source()} included: the same
 * text on two lines is two meetings.
 *
 * @param dates the days of the meeting, inclusive
 * @param place where it took place ({@link Place#NONE} if the line names none)
 * @param organizers organizers in page order, split at {@code /} outside parentheses
 * @param title the title ({@code ""} if the line has none)
 * @param description paragraphs after the line, joined by {@code "\n\n"}
 * @param section heading of the section
 * @param notes trailing bracketed notes such as {@code Proxy site} (brackets removed)
 * @param source line, columns and raw text of the {@code go} line
 */
public record Meeting(
    DateRange dates,
    Place place,
    List<String> organizers,
    String title,
    String description,
    String section,
    List<String> notes,
    SourceSpan source)
    implements Entry {

  /**
   * Validates the fields and copies the lists.
   *
   * @param dates see {@link #dates()}
   * @param place see {@link #place()}
   * @param organizers see {@link #organizers()}
   * @param title see {@link #title()}
   * @param description see {@link #description()}
   * @param section see {@link #section()}
   * @param notes see {@link #notes()}
   * @param source see {@link #source()}
   */
  public Meeting {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(source, "source");
    organizers = List.copyOf(organizers);
    notes = List.copyOf(notes);
    for (String organizer : organizers) {
      if (organizer.isBlank()) {
        throw new IllegalArgumentException("organizer names must not be blank");
      }
    }
  }
}
