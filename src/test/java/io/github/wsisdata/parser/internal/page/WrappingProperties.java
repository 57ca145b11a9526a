package io.github.wsisdata.parser.internal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.wsisdata.parser.internal.source.SourceLine;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 27: the quick answer for pages of long lines ({@link Wrapping#tooWide}) only says "not
 * wrapped" where the full measure says so too.
 */
class WrappingProperties {
  @Provide
  Arbitrary<List<SourceLine>> windows() {
    Arbitrary<String> word =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9);
    Arbitrary<String> line =
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.just("")),
            Tuple.of(4, word.list().ofMinSize(1).ofMaxSize(14).map(w -> String.join(" ", w))),
            Tuple.of(3, word.list().ofMinSize(30).ofMaxSize(90).map(w -> String.join(" ", w))),
            Tuple.of(
                1,
                word.list()
                    .ofMinSize(20)
                    .ofMaxSize(60)
                    .map(w -> "  " + String.join("\u00a0 \t", w) + "   ")),
            Tuple.of(1, Arbitraries.of("Updated : 2008-08-18", "Copyright © ITU 2005")));
    Arbitrary<SourceLine> source =
        Arbitraries.frequencyOf(
            Tuple.of(30, line.map(SourceLine.Whole::new)),
            Tuple.of(1, Arbitraries.just(new SourceLine.TooLong("x", "999 characters", 500))));
    return source.list().ofMaxSize(120);
  }

  @Property(tries = 2000)
  void tooWideOnlyWhereTheMeasureFindsNoWrapping(@ForAll("windows") List<SourceLine> window) {
    boolean quick = Wrapping.tooWide(window);
    Statistics.collect(quick ? "too wide" : "measured");
    if (quick) {
      assertEquals(Wrapping.NONE, Wrapping.measure(window));
    }
    assertEquals(Wrapping.measure(window), Wrapping.detect(window));
  }
}
