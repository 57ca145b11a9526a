package io.github.wsisdata.parser.internal.grammar;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Runs one grammar rule over one piece of text: console listeners removed, SLL prediction first and
 * full LL only when SLL fails, so that a line is parsed at most twice. The line is lexed once, into
 * an array ({@link LineTokens}), through its {@link LexingView}. The first syntax error of the LL
 * parse is kept as data ({@link SyntaxError}) with the rule it happened in; nothing is printed.
 *
 * <p>An instance holds one lexer and one parser and is not thread-safe: a page reader owns one for
 * the length of a parse, so nothing outlives the parse (no thread-local cache that would keep the
 * library's classes alive on pooled threads).
 */
public final class GrammarRunner {
  /** Parses share ANTLR's caches (read lock); clearing them takes the write lock. */
  private static final ReentrantReadWriteLock CACHE_LOCK = new ReentrantReadWriteLock();

  /**
   * Most tokens one line may have. A real entry line has a few dozen; the cap bounds the memory of
   * one line's tokens and parse tree whatever the input.
   */
  public static final int MAX_TOKENS = 500_000;

  private final LineLexer lexer = new LineLexer(null);
  private final TokenCap cap;
  private final WsisParser parser = new WsisParser(null);
  private final LineTokens tokens;

  /** The stand-ins' array, reused from line to line (see {@link LexingView}). */
  private int[] buffer = new int[256];

  private final FirstError firstError = new FirstError();

  /** A runner with its own lexer and parser, set up once (no console output). */
  public GrammarRunner() {
    this(MAX_TOKENS);
  }

  /**
   * A runner whose lines may have at most {@code maxTokens} tokens.
   *
   * @param maxTokens most tokens per line, end of line included
   */
  GrammarRunner(int maxTokens) {
    cap = new TokenCap(lexer, maxTokens);
    tokens = new LineTokens(cap);
    lexer.setInterpreter(new EofCachingSimulator(lexer));
    lexer.removeErrorListeners();
    parser.removeErrorListeners();
  }

  /** Which prediction mode produced a parse. */
  public enum Stage {
    /** SLL prediction sufficed (the usual case). */
    SLL,
    /** SLL failed and full LL prediction was used. */
    LL
  }

  /**
   * What one run gives.
   *
   * @param <T> the rule's context type
   */
  public sealed interface Outcome<T extends ParserRuleContext>
      permits Parsed, Failed, TooDeep, TooManyTokens, Undated {}

  /**
   * The text holds no month name and no numeric date, so no date of the grammar: it was lexed but
   * not parsed ({@link #runDated}).
   *
   * @param <T> the rule's context type
   */
  public record Undated<T extends ParserRuleContext>() implements Outcome<T> {}

  /**
   * A parse without syntax error.
   *
   * @param tree the parse tree
   * @param chars the characters (for original text)
   * @param stage the prediction mode that produced it
   * @param tokens the line's tokens (the runner's own stream: read them before its next run)
   * @param <T> the rule's context type
   */
  public record Parsed<T extends ParserRuleContext>(
      T tree, CharStream chars, Stage stage, TokenStream tokens) implements Outcome<T> {}

  /**
   * A parse that stopped at its first syntax error.
   *
   * @param error where and in which rule
   * @param <T> the rule's context type
   */
  public record Failed<T extends ParserRuleContext>(SyntaxError error) implements Outcome<T> {}

  /**
   * The text is nested too deeply to be parsed (the stack overflowed). The grammar has no recursive
   * rule, so no input is known to cause it.
   *
   * @param <T> the rule's context type
   */
  public record TooDeep<T extends ParserRuleContext>() implements Outcome<T> {}

  /**
   * The text has more tokens than {@link #MAX_TOKENS}; it was not parsed.
   *
   * @param limit the token limit
   * @param <T> the rule's context type
   */
  public record TooManyTokens<T extends ParserRuleContext>(int limit) implements Outcome<T> {}

  /**
   * Parses a text with a rule, SLL first and LL only if SLL fails.
   *
   * @param text the text
   * @param rule the rule, e.g. {@code WsisParser::entryLine}
   * @param <T> the rule's context type
   * @return the outcome
   */
  public <T extends ParserRuleContext> Outcome<T> run(String text, Function<WsisParser, T> rule) {
    return run(text, rule, true);
  }

  /**
   * As {@link #run(String, Function)} for a rule that reads text only as a calendar date: a text
   * whose tokens hold no month name and no numeric or ISO date ({@code N/N/}, {@code N.N.}, {@code
   * N-N-}) cannot hold one, and is {@link Undated} at the cost of lexing it. (A day-first date
   * takes any word for its month, to report an unknown month; a rule that takes such a date as text
   * loses nothing by not parsing it. Lines of figures, such as a table's rows, fail the SLL parse
   * and cost a full LL parse each, whose predictions ANTLR does not cache.)
   *
   * @param text the text
   * @param rule the rule
   * @param <T> the rule's context type
   * @return the outcome
   */
  public <T extends ParserRuleContext> Outcome<T> runDated(
      String text, Function<WsisParser, T> rule) {
    CACHE_LOCK.readLock().lock();
    try {
      lex(text);
      if (!mayHoldDate(tokens.all())) {
        return new Undated<>();
      }
    } catch (TooManyTokensException e) {
      return new TooManyTokens<>(e.limit());
    } finally {
      CACHE_LOCK.readLock().unlock();
    }
    return run(text, rule, true);
  }

  /** Whether tokens hold a month name, or a number, a slash, dot or dash, a number and another. */
  static boolean mayHoldDate(java.util.List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      int type = tokens.get(i).getType();
      if (MONTHS.contains(type)) {
        return true;
      }
      if (type == WsisLexer.NUMBER
          && i + 3 < tokens.size()
          && joins(tokens.get(i + 1).getType())
          && tokens.get(i + 2).getType() == WsisLexer.NUMBER
          && joins(tokens.get(i + 3).getType())) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<Integer> MONTHS =
      java.util.Set.of(
          WsisLexer.JANUARY,
          WsisLexer.FEBRUARY,
          WsisLexer.MARCH,
          WsisLexer.APRIL,
          WsisLexer.MAY,
          WsisLexer.JUNE,
          WsisLexer.JULY,
          WsisLexer.AUGUST,
          WsisLexer.SEPTEMBER,
          WsisLexer.OCTOBER,
          WsisLexer.NOVEMBER,
          WsisLexer.DECEMBER);

  private static boolean joins(int type) {
    return type == WsisLexer.SLASH || type == WsisLexer.DOT || type == WsisLexer.DASH;
  }

  /**
   * Sets the year that a date with none at a line's start gets ({@link LineLexer#setContextYear}),
   * for every line from now on.
   *
   * @param year the year of the section being read, or 0 for none
   */
  public void setContextYear(int year) {
    lexer.setContextYear(year);
    lexedView = null; // a line lexes otherwise under another year
  }

  /** The seam for tests: {@code sllFirst = false} parses with full LL alone. */
  <T extends ParserRuleContext> Outcome<T> run(
      String text, Function<WsisParser, T> rule, boolean sllFirst) {
    CACHE_LOCK.readLock().lock();
    try {
      LexingView chars = lex(text);
      parser.setTokenStream(tokens);
      if (sllFirst) {
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
          return new Parsed<>(rule.apply(parser), chars, Stage.SLL, tokens);
        } catch (ParseCancellationException sllFailed) {
          tokens.seek(0);
          parser.reset();
        }
      }
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(firstError);
      firstError.error = null;
      try {
        return new Parsed<>(rule.apply(parser), chars, Stage.LL, tokens);
      } catch (ParseCancellationException failed) {
        RecognitionException e = firstError.error;
        return new Failed<>(
            new SyntaxError(e.getOffendingToken(), context(e), tokens.all(), chars));
      }
    } catch (StackOverflowError e) {
      return new TooDeep<>();
    } catch (TooManyTokensException e) {
      return new TooManyTokens<>(e.limit());
    } finally {
      CACHE_LOCK.readLock().unlock();
    }
  }

  /**
   * The tokens of a text, as the parser would see them (no parse).
   *
   * @param text the text
   * @return its tokens, end of text included; empty if it has more than the token limit
   */
  public java.util.List<Token> tokens(String text) {
    CACHE_LOCK.readLock().lock();
    try {
      lex(text);
      return tokens.all();
    } catch (TooManyTokensException e) {
      return java.util.List.of();
    } finally {
      CACHE_LOCK.readLock().unlock();
    }
  }

  /**
   * Lexes a text into the runner's token array, through its view; returns the view. The same text
   * lexed again (a line is looked at for a full date, then parsed) keeps its tokens.
   */
  private LexingView lex(String text) {
    if (lexedView != null && text.equals(lexedText)) {
      tokens.seek(0);
      return lexedView;
    }
    lexedView = null;
    LexingView chars = new LexingView(text, buffer);
    lexer.setInputStream(chars);
    cap.reset();
    tokens.fill();
    buffer = chars.buffer(); // the line is lexed: its stand-ins are no longer read
    lexedText = text;
    lexedView = chars;
    return chars;
  }

  /** The text in the token array and its view, or null (nothing lexed, or the year changed). */
  private String lexedText;

  private LexingView lexedView;

  private static ParserRuleContext context(RecognitionException e) {
    return (ParserRuleContext) e.getCtx(); // a parser's rule contexts are ParserRuleContexts
  }

  /**
   * Drops ANTLR's shared prediction caches (DFA) of lexer and parser. Waits for running parses and
   * holds new ones back while it clears, so it is safe to call at any time.
   */
  public static void clearCaches() {
    CACHE_LOCK.writeLock().lock();
    try {
      new WsisLexer(null).getInterpreter().clearDFA();
      EofCachingSimulator.clear();
      new WsisParser(null).getInterpreter().clearDFA();
    } finally {
      CACHE_LOCK.writeLock().unlock();
    }
  }

  /**
   * Stops at the first syntax error and keeps it (Trino's and ANTLR's bail strategy, with the error
   * recorded rather than only thrown): no recovery, no console output.
   */
  private static final class FirstError extends DefaultErrorStrategy {
    RecognitionException error;

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
      if (error == null) {
        error = e;
      }
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
      reportError(recognizer, e);
      throw new ParseCancellationException(e);
    }

    @Override
    public Token recoverInline(Parser recognizer) {
      InputMismatchException e = new InputMismatchException(recognizer);
      reportError(recognizer, e);
      throw new ParseCancellationException(e);
    }

    @Override
    public void sync(Parser recognizer) {
      // errors are found where they happen, by match() and prediction
    }
  }
}
