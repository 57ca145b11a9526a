package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.internal.source.SourceLine;
import io.github.wsisdata.parser.internal.text.Text;

/** The page reader's diagnostics, in plain English, in one place. */
final class PageWarnings {
  private PageWarnings() {}

  static String abbreviate(CharSequence text) {
    return text.length() <= 60 ? text.toString() : text.subSequence(0, 57) + "...";
  }

  static Diagnostic unreadDatedLine(int line, int column, String reason, String norm, String raw) {
    return new Diagnostic(
        Severity.WARNING,
        DiagnosticCode.UNREAD_DATED_LINE,
        line,
        column,
        "a dated line was not read as an entry ("
            + reason
            + "); it stays text: \""
            + abbreviate(norm)
            + "\"",
        raw);
  }

  static Diagnostic lineTooLong(int line, SourceLine.TooLong tooLong) {
    return new Diagnostic(
        Severity.ERROR,
        DiagnosticCode.LINE_TOO_LONG,
        line,
        1,
        "line of "
            + tooLong.size()
            + " is longer than the limit of "
            + tooLong.limit()
            + " characters; it was not read (up to "
            + SourceLine.KEPT_PREFIX
            + " characters of it are kept here)",
        tooLong.text());
  }

  static Diagnostic invalidUpdateDate(int line, String written, String raw) {
    return new Diagnostic(
        Severity.WARNING,
        DiagnosticCode.INVALID_UPDATE_DATE,
        line,
        1,
        "\"" + written + "\" is not a valid update date (YYYY-MM-DD)",
        raw);
  }

  static Diagnostic cutAtWrapWidth(int line, int width, String raw) {
    return new Diagnostic(
        Severity.WARNING,
        DiagnosticCode.CUT_AT_WRAP_WIDTH,
        line,
        Text.indentation(raw) + 1,
        "the entry ends at the page's wrap width ("
            + width
            + " characters) and is not continued on the next line: its title may be cut",
        raw);
  }

  static Diagnostic unattributed(int line, String raw, String text) {
    return new Diagnostic(
        Severity.WARNING,
        DiagnosticCode.UNATTRIBUTED_TEXT,
        line,
        Text.indentation(raw) + 1,
        "text outside any section or entry: \"" + abbreviate(text) + "\"",
        raw,
        text);
  }

  /**
   * A paragraph (or one line) grown past {@link Paragraphs#LARGE} characters: it is held whole
   * until it ends, and needs a heap of several times its size.
   */
  static Diagnostic largeForHeap(int line, long chars) {
    return new Diagnostic(
        Severity.WARNING,
        DiagnosticCode.LARGE_FOR_HEAP,
        line,
        1,
        "this paragraph has grown to "
            + (chars >> 20)
            + " MiB of text, more than a thirtieth of the heap ("
            + (Runtime.getRuntime().maxMemory() >> 20)
            + " MiB): a paragraph is held whole until it ends and needs several times its size"
            + " (give Java more with -Xmx)",
        "");
  }

  static Diagnostic notAWsisPage(int line, String raw) {
    return new Diagnostic(
        Severity.WARNING,
        DiagnosticCode.NOT_A_WSIS_PAGE,
        line,
        Text.indentation(raw) + 1,
        "this does not look like a WSIS meeting page: it has no entry line (\"go\" or a"
            + " bullet followed by dates, a label or a link, or a title or place with"
            + " dates), no banner (United Nations, International Telecommunication"
            + " Union) and no footer (navigation bar, copyright, Updated : date)",
        raw);
  }
}
