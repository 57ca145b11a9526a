package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.Hyperlink;
import io.github.wsisdata.parser.Link;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.SourceSpan;
import java.util.List;

/** Copies of entries with another source span and other hyperlinks. */
final class Entries {
  private Entries() {}

  /**
   * The same entry at {@code source}, with {@code links}.
   *
   * @param e the entry
   * @param source its new span
   * @param links its new hyperlinks
   * @return the copy
   */
  static Entry with(Entry e, SourceSpan source, List<Hyperlink> links) {
    if (e instanceof Meeting m) {
      return new Meeting(
          m.dates(),
          m.place(),
          m.organizers(),
          m.title(),
          m.description(),
          m.section(),
          m.notes(),
          source,
          links);
    }
    if (e instanceof CrossReference c) {
      return new CrossReference(
          c.dates(), c.note(), c.referencedTitle(), c.description(), c.section(), source, links);
    }
    Link l = (Link) e;
    return new Link(l.text(), l.description(), l.section(), source, links);
  }
}
