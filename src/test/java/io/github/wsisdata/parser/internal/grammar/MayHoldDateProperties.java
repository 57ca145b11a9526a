package io.github.wsisdata.parser.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 27: the quick look at a line's characters ({@link GrammarRunner#mayHoldDateChars}) never
 * says "no date" of a line whose tokens hold a month or a numeric date ({@link
 * GrammarRunner#mayHoldDate(String)}), whatever the case, accents, spacing and neighbours.
 */
class MayHoldDateProperties {
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            Tuple.of(
                4,
                Arbitraries.of(
                    "jan",
                    "January",
                    "ENERO",
                    "ene.",
                    "févr.",
                    "FÉV",
                    "\u017Fep",
                    "SEPT.",
                    "août",
                    "AOÛT",
                    "aout",
                    "Mayo",
                    "mai",
                    "juil.",
                    "Dic.",
                    "déc",
                    "Sept",
                    "set",
                    "ago",
                    "junio",
                    "Juin",
                    "may5",
                    "5th",
                    "1er",
                    "12",
                    "2005",
                    "3",
                    "/",
                    ".",
                    "-",
                    "\u2013",
                    " ",
                    "\u00a0",
                    "\u200b",
                    "\ufeff",
                    "\t",
                    "\u2028",
                    "(",
                    ")",
                    "[12]",
                    ",",
                    "x",
                    "Q",
                    "é",
                    "\u0130",
                    "\u212a",
                    "go",
                    "•")),
            Tuple.of(1, Arbitraries.strings().all().ofMaxLength(3)));
    return piece.list().ofMaxSize(12).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void theQuickLookNeverMissesADate(@ForAll("texts") String text) {
    boolean tokens = new GrammarRunner().mayHoldDate(text);
    Statistics.collect(tokens ? "date" : "none");
    if (tokens) {
      assertTrue(GrammarRunner.mayHoldDateChars(text), text);
    }
  }

  @Example
  void linesOfFiguresAndWordsHoldNone() {
    assertFalse(GrammarRunner.mayHoldDateChars("SG 12 Q.3/5 245 2003"));
    assertFalse(GrammarRunner.mayHoldDateChars("© ITU 2006 | Contact us | Site map"));
    assertTrue(GrammarRunner.mayHoldDateChars("Updated : 2008-08-18"));
    assertTrue(GrammarRunner.mayHoldDateChars("3 / 5 / 2005"));
    assertTrue(GrammarRunner.mayHoldDateChars("On 12 MAY the"));
    assertTrue(GrammarRunner.mayHoldDateChars("1er AOÛT"));
  }
}
