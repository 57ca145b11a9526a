package io.github.wsisdata.parser;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The library's one unchecked parse exception: thrown by {@link DateRange#parse(CharSequence)} and
 * by a strict {@link WsisParser}. It carries every ERROR diagnostic.
 */
public final class WsisParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Immutable list; {@code List.copyOf} gives a serializable implementation. */
  @SuppressWarnings("serial")
  private final List<Diagnostic> diagnostics;

  /**
   * Creates the exception.
   *
   * @param diagnostics at least one diagnostic
   */
  public WsisParseException(List<Diagnostic> diagnostics) {
    super(render(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** For a value parsed from one piece of text: the message names only the column. */
  WsisParseException(Diagnostic diagnostic) {
    super(diagnostic.message() + " (column " + diagnostic.column() + ")");
    this.diagnostics = List.of(diagnostic);
  }

  private static String render(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a parse exception needs at least one diagnostic");
    }
    if (diagnostics.size() == 1) {
      Diagnostic d = diagnostics.get(0);
      return d.message() + " (line " + d.line() + ", column " + d.column() + ")";
    }
    return diagnostics.size()
        + " errors:\n"
        + diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
  }

  /**
   * All diagnostics, in input order.
   *
   * @return a non-empty immutable list
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * The code of the first diagnostic.
   *
   * @return the first error's code
   */
  public DiagnosticCode code() {
    return diagnostics.get(0).code();
  }

  /**
   * The 1-based line of the first diagnostic.
   *
   * @return line number
   */
  public int line() {
    return diagnostics.get(0).line();
  }

  /**
   * The 1-based column of the first diagnostic.
   *
   * @return column number
   */
  public int column() {
    return diagnostics.get(0).column();
  }
}
