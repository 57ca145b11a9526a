package io.github.wsisdata.parser;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where an entry came from: its line, the columns it covers and the raw text exactly as in the
 * input (before any white-space normalization).
 *
 * @param line 1-based line number
 * @param startColumn 1-based column (code points) of the first character of the entry
 * @param endColumn 1-based column of its last character, inclusive
 * @param rawText the raw text of that line range, unchanged
 * @serial exclude (the serialized form is described in docs/usage.md)
 */
public record SourceSpan(int line, int startColumn, int endColumn, String rawText)
    implements Serializable {

  /**
   * Validates positions and text.
   *
   * @param line see {@link #line()}
   * @param startColumn see {@link #startColumn()}
   * @param endColumn see {@link #endColumn()}
   * @param rawText see {@link #rawText()}
   */
  public SourceSpan {
    Objects.requireNonNull(rawText, "rawText");
    if (line < 1 || startColumn < 1 || endColumn < startColumn - 1) {
      throw new IllegalArgumentException(
          "bad span: line " + line + ", columns " + startColumn + ".." + endColumn);
    }
  }
}
