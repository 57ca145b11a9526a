package io.github.wsisdata.parser.internal.grammar;

/** Thrown by the lexer when a line has more tokens than {@link WsisLexer#MAX_TOKENS}. */
public final class TooManyTokensException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param limit the token limit
   */
  TooManyTokensException(int limit) {
    super("more than " + limit + " tokens", null, false, false);
  }
}
