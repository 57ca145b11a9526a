package io.github.wsisdata.parser.internal.grammar;

/** Thrown by {@link TokenCap} when a line has more tokens than its limit. */
public final class TooManyTokensException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param limit the token limit
   */
  TooManyTokensException(int limit) {
    super("more than " + limit + " tokens", null, false, false);
    this.limit = limit;
  }

  private final int limit;

  /**
   * The limit that was passed.
   *
   * @return most tokens per line
   */
  int limit() {
    return limit;
  }
}
