package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.LineRole;
import java.time.LocalDate;

/** The structure of a page as {@link PageReader} finds it; every method does nothing by default. */
interface PageOutline {
  /** An outline that ignores everything (for entry streams). */
  PageOutline NONE = new PageOutline() {};

  default void role(int line, LineRole role) {}

  default void title(String title) {}

  default void lastUpdated(LocalDate date) {}

  /** A new section starts; its introduction follows once known. */
  default void heading(String heading) {}

  /** The introduction of the current section ({@code ""} if none), before its first entry. */
  default void introduction(String introduction) {}
}
