package io.github.wsisdata.parser;

import java.util.Optional;

/**
 * A page read from a web archive (WARC) with its decoded body, not yet parsed: {@link
 * WsisParser#archivedPages} hands them out in file order, reading the archive as they are asked
 * for, and {@link #parse()} reads one on any thread. So a program can read an archive on one thread
 * and parse its pages on several, in order ({@link WsisParser#readWarc} is the same on one thread).
 */
public interface ArchivedPage {
  /**
   * Where the page came from.
   *
   * @return the archive record: file, byte offset, target URI, capture date
   */
  ArchiveRecord record();

  /**
   * Parses the page with the settings of the parser that read the archive.
   *
   * @return its document, with the record as its source ({@link SourceInfo#archiveRecord()}); empty
   *     if it is not a WSIS meeting page
   */
  Optional<WsisDocument> parse();

  /**
   * The warning for the pages of an archive (or of a crawl read with the command line's {@code
   * --crawl}) that were not WSIS meeting pages, as {@link WsisParser#readWarc} reports it at the
   * archive's end: the count and the first few pages by name.
   *
   * <p>A meeting page has at least one entry, or an ERROR (a line read as an entry that could not
   * be read); a page with a banner, headings or dated prose but no entry is not one.
   *
   * @param archive the archive's name
   * @param skipped how many pages (at least 1)
   * @param first the first skipped pages' names (their URLs), in order; at most {@link
   *     #NAMED_SKIPPED} are named
   * @return the diagnostic ({@link DiagnosticCode#WARC_PAGES_SKIPPED})
   */
  static Diagnostic skipped(String archive, int skipped, java.util.List<String> first) {
    if (skipped < 1) {
      throw new IllegalArgumentException("skipped must be at least 1, was " + skipped);
    }
    java.util.List<String> named = first.subList(0, Math.min(first.size(), NAMED_SKIPPED));
    StringBuilder message =
        new StringBuilder(archive)
            .append(": ")
            .append(skipped)
            .append(skipped == 1 ? " page was" : " pages were")
            .append(" not a WSIS meeting page (no entry) and skipped");
    if (!named.isEmpty()) {
      message.append(": ").append(String.join(", ", named));
      if (skipped > named.size()) {
        message.append(" and ").append(skipped - named.size()).append(" more");
      }
    }
    return new Diagnostic(
        Severity.WARNING, DiagnosticCode.WARC_PAGES_SKIPPED, 1, 1, message.toString(), "");
  }

  /** How many skipped pages {@link #skipped} names. */
  int NAMED_SKIPPED = 3;
}
