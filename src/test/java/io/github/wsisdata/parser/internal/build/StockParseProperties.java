package io.github.wsisdata.parser.internal.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.internal.grammar.LineLexer;
import io.github.wsisdata.parser.internal.grammar.WsisParser;
import io.github.wsisdata.parser.testing.DateRangeArbitraries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The records of a line are the same whether its tree comes from the runner (its own character
 * view, token array and cached simulator, SLL first) or from ANTLR's stock {@code CharStreams},
 * {@code CommonTokenStream} and parser with full LL: free text included (titles, organizers,
 * places, labels, notes, references), since the builder reads every piece through the generated
 * accessors and the tokens of the parse.
 */
class StockParseProperties {

  /** What the stock streams' parse of a line builds, or empty if it does not parse. */
  private static <T extends ParserRuleContext> Optional<ParsedLine> stock(
      String raw, Function<WsisParser, T> rule) {
    CharStream chars = CharStreams.fromString(raw);
    LineLexer lexer = new LineLexer(chars);
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    WsisParser parser = new WsisParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    parser.setErrorHandler(new BailErrorStrategy());
    T tree;
    try {
      tree = rule.apply(parser);
    } catch (ParseCancellationException e) {
      return Optional.empty();
    }
    LineText line = new LineText(chars, tokens, raw, 7, LineText.span(raw, 7));
    return Optional.of(new EntryVisitor(line, new Interner(), new DateOrder()).read(tree));
  }

  private static void same(String raw) {
    ParsedLine go = new LineParser().read(raw, 7);
    Optional<ParsedLine> stockGo = stock(raw, WsisParser::entryLine);
    if (stockGo.isPresent()) {
      assertEquals(stockGo.get(), go, raw);
    } else {
      assertEquals(ParsedLine.Failed.class, go.getClass(), raw);
    }
    String unmarked = raw.replaceFirst("^\\s*(go|[•*-])\\s+", "");
    assertEquals(
        stock(unmarked, WsisParser::standaloneLine),
        new LineParser().readIfParsedForTest(unmarked, 7),
        unmarked);
  }

  /** The lines with a digit of the bundled page and of every shape page. */
  static List<String> pageLines() {
    try (Stream<Path> pages = Files.list(Path.of("src", "test", "resources", "shapes"))) {
      return Stream.concat(
              Stream.of(Path.of("seeds", "wsis-regional-and-thematic-meetings.txt")), pages)
          .flatMap(
              p -> {
                try {
                  return Files.readAllLines(p, StandardCharsets.UTF_8).stream();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .filter(l -> !l.isBlank() && l.chars().anyMatch(Character::isDigit))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Example
  void everyDatedLineOfTheBundledPageAndOfEveryShapePage() {
    List<String> lines = pageLines();
    assertTrue(lines.size() > 100, "lines: " + lines.size());
    lines.forEach(StockParseProperties::same);
  }

  @Provide
  Arbitrary<String> lines() {
    List<String> seed = pageLines();
    return Arbitraries.oneOf(
        Arbitraries.of(seed),
        Arbitraries.of(seed).flatMap(DateRangeArbitraries::mutationsOf),
        DateRangeArbitraries.rendered().map(r -> "go " + r.text() + ", Geneva, ITU - T"),
        DateRangeArbitraries.rendered().map(r -> "Workshop on Spam, " + r.text() + ", Nairobi"));
  }

  @Property(tries = 500)
  void theRunnerBuildsWhatTheStockParseBuilds(@ForAll("lines") String line) {
    same(line);
  }

  /**
   * A line with no marker that holds no month name and no numeric date is text without being parsed
   * (GrammarRunner.runDated): what the parse would have made of it is text too.
   */
  @Property(tries = 1000)
  void skippingTheParseOfAnUndatedLineNeverLosesAnEntry(@ForAll("lines") String line) {
    String unmarked = line.replaceFirst("^\\s*(go|[•*-])\\s+", "");
    LineParser parser = new LineParser();
    LineParser.Reading parsed = parser.readStandalone(unmarked, unmarked, 7, false);
    LineParser.Reading tested = parser.readStandalone(unmarked, unmarked, 7, true);
    assertEquals(parsed.entry(), tested.entry(), unmarked);
  }

  @Example
  void linesOfFiguresAreNotParsed() {
    LineParser parser = new LineParser();
    for (String row :
        List.of("SG 9 Q.19/1 666 2003", "Resolution 73 (Rev. 2006) 12 14", "12 345")) {
      assertEquals(
          "the line holds no month name and no numeric date",
          parser.readStandalone(row, row, 7, true).reason(),
          row);
      assertEquals(null, parser.readStandalone(row, row, 7, false).entry(), row);
    }
    // a month name or a numeric date is parsed
    for (String dated : List.of("Workshop, 5 May 2005, Geneva", "Workshop, 05/06/2005, Geneva")) {
      assertTrue(parser.readStandalone(dated, dated, 7, true).entry() != null, dated);
    }
  }
}
