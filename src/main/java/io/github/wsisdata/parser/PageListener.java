package io.github.wsisdata.parser;

import java.time.LocalDate;

/**
 * Everything a page reader finds in a page, in page order, as it finds it: the role of every line,
 * the title, the update date, each section with its introduction, each entry, each diagnostic.
 * {@link WsisParser#walk} hands a page to one without holding the page (for files larger than the
 * heap, read again for each pass); a {@link WsisDocument} is what the same calls add up to. Every
 * method does nothing by default.
 *
 * <pre>{@code
 * parser.walk(Path.of("big.txt"), new PageListener() {
 *   public void entry(Entry e) { if (e instanceof Meeting m) count++; }
 * });
 * }</pre>
 */
public interface PageListener {
  /**
   * The role of a line, once it is known: called once for every line, in line order (an HTML page's
   * lines are its rendered lines).
   *
   * @param line the 1-based line number
   * @param role the role
   */
  default void lineRole(int line, LineRole role) {}

  /**
   * The page's title (the first {@code go} link before any section), at most once.
   *
   * @param title the title
   */
  default void title(String title) {}

  /**
   * The page's {@code Updated} date: the first valid one of its footers, at most once.
   *
   * @param date the date
   */
  default void lastUpdated(LocalDate date) {}

  /**
   * A section starts ({@code ""} for entries that stand before any heading).
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
   * The next entry of the current section, complete with its description.
   *
   * @param entry the entry
   */
  default void entry(Entry entry) {}

  /**
   * A diagnostic, as it is found (not sorted by line, unlike {@link WsisDocument#diagnostics()}).
   *
   * @param diagnostic the diagnostic
   */
  default void diagnostic(Diagnostic diagnostic) {}
}
