package io.github.wsisdata.parser.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.wsisdata.parser.internal.grammar.GrammarRunner.Failed;
import io.github.wsisdata.parser.internal.grammar.GrammarRunner.Outcome;
import io.github.wsisdata.parser.internal.grammar.GrammarRunner.Parsed;
import io.github.wsisdata.parser.internal.grammar.WsisParser.EntryLineContext;
import io.github.wsisdata.parser.testing.DateRangeArbitraries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * {@link GrammarRunner}'s own streams (the line's {@link LexingView} as its character stream, the
 * tokens in a {@link LineTokens} array, end-of-input DFA edges cached by {@link
 * EofCachingSimulator}) give the parse that ANTLR's stock streams give ({@code CharStreams} and
 * {@code CommonTokenStream}, the stock simulator): the same tree, node for node, with the same
 * first and last token of every rule and the same text of every token and rule, every leaf included
 * (free text too); or the same first error, at the same token. In both trees, every rule's {@code
 * getText()} is the text of its tokens, one leaf for each: the generated accessors tell the truth.
 */
class StockStreamsProperties {

  /** Every rule (with its tokens' indexes and its text) and every token, depth first. */
  private static String describe(ParseTree node, CharStream chars) {
    StringBuilder out = new StringBuilder();
    describe(node, chars, out);
    return out.toString();
  }

  private static void describe(ParseTree node, CharStream chars, StringBuilder out) {
    if (node instanceof TerminalNode t) {
      out.append(t.getSymbol().getType())
          .append('@')
          .append(t.getSymbol().getTokenIndex())
          .append(':')
          .append(t.getSymbol().getStartIndex())
          .append('-')
          .append(t.getSymbol().getStopIndex())
          .append('=')
          .append(t.getText())
          .append(' ');
      return;
    }
    ParserRuleContext ctx = (ParserRuleContext) node;
    out.append('(')
        .append(ctx.getClass().getSimpleName())
        .append(' ')
        .append(ctx.start.getTokenIndex())
        .append("..")
        .append(ctx.stop == null ? "null" : ctx.stop.getTokenIndex());
    if (ctx.stop != null && ctx.stop.getStopIndex() >= ctx.start.getStartIndex()) {
      out.append(" \"")
          .append(chars.getText(Interval.of(ctx.start.getStartIndex(), ctx.stop.getStopIndex())))
          .append('"');
    }
    out.append(' ');
    // one leaf per token: the rule's text is its tokens' text, as the generated getText() says
    int tokens = ctx.stop == null ? 0 : ctx.stop.getTokenIndex() - ctx.start.getTokenIndex() + 1;
    assertEquals(Math.max(0, tokens), leaves(ctx), "leaves of " + ctx.getClass().getSimpleName());
    for (int i = 0; i < ctx.getChildCount(); i++) {
      describe(ctx.getChild(i), chars, out);
    }
    out.append(')');
  }

  /** How many leaves (tokens, end of line included) a subtree has. */
  private static int leaves(ParseTree node) {
    if (node instanceof TerminalNode) {
      return 1;
    }
    int n = 0;
    for (int i = 0; i < node.getChildCount(); i++) {
      n += leaves(node.getChild(i));
    }
    return n;
  }

  /** The line parsed by the runner (full LL alone, as the reference below). */
  private static String runner(String line) {
    Outcome<EntryLineContext> outcome = new GrammarRunner().run(line, WsisParser::entryLine, false);
    if (outcome instanceof Parsed<EntryLineContext> p) {
      return describe(p.tree(), p.chars());
    }
    Failed<EntryLineContext> f = (Failed<EntryLineContext>) outcome;
    return "error at token "
        + f.error().offending().getTokenIndex()
        + " of "
        + f.error().tokens().size()
        + " ("
        + f.error().offending().getText()
        + ")";
  }

  /** The same line through ANTLR's stock streams and simulators, full LL, stopping at an error. */
  private static String stock(String line) {
    CharStream chars = CharStreams.fromString(line);
    WsisLexer lexer = new LineLexer(chars);
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    WsisParser parser = new WsisParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return describe(parser.entryLine(), chars);
    } catch (ParseCancellationException e) {
      RecognitionException cause = (RecognitionException) e.getCause();
      tokens.fill();
      return "error at token "
          + cause.getOffendingToken().getTokenIndex()
          + " of "
          + tokens.getTokens().size()
          + " ("
          + cause.getOffendingToken().getText()
          + ")";
    }
  }

  @Example
  void everyLineOfTheBundledPageAndOfEveryShapePage() throws Exception {
    List<String> lines;
    try (Stream<Path> pages = Files.list(Path.of("src", "test", "resources", "shapes"))) {
      lines =
          Stream.concat(
                  TwoStagePredictionTest.seedGoLines().stream(),
                  pages.flatMap(
                      p -> {
                        try {
                          return Files.readAllLines(p, StandardCharsets.UTF_8).stream();
                        } catch (java.io.IOException e) {
                          throw new java.io.UncheckedIOException(e);
                        }
                      }))
              .toList();
    }
    for (String line : lines) {
      assertEquals(stock(line), runner(line), line);
    }
  }

  @Example
  void aLineWithCharactersOutsideTheBasicPlaneAndAnError() {
    String line =
        "go 5 \uD83D\uDE00 2005, Gen\u00E8ve \uD835\uDC00 (Suisse), ITU - T\u00ED\uD83D\uDE00";
    assertEquals(stock(line), runner(line));
    String good = "go 5 May 2005, Gen\u00E8ve \uD835\uDC00 (Suisse), ITU \uD83D\uDE00 - T\u00ED";
    assertEquals(stock(good), runner(good));
  }

  @Provide
  Arbitrary<String> lines() throws Exception {
    List<String> seed = TwoStagePredictionTest.seedGoLines();
    Arbitrary<String> noise =
        Arbitraries.strings()
            .withChars("go 0123456789 -\u2013\u00A0,.:;/()[]\"\u201C\u00E9\uD83D\uDE00abJunMay")
            .ofMaxLength(60)
            .map(s -> "go " + s);
    return Arbitraries.oneOf(
        Arbitraries.of(seed),
        Arbitraries.of(seed).flatMap(DateRangeArbitraries::mutationsOf),
        DateRangeArbitraries.rendered().map(r -> "go " + r.text() + ", Geneva, ITU - T"),
        noise);
  }

  @Property(tries = 1000)
  void theRunnersStreamsGiveTheStockParse(@ForAll("lines") String line) {
    assertEquals(stock(line), runner(line), line);
  }
}
