package io.github.wsisdata.parser;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.wsisdata.parser.internal.text.Elements;
import java.util.List;
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
 * @param links the hyperlinks on the line and in the description (HTML pages; empty for text)
 * @serial exclude (the serialized form is described in docs/usage.md)
 */
// written with its "type" where it stands as an Entry; read with or without it
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties("type")
@JsonPropertyOrder({"id"})
public record CrossReference(
    DateRange dates,
    String note,
    String referencedTitle,
    String description,
    String section,
    SourceSpan source,
    List<Hyperlink> links)
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
   * @param links see {@link #links()}
   */
  public CrossReference {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(referencedTitle, "referencedTitle");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(source, "source");
    links = Elements.copyOf(links, Hyperlink.class, "links");
  }

  /**
   * A cross-reference with no hyperlinks (every one of a text page).
   *
   * @param dates see {@link #dates()}
   * @param note see {@link #note()}
   * @param referencedTitle see {@link #referencedTitle()}
   * @param description see {@link #description()}
   * @param section see {@link #section()}
   * @param source see {@link #source()}
   */
  public CrossReference(
      DateRange dates,
      String note,
      String referencedTitle,
      String description,
      String section,
      SourceSpan source) {
    this(dates, note, referencedTitle, description, section, source, List.of());
  }

  /**
   * A stable ID of this cross-reference from its content only, as {@link Meeting#id()} is for a
   * meeting: the version 5 UUID, in {@link Meeting#ID_NAMESPACE}, of {@code
   * wsis-cross-reference/1}, the start and end dates and the note, joined by {@code "\n"} (NFC).
   *
   * @return the ID
   */
  @JsonProperty(value = "id", access = JsonProperty.Access.READ_ONLY)
  public java.util.UUID id() {
    return Meeting.nameBased(
        Meeting.ID_NAMESPACE,
        java.text.Normalizer.normalize(
            "wsis-cross-reference/1\n" + dates.start() + "\n" + dates.end() + "\n" + note,
            java.text.Normalizer.Form.NFC));
  }
}
