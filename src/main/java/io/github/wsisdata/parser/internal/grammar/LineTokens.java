package io.github.wsisdata.parser.internal.grammar;

import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The tokens of one line in an array, for the parser: the whole line is lexed first (every entry
 * rule ends in EOF, so the parser reads every token anyway), then {@code LT}, {@code LA} and {@code
 * consume} are array accesses.
 *
 * <p>It stands in for ANTLR's {@code CommonTokenStream}, whose per-token work (fetching on demand,
 * skipping tokens of other channels both ways at every {@code LT}) buys nothing here: the lexer
 * puts no token on another channel (white space is skipped), so the parser sees the same tokens,
 * with the same indexes, in the same order. One instance serves a {@link GrammarRunner} line after
 * line; its array is reused, so the tokens of a line are valid until the next {@link #fill}.
 */
final class LineTokens implements TokenStream {
  private final TokenSource source;
  private Token[] tokens = new Token[64];
  private int count;
  private int position;

  LineTokens(TokenSource source) {
    this.source = source;
  }

  /**
   * Lexes the source's current input to its EOF token.
   *
   * @return this stream, at its first token
   */
  LineTokens fill() {
    Arrays.fill(tokens, 0, count, null); // the last line's tokens are not kept alive
    count = 0;
    position = 0;
    while (true) {
      Token t = source.nextToken();
      if (t instanceof WritableToken w) {
        w.setTokenIndex(count);
      }
      if (count == tokens.length) {
        tokens = Arrays.copyOf(tokens, count * 2);
      }
      tokens[count++] = t;
      if (t.getType() == Token.EOF) {
        return this;
      }
    }
  }

  /** Every token of the line, EOF included, as a list of its own. */
  List<Token> all() {
    return List.of(Arrays.copyOf(tokens, count));
  }

  @Override
  public Token LT(int k) {
    if (k == 0) {
      return null;
    }
    if (k < 0) {
      int i = position + k;
      return i < 0 ? null : tokens[i];
    }
    int i = position + k - 1;
    return i < count ? tokens[i] : tokens[count - 1];
  }

  @Override
  public int LA(int i) {
    return LT(i).getType();
  }

  @Override
  public void consume() {
    if (tokens[position].getType() == Token.EOF) {
      throw new IllegalStateException("cannot consume EOF");
    }
    position++;
  }

  @Override
  public Token get(int index) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException("token index " + index + " out of range 0.." + count);
    }
    return tokens[index];
  }

  @Override
  public TokenSource getTokenSource() {
    return source;
  }

  @Override
  public int mark() {
    return 0; // everything is buffered
  }

  @Override
  public void release(int marker) {
    // nothing to release
  }

  @Override
  public int index() {
    return position;
  }

  @Override
  public void seek(int index) {
    position = Math.max(0, Math.min(index, count - 1));
  }

  @Override
  public int size() {
    return count;
  }

  @Override
  public String getSourceName() {
    return source.getSourceName();
  }

  @Override
  public String getText(Interval interval) {
    int start = Math.max(0, interval.a);
    int stop = Math.min(interval.b, count - 1);
    StringBuilder text = new StringBuilder();
    for (int i = start; i <= stop && tokens[i].getType() != Token.EOF; i++) {
      text.append(tokens[i].getText());
    }
    return text.toString();
  }

  @Override
  public String getText() {
    return getText(Interval.of(0, count - 1));
  }

  @Override
  public String getText(RuleContext ctx) {
    return getText(ctx.getSourceInterval());
  }

  @Override
  public String getText(Token start, Token stop) {
    return start == null || stop == null
        ? ""
        : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
  }
}
