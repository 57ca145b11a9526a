package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.DiagnosticCode;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code --unread}: for each page, the dated lines that were read as text and not as entries
 * ({@code UNREAD_DATED_LINE}), one per line as {@code FILE:LINE:COLUMN: why: the line}, so that a
 * page can be audited in one look. Nothing for a page whose dated lines were all read.
 */
final class UnreadWriter implements DocumentWriter {
  @Override
  public void document(Page page, Writer out) throws IOException {
    page.diagnostics(
        d -> {
          if (d.code() == DiagnosticCode.UNREAD_DATED_LINE) {
            out.write(
                Terminal.escape(page.source())
                    + ":"
                    + d.line()
                    + ":"
                    + d.column()
                    + ": "
                    + Terminal.escape(d.message())
                    + "\n");
          }
        });
  }
}
