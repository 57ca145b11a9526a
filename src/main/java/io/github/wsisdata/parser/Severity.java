package io.github.wsisdata.parser;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
  /**
   * Something could not be read; the text it concerns is kept in the diagnostic, not in a record.
   */
  ERROR,
  /**
   * Something was read, but only by recovering from a flaw in the page; the record may need a look.
   */
  WARNING
}
