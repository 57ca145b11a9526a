package io.github.wsisdata.parser;

import java.util.Objects;

/**
 * A {@code go} line that does not start with a date, such as {@code go Task Force on Financial
 * Mechanisms (TFFM)}: on the original page a link to another page.
 *
 * @param text the link text, white space normalized
 * @param description paragraphs after the line ({@code ""} if none)
 * @param section heading of the section
 * @param source line, columns and raw text of the {@code go} line
 */
public record Link(String text, String description, String section, SourceSpan source)
    implements Entry {

  /**
   * Validates the fields.
   *
   * @param text see {@link #text()}
   * @param description see {@link #description()}
   * @param section see {@link #section()}
   * @param source see {@link #source()}
   */
  public Link {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(source, "source");
  }
}
