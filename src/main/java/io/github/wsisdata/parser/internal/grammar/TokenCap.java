package io.github.wsisdata.parser.internal.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * A token source that stops a line after a number of tokens (graphql-java's {@code SafeTokenSource}
 * is the model): it bounds the memory of one line's tokens and parse tree whatever the input, and a
 * line beyond it is reported with its text instead of parsed.
 */
final class TokenCap implements TokenSource {
  private final TokenSource source;
  private final int limit;
  private int count;

  /**
   * A capped source.
   *
   * @param source the lexer
   * @param limit most tokens per line, EOF included
   */
  TokenCap(TokenSource source, int limit) {
    this.source = source;
    this.limit = limit;
  }

  /** Starts counting again, for the next line. */
  void reset() {
    count = 0;
  }

  @Override
  public Token nextToken() {
    if (++count > limit) {
      throw new TooManyTokensException(limit);
    }
    return source.nextToken();
  }

  @Override
  public int getLine() {
    return source.getLine();
  }

  @Override
  public int getCharPositionInLine() {
    return source.getCharPositionInLine();
  }

  @Override
  public CharStream getInputStream() {
    return source.getInputStream();
  }

  @Override
  public String getSourceName() {
    return source.getSourceName();
  }

  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    source.setTokenFactory(factory);
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    return source.getTokenFactory();
  }
}
