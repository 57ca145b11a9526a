package io.github.wsisdata.parser.internal;

import io.github.wsisdata.parser.internal.grammar.WsisLexer;
import io.github.wsisdata.parser.internal.grammar.WsisParser;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Runs one grammar rule over one piece of text: console listeners removed, SLL prediction first and
 * full LL only when SLL fails, the first syntax error kept as data.
 */
public final class GrammarRunner {
  private static final AtomicLong LL_FALLBACKS = new AtomicLong();

  /** Parses share ANTLR's caches (read lock); clearing them takes the write lock. */
  private static final ReentrantReadWriteLock CACHE_LOCK = new ReentrantReadWriteLock();

  private GrammarRunner() {}

  /**
   * The first syntax error of a run.
   *
   * @param offending the token at which reading failed (may be EOF)
   * @param column 1-based column of that token
   */
  record SyntaxProblem(Token offending, int column) {}

  /**
   * The outcome of a run: the tree (possibly with error nodes) and the first problem, if any.
   *
   * @param tree the parse tree
   * @param tokens all tokens of the line
   * @param chars the character stream (for original text)
   * @param problem the first syntax error, or null
   */
  record Run<T extends ParserRuleContext>(
      T tree, List<Token> tokens, CharStream chars, SyntaxProblem problem) {
    boolean ok() {
      return problem == null;
    }
  }

  /**
   * How often full LL prediction was needed since start-up (for tests and benchmarks).
   *
   * @return the count
   */
  public static long llFallbacks() {
    return LL_FALLBACKS.get();
  }

  /**
   * Drops ANTLR's shared prediction caches (DFA) of lexer and parser. Waits for running parses and
   * holds new ones back while it clears, so it is safe to call at any time.
   */
  public static void clearCaches() {
    CACHE_LOCK.writeLock().lock();
    try {
      new WsisLexer(CharStreams.fromString("")).getInterpreter().clearDFA();
      new WsisParser(new CommonTokenStream(new WsisLexer(CharStreams.fromString(""))))
          .getInterpreter()
          .clearDFA();
    } finally {
      CACHE_LOCK.writeLock().unlock();
    }
  }

  /**
   * Number of DFA states in the parser's shared prediction cache.
   *
   * @return the state count
   */
  public static int cachedDfaStates() {
    CACHE_LOCK.readLock().lock();
    try {
      int states = 0;
      WsisParser parser =
          new WsisParser(new CommonTokenStream(new WsisLexer(CharStreams.fromString(""))));
      for (DFA dfa : parser.getInterpreter().decisionToDFA) {
        states += dfa.states.size();
      }
      return states;
    } finally {
      CACHE_LOCK.readLock().unlock();
    }
  }

  static <T extends ParserRuleContext> Run<T> run(String text, Function<WsisParser, T> rule) {
    return run(text, rule, Prediction.TWO_STAGE, REUSE);
  }

  /** How prediction runs: the production two-stage strategy, or full LL only (for tests). */
  enum Prediction {
    TWO_STAGE,
    LL_ONLY
  }

  /**
   * Whether each thread reuses one lexer and parser instead of creating them per line (measured in
   * docs/performance.md).
   */
  static final boolean REUSE = true;

  static <T extends ParserRuleContext> Run<T> run(
      String text, Function<WsisParser, T> rule, Prediction prediction, boolean reuse) {
    CACHE_LOCK.readLock().lock();
    try {
      Machinery m = reuse ? MACHINERY.get() : new Machinery();
      return m.run(CharStreams.fromString(text), rule, prediction);
    } finally {
      CACHE_LOCK.readLock().unlock();
    }
  }

  /**
   * Parses one line with a fresh or a reused lexer and parser; for the benchmarks.
   *
   * @param text the line
   * @param reuse reuse this thread's lexer and parser
   * @return whether the line parsed without a syntax error
   */
  public static boolean parseLineForBenchmark(String text, boolean reuse) {
    return run(text, WsisParser::entryLine, Prediction.TWO_STAGE, reuse).ok();
  }

  private static final ThreadLocal<Machinery> MACHINERY = ThreadLocal.withInitial(Machinery::new);

  /** A lexer, token stream and parser, set up once (listeners, no console output). */
  private static final class Machinery {
    final FirstError collector = new FirstError();
    final WsisLexer lexer = new WsisLexer(null);
    final WsisParser parser = new WsisParser(null);

    Machinery() {
      lexer.removeErrorListeners();
      lexer.addErrorListener(collector);
      parser.removeErrorListeners();
    }

    <T extends ParserRuleContext> Run<T> run(
        CharStream chars, Function<WsisParser, T> rule, Prediction prediction) {
      collector.problem = null;
      lexer.setInputStream(chars);
      // a new token stream per line, so that the run can keep its tokens without copying them
      CommonTokenStream tokens = new CommonTokenStream(lexer);
      parser.setTokenStream(tokens);
      parser.removeErrorListeners();
      if (prediction == Prediction.TWO_STAGE) {
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
          T tree = rule.apply(parser);
          return new Run<>(tree, tokens.getTokens(), chars, collector.problem);
        } catch (ParseCancellationException sllFailed) {
          LL_FALLBACKS.incrementAndGet();
          tokens.seek(0);
          parser.reset();
        }
      }
      parser.addErrorListener(collector);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      T tree = rule.apply(parser);
      return new Run<>(tree, tokens.getTokens(), chars, collector.problem);
    }
  }

  /** Keeps the first error reported by lexer or parser; prints nothing. */
  private static final class FirstError extends BaseErrorListener {
    SyntaxProblem problem;

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer,
        Object offendingSymbol,
        int line,
        int charPositionInLine,
        String msg,
        RecognitionException e) {
      if (problem == null) {
        Token token = offendingSymbol instanceof Token t ? t : null;
        problem = new SyntaxProblem(token, charPositionInLine + 1);
      }
    }
  }
}
