package io.github.wsisdata.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.internal.GrammarRunner.Prediction;
import io.github.wsisdata.parser.internal.GrammarRunner.Run;
import io.github.wsisdata.parser.internal.grammar.WsisParser;
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

  private static List<String> seedGoLines() throws Exception {
    return Files.readAllLines(
            Path.of("seeds", "wsis-regional-and-thematic-meetings.txt"), StandardCharsets.UTF_8)
        .stream()
        .filter(l -> l.startsWith("go "))
        .toList();
  }

  private static Run<EntryLineContext> run(String line, Prediction prediction, boolean reuse) {
    return GrammarRunner.run(line, WsisParser::entryLine, prediction, reuse);
  }

  private static void sameAsFullLl(String line) {
    Run<EntryLineContext> twoStage = run(line, Prediction.TWO_STAGE, true);
    Run<EntryLineContext> fresh = run(line, Prediction.TWO_STAGE, false);
    Run<EntryLineContext> ll = run(line, Prediction.LL_ONLY, false);
    List<String> rules = Arrays.asList(WsisParser.ruleNames);
    String expected = ll.tree().getClass().getSimpleName() + ll.tree().toStringTree(rules);
    assertEquals(
        expected,
        twoStage.tree().getClass().getSimpleName() + twoStage.tree().toStringTree(rules),
        line);
    assertEquals(
        expected, fresh.tree().getClass().getSimpleName() + fresh.tree().toStringTree(rules), line);
    assertEquals(ll.ok(), twoStage.ok(), line);
    if (!ll.ok()) {
      assertEquals(ll.problem().column(), twoStage.problem().column(), line);
    }
  }

  @Test
  void validLinesNeedNoFallbackAndMatchFullLl() throws Exception {
    long before = GrammarRunner.llFallbacks();
    for (String line : seedGoLines()) {
      Run<EntryLineContext> r = run(line, Prediction.TWO_STAGE, true);
      assertTrue(r.ok(), line);
      assertNull(r.problem());
    }
    assertEquals(before, GrammarRunner.llFallbacks(), "SLL sufficed for every line of the page");
    for (String line : seedGoLines()) {
      sameAsFullLl(line);
    }
  }

  @Test
  void aLineSllCannotParseFallsBackToLlAndGetsLlsAnswer() {
    String broken = "go 12 2005, Geneva, ITU - No month";
    long before = GrammarRunner.llFallbacks();
    Run<EntryLineContext> r = run(broken, Prediction.TWO_STAGE, true);
    assertEquals(before + 1, GrammarRunner.llFallbacks(), "full LL was tried");
    assertNotNull(r.problem(), "and reported the syntax error");
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
