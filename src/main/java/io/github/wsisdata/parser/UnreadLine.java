package io.github.wsisdata.parser;

import java.util.Objects;
import java.util.Optional;

/**
 * A dated line that was read as text, not as an entry: a list item or a short standalone line
 * holding a full date ({@link DiagnosticCode#UNREAD_DATED_LINE}), with the role it has on the page
 * (a description, an introduction...), so that a reader can audit a page in one look ({@link
 * WsisDocument#unreadLines()}).
 *
 * @param line the 1-based line number
 * @param role the line's role on the page (for a text page; an HTML page's warning stands at its
 *     HTML line, whose rendered line's role is not looked up: empty)
 * @param text the line, trimmed
 * @param warning the warning that says why it was not read
 */
public record UnreadLine(int line, Optional<LineRole> role, String text, Diagnostic warning) {
  /**
   * Validates the fields.
   *
   * @param line see {@link #line()}
   * @param role see {@link #role()}
   * @param text see {@link #text()}
   * @param warning see {@link #warning()}
   */
  public UnreadLine {
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1, was " + line);
    }
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(warning, "warning");
  }
}
