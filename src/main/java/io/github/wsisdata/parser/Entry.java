package io.github.wsisdata.parser;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.Serializable;
import java.util.List;

/**
 * One {@code go} line of a section with the description paragraphs under it: a {@link Meeting}, a
 * {@link CrossReference} or a {@link Link}.
 *
 * <pre>{@code
 * switch (entry) { ... } // or: if (entry instanceof Meeting m) { ... }
 * }</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Meeting.class, name = "meeting"),
  @JsonSubTypes.Type(value = CrossReference.class, name = "crossReference"),
  @JsonSubTypes.Type(value = Link.class, name = "link")
})
public sealed interface Entry extends Serializable permits Meeting, CrossReference, Link {

  /**
   * Where the entry came from.
   *
   * @return line, columns and raw text
   */
  SourceSpan source();

  /**
   * The hyperlinks on the entry's line and in its description, in page order: on HTML pages; empty
   * for text pages, which have none.
   *
   * @return immutable list
   */
  List<Hyperlink> links();

  /**
   * The heading of the section the entry stands in ({@code ""} before any heading).
   *
   * @return the section heading
   */
  String section();

  /**
   * Paragraphs after the {@code go} line, joined by a blank line ({@code ""} if none).
   *
   * @return the description
   */
  String description();

  /**
   * The 1-based line of the entry's {@code go} line.
   *
   * @return line number
   */
  default int line() {
    return source().line();
  }

  /**
   * The {@code go} line exactly as in the input.
   *
   * @return raw text
   */
  default String rawText() {
    return source().rawText();
  }
}
