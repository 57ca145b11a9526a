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
   * The warning for the pages of an archive that were not WSIS meeting pages, as {@link
   * WsisParser#readWarc} reports it at the archive's end.
   *
   * @param archive the archive's name
   * @param skipped how many pages (at least 1)
   * @return the diagnostic ({@link DiagnosticCode#WARC_PAGES_SKIPPED})
   */
  static Diagnostic skipped(String archive, int skipped) {
    if (skipped < 1) {
      throw new IllegalArgumentException("skipped must be at least 1, was " + skipped);
    }
    return new Diagnostic(
        Severity.WARNING,
        DiagnosticCode.WARC_PAGES_SKIPPED,
        1,
        1,
        archive
            + ": "
            + skipped
            + (skipped == 1 ? " page was" : " pages were")
            + " not a WSIS meeting page and skipped",
        "");
  }
}
