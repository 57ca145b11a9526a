package io.github.wsisdata.parser;

import io.github.wsisdata.parser.internal.text.Elements;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A section of a page: a heading such as {@code WSIS Thematic Meetings (chronological list)}, the
 * paragraphs between the heading and the first entry, and the entries.
 *
 * @param heading the heading text ({@code ""} for entries that stand before any heading)
 * @param introduction paragraphs between heading and first entry, joined by {@code "\n\n"} ({@code
 *     ""} if none)
 * @param entries entries in page order
 * @serial exclude (the serialized form is described in docs/usage.md)
 */
public record Section(String heading, String introduction, List<Entry> entries)
    implements Serializable {

  /**
   * Validates the fields and copies the list.
   *
   * @param heading see {@link #heading()}
   * @param introduction see {@link #introduction()}
   * @param entries see {@link #entries()}
   */
  public Section {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(introduction, "introduction");
    entries = Elements.copyOf(entries, Entry.class, "entries");
  }
}
