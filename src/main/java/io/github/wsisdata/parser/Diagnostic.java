package io.github.wsisdata.parser;

import java.io.Serializable;
import java.util.Objects;

/**
 * A problem found while reading a page, with its position and the text it concerns.
 *
 * <p>Nothing that cannot be read is dropped silently: an unreadable {@code go} line becomes an
 * {@link Severity#ERROR} diagnostic whose {@link #sourceLine()} holds the line and whose {@link
 * #followingText()} holds the description paragraphs that followed it.
 *
 * @param severity ERROR or WARNING
 * @param code machine-readable reason
 * @param line 1-based line number in the input
 * @param column 1-based column (in Unicode code points) where the problem starts
 * @param message plain-English explanation
 * @param sourceLine the raw text of the line, exactly as in the input
 * @param followingText paragraphs that followed an unreadable entry line ({@code ""} if none)
 * @serial exclude (the serialized form is described in docs/usage.md)
 */
public record Diagnostic(
    Severity severity,
    DiagnosticCode code,
    int line,
    int column,
    String message,
    String sourceLine,
    String followingText)
    implements Serializable {

  /**
   * Validates the fields.
   *
   * @param severity see {@link #severity()}
   * @param code see {@link #code()}
   * @param line see {@link #line()}
   * @param column see {@link #column()}
   * @param message see {@link #message()}
   * @param sourceLine see {@link #sourceLine()}
   * @param followingText see {@link #followingText()}
   */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(sourceLine, "sourceLine");
    Objects.requireNonNull(followingText, "followingText");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1, was " + line);
    }
    if (column < 1) {
      throw new IllegalArgumentException("column must be >= 1, was " + column);
    }
  }

  /**
   * Creates a diagnostic without following text.
   *
   * @param severity ERROR or WARNING
   * @param code machine-readable reason
   * @param line 1-based line
   * @param column 1-based column
   * @param message plain-English explanation
   * @param sourceLine raw text of the line
   */
  public Diagnostic(
      Severity severity,
      DiagnosticCode code,
      int line,
      int column,
      String message,
      String sourceLine) {
    this(severity, code, line, column, message, sourceLine, "");
  }

  /**
   * Returns this diagnostic with the given following text.
   *
   * @param text paragraphs that followed the line
   * @return a copy with {@link #followingText()} set
   */
  public Diagnostic withFollowingText(String text) {
    return new Diagnostic(severity, code, line, column, message, sourceLine, text);
  }

  /**
   * Formats as {@code line L, column C: error: message}.
   *
   * @return a one-line summary
   */
  @Override
  public String toString() {
    return "line "
        + line
        + ", column "
        + column
        + ": "
        + severity.name().toLowerCase(java.util.Locale.ROOT)
        + ": "
        + message;
  }
}
