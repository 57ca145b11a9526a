package io.github.wsisdata.parser;

/**
 * Machine-readable reason of a {@link Diagnostic} or a {@link WsisParseException}. Test against
 * these constants, not against message text. Every constant is listed with an example in {@code
 * docs/diagnostics.md}.
 */
public enum DiagnosticCode {
  /** The date text is empty or blank. */
  EMPTY_INPUT,
  /** A day is 0 or larger than 31 ({@code "0 May 2005"}). */
  INVALID_DAY,
  /** A day does not exist in its month ({@code "31 February 2005"}); never rolled over. */
  DAY_NOT_IN_MONTH,
  /** A word stands where a month name belongs ({@code "5 Febtober 2005"}). */
  UNKNOWN_MONTH,
  /** A year is outside 1000..9999. */
  YEAR_OUT_OF_RANGE,
  /** The end of a date range lies before its start ({@code "30 June - 28 June 2005"}). */
  END_BEFORE_START,
  /** A date is complete but more text follows it ({@code "21 January 2005 Geneva"}). */
  TRAILING_TEXT,
  /** The dates have a shape that is not a date ({@code "12 2005"}). */
  MALFORMED_DATE,
  /** A {@code go} line starts like a meeting but does not have a meeting's shape. */
  MALFORMED_ENTRY,
  /**
   * Warning: organizers and title were not separated by a dash and were told apart by a recovery
   * rule ({@code "CODATA (ICSU)WSIS Session"}).
   */
  MISSING_SEPARATOR,
  /**
   * Warning: a paragraph stands where no section or entry can own it (before the first heading).
   */
  UNATTRIBUTED_TEXT,
  /**
   * Warning: a list item (after a bullet) or a short standalone line holds a full date (day, month
   * and year, or an ISO date) but was not read as an entry; it stays text where it stands (a
   * description, an introduction). The message quotes the line and says where reading it stopped
   * (or why its reading was not taken). A date inside a sentence is prose and is not warned.
   */
  UNREAD_DATED_LINE,
  /**
   * Warning: two days stand in a range with no dash between them ({@code 19 23 May 2005}, a dash
   * lost in conversion); they are read as the range {@code 19-23 May 2005}.
   */
  MISSING_RANGE_DASH,
  /**
   * Warning: a numeric date ({@code 05/06/2005}) whose numbers are both 12 or less, on a page whose
   * dates read so far do not say whether the day or the month comes first; it is read day first (5
   * June 2005), the order of the WSIS pages. {@code DateRange.parse} rejects such a text with this
   * code.
   */
  AMBIGUOUS_NUMERIC_DATE,
  /**
   * Warning: an HTML page leaves a {@code <script>}, {@code <style>}, {@code <textarea>}, {@code
   * <title>} or a comment open to its end, so that a browser shows nothing of the rest of the page;
   * the reader does the same, and says so here (at the element's start in the HTML).
   */
  HTML_TEXT_HIDDEN,
  /**
   * Error: a file or stream read as a page is a web archive (WARC, plain or gzip-compressed, told
   * by its first bytes): it is not read as text; {@code WsisParser.readWarc} and {@code
   * archivedPages} read its pages.
   */
  WEB_ARCHIVE,
  /**
   * Warning: an HTML page is larger than a thirtieth of the heap: parsed into a DOM, a page needs
   * 20 to 50 times its size, so it may run out of memory (docs/reliability.md, "Memory: the real
   * bounds"). Given before the page is parsed.
   */
  LARGE_FOR_HEAP,
  /**
   * Warning: the input has text but no sign of a WSIS meeting page (no {@code go} line, no banner,
   * no footer): a CSV file, an HTML file read as text, {@code /etc/hostname}. Given once, at the
   * first non-blank line.
   */
  NOT_A_WSIS_PAGE,
  /**
   * Warning: the only text after an entry's dates could be a place or a title ({@code • 3 May 2005,
   * Springfield}); neither is guessed, the text stays in the diagnostic and the entry's source.
   */
  PLACE_OR_TITLE,
  /**
   * Error: a record of a web archive (WARC) cannot be read (truncated, corrupt): the message names
   * the file, the record's byte offset and where reading goes on (the next record's start), if
   * anywhere. Nothing read before it is lost.
   */
  WARC_RECORD_UNREADABLE,
  /**
   * Warning, once per web archive at its end: how many HTML or text records were not WSIS meeting
   * pages (no entry, {@link #NOT_A_WSIS_PAGE}) and were skipped.
   */
  WARC_PAGES_SKIPPED,
  /**
   * Warning: on a page wrapped at a fixed width, an entry line ends at the wrap width and is not
   * continued on the next line: its title may have been cut by the tool that made the text.
   */
  CUT_AT_WRAP_WIDTH,
  /** Warning: the footer's {@code Updated :} line does not hold a valid ISO date. */
  INVALID_UPDATE_DATE,
  /** A {@code go} line is nested too deeply to be parsed. */
  TOO_DEEP,
  /**
   * Bytes of a file are not valid UTF-8; they were replaced by U+FFFD and the message names the
   * byte offset.
   */
  MALFORMED_UTF8,
  /**
   * Warning (the command line's): a text page that is not valid UTF-8, named with no {@code
   * --encoding}, was read as windows-1252 instead; the message names the first bad bytes.
   */
  NOT_UTF8,
  /**
   * A {@code go} line has more tokens (words and signs) than one line is read with (500,000); it
   * was not read, only kept here. Bounds the memory of one line's parse.
   */
  TOO_MANY_TOKENS,
  /** A line is longer than the parser's maximum line length; it was not read, only kept here. */
  LINE_TOO_LONG,
  /** The input is larger than the parser's maximum input size; nothing was read. */
  INPUT_TOO_LARGE
}
