package io.github.wsisdata.parser.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.internal.grammar.GrammarRunner.Failed;
import io.github.wsisdata.parser.internal.grammar.GrammarRunner.Outcome;
import io.github.wsisdata.parser.internal.grammar.GrammarRunner.Parsed;
import io.github.wsisdata.parser.internal.grammar.GrammarRunner.Stage;
import io.github.wsisdata.parser.internal.grammar.WsisParser.EntryLineContext;
import io.github.wsisdata.parser.testing.DateRangeArbitraries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * SLL prediction first, full LL only when SLL fails: the fallback is reached when SLL cannot parse
 * a line, and whatever path a line takes, the result equals a parse with full LL alone.
 */
class TwoStagePredictionTest {

  /** The go lines of the bundled page. */
  static List<String> seedGoLines() throws Exception {
    return Files.readAllLines(
            Path.of("seeds", "wsis-regional-and-thematic-meetings.txt"), StandardCharsets.UTF_8)
        .stream()
        .filter(l -> l.startsWith("go "))
        .toList();
  }

  private static Outcome<EntryLineContext> run(String line, boolean sllFirst) {
    return new GrammarRunner().run(line, WsisParser::entryLine, sllFirst);
  }

  /** The tree (with its alternative's class) or the error position, as text. */
  private static String shape(Outcome<EntryLineContext> outcome) {
    List<String> rules = Arrays.asList(WsisParser.ruleNames);
    if (outcome instanceof Parsed<EntryLineContext> p) {
      return p.tree().getClass().getSimpleName() + p.tree().toStringTree(rules);
    }
    Failed<EntryLineContext> f = (Failed<EntryLineContext>) outcome;
    return "error at token "
        + f.error().offending().getTokenIndex()
        + " in "
        + rules.get(f.error().context().getRuleIndex());
  }

  private static void sameAsFullLl(String line) {
    assertEquals(shape(run(line, false)), shape(run(line, true)), line);
  }

  @Test
  void validLinesNeedNoFallbackAndMatchFullLl() throws Exception {
    for (String line : seedGoLines()) {
      Outcome<EntryLineContext> r = run(line, true);
      assertTrue(r instanceof Parsed<EntryLineContext> p && p.stage() == Stage.SLL, line);
      sameAsFullLl(line);
    }
  }

  @Test
  void aLineSllCannotParseFallsBackToLlAndGetsLlsAnswer() {
    String broken = "go 12 2005, Geneva, ITU - No month";
    Outcome<EntryLineContext> r = run(broken, true);
    assertTrue(r instanceof Failed<EntryLineContext>, "full LL was tried and reported the error");
    assertEquals(6, ((Failed<EntryLineContext>) r).error().offending().getStartIndex());
    sameAsFullLl(broken);
  }

  @Provide
  Arbitrary<String> lines() throws Exception {
    List<String> seed = seedGoLines();
    return Arbitraries.oneOf(
        Arbitraries.of(seed),
        Arbitraries.of(seed).flatMap(DateRangeArbitraries::mutationsOf),
        DateRangeArbitraries.rendered().map(r -> "go " + r.text() + ", Geneva, ITU - T"));
  }

  @Property(tries = 500)
  void twoStageAlwaysAgreesWithFullLl(@ForAll("lines") String line) {
    sameAsFullLl(line);
  }
}
