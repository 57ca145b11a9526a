package io.github.wsisdata.parser;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.wsisdata.parser.internal.text.Elements;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code go} line that does not start with a date, such as {@code go Task Force on Financial
 * Mechanisms (TFFM)}: on the original page a link to another page.
 *
 * @param text the link text, white space normalized
 * @param description paragraphs after the line ({@code ""} if none)
 * @param section heading of the section
 * @param source line, columns and raw text of the {@code go} line
 * @param links the hyperlinks on the line and in the description (HTML pages)
 * @serial exclude (the serialized form is described in docs/usage.md)
 */
// written with its "type" where it stands as an Entry; read with or without it
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties("type")
public record Link(
    String text, String description, String section, SourceSpan source, List<Hyperlink> links)
    implements Entry {

  /**
   * Validates the fields.
   *
   * @param text see {@link #text()}
   * @param description see {@link #description()}
   * @param section see {@link #section()}
   * @param source see {@link #source()}
   * @param links see {@link #links()}
   */
  public Link {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(source, "source");
    links = Elements.copyOf(links, Hyperlink.class, "links");
  }

  /**
   * A link line with no hyperlinks (every one of a text page).
   *
   * @param text see {@link #text()}
   * @param description see {@link #description()}
   * @param section see {@link #section()}
   * @param source see {@link #source()}
   */
  public Link(String text, String description, String section, SourceSpan source) {
    this(text, description, section, source, List.of());
  }

  /**
   * Where the link line points, on an HTML page: its first hyperlink's target.
   *
   * @return the target, or empty (text pages, a line with no hyperlink)
   */
  public Optional<URI> target() {
    return links.isEmpty() ? Optional.empty() : Optional.of(links.get(0).target());
  }
}
