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

  /**
   * Whether a text may hold a date of the grammar: what {@link #runDated} decides before it parses
   * (a text with more tokens than the limit is not parsed, so holds none).
   *
   * @param text the text
   * @return false if {@link #runDated} gives {@link Undated} (or {@link TooManyTokens}) for it
   */
  public boolean mayHoldDate(String text) {
    return mayHoldDate(tokens(text));
  }

  /**
   * A quick look at a text's characters before it is lexed: false only if its tokens certainly hold
   * no month name and no numeric date ({@link #mayHoldDate(String)} is then false too). A month's
   * token starts with one of {@link #MONTH_STARTS} (the lexer's month names, looked for anywhere in
   * the text, each character folded as the lexer folds it and more); a numeric date is digits, a
   * slash, dot or dash, digits and another, with white space (anything Java takes for white space,
   * the lexer's set included) allowed between them.
   *
   * @param text the text
   * @return false if no token of it can be a month or start a numeric date
   */
  public static boolean mayHoldDateChars(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (startsNumericDate(text, i)) {
          return true;
        }
        while (i + 1 < n && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9') {
          i++;
        }
      } else if (i + 2 < n && monthStart(text, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first three letters of every month token of the lexer ({@code grammar/WsisLexer.g4}), in
   * lower case, each packed into a long (16 bits a letter).
   */
  private static final long[] MONTH_STARTS =
      java.util.stream.Stream.of(
              "jan",
              "ene",
              "feb",
              "f\u00e9v",
              "fev",
              "mar",
              "apr",
              "avr",
              "abr",
              "may",
              "mai",
              "jun",
              "jui",
              "jul",
              "aug",
              "ao\u00fb",
              "aou",
              "ago",
              "sep",
              "set",
              "oct",
              "nov",
              "dec",
              "d\u00e9c",
              "dic")
          .mapToLong(m -> pack(m.charAt(0), m.charAt(1), m.charAt(2)))
          .toArray();

  private static long pack(char a, char b, char c) {
    return ((long) a << 32) | ((long) b << 16) | c;
  }

  /** The ASCII characters a month's token can start with, in either case. */
  private static final boolean[] MONTH_FIRST = new boolean[128];

  static {
    for (char c : "jefmadsno".toCharArray()) {
      MONTH_FIRST[c] = true;
      MONTH_FIRST[Character.toUpperCase(c)] = true;
    }
  }

  private static boolean monthStart(String text, int i) {
    char first = text.charAt(i);
    char a = first < 0x80 ? first : fold(first);
    if (a >= 0x80 || !MONTH_FIRST[a]) {
      return false;
    }
    a = fold(a);
    long packed = pack(a, fold(text.charAt(i + 1)), fold(text.charAt(i + 2)));
    for (long start : MONTH_STARTS) {
      if (start == packed) {
        return true;
      }
    }
    return false;
  }

  /**
   * A character in lower case as the lexer's case-insensitive match could take it, and more: the
   * lower case of its upper case ({@code ſ} is {@code s}).
   */
  private static char fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** Whether the digits at {@code from} start digits, a join, digits and a join. */
  private static boolean startsNumericDate(String text, int from) {
    int i = from;
    for (int part = 0; part < 2; part++) {
      int digits = i;
      while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == digits) {
        return false;
      }
      i = skipSpace(text, i);
      if (i == text.length() || !isJoin(text.charAt(i))) {
        return false;
      }
      i = skipSpace(text, i + 1);
    }
    return true;
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i))
            || Character.isSpaceChar(text.charAt(i))
            || "\u0085\u180e\u200b\ufeff".indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    return i;
  }

  /** A slash, a dot or a dash character of the lexer's {@code DASH_CHAR}. */
  private static boolean isJoin(char c) {
    return c == '/'
        || c == '.'
        || "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d".indexOf(c) >= 0;
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
