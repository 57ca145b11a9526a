package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Entry;
import java.time.LocalDate;

/**
 * Everything {@link Pages#walk} finds in a page, in page order, without holding the page: for
 * readers that pass over a large file more than once instead of building its document. Every method
 * does nothing by default.
 */
public interface PageListener {
  /**
   * The page's title.
   *
   * @param title the title
   */
  default void title(String title) {}

  /**
   * The page's {@code Updated} date.
   *
   * @param date the date
   */
  default void lastUpdated(LocalDate date) {}

  /**
   * A section starts.
   *
   * @param heading its heading
   */
  default void heading(String heading) {}

  /**
   * The introduction of the current section ({@code ""} if none), before its first entry.
   *
   * @param introduction the text
   */
  default void introduction(String introduction) {}

  /**
   * The next entry of the current section.
   *
   * @param entry the entry
   */
  default void entry(Entry entry) {}

  /**
   * A diagnostic, as it is found (not sorted by line).
   *
   * @param diagnostic the diagnostic
   */
  default void diagnostic(Diagnostic diagnostic) {}
}
