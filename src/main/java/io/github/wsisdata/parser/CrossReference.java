package io.github.wsisdata.parser;

import java.util.Objects;

/**
 * A line that points at another entry: {@code go 7-10 June 2005 (see follow-up meetings of the
 * conference "Measuring the Information Society")}. Use {@link
 * WsisDocument#resolve(CrossReference)} to find the meeting it names.
 *
 * @param dates the dates written on the line
 * @param note the text inside the parentheses ({@code see follow-up meetings of ...})
 * @param referencedTitle the quoted title in the note, or the note after {@code see} if nothing is
 *     quoted
 * @param description paragraphs after the line ({@code ""} if none)
 * @param section heading of the section
 * @param source line, columns and raw text of the {@code go} line
 */
public record CrossReference(
    DateRange dates,
    String note,
    String referencedTitle,
    String description,
    String section,
    SourceSpan source)
    implements Entry {

  /**
   * Validates the fields.
   *
   * @param dates see {@link #dates()}
   * @param note see {@link #note()}
   * @param referencedTitle see {@link #referencedTitle()}
   * @param description see {@link #description()}
   * @param section see {@link #section()}
   * @param source see {@link #source()}
   */
  public CrossReference {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(referencedTitle, "referencedTitle");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(source, "source");
  }
}
