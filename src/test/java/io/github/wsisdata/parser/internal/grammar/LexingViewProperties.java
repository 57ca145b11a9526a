package io.github.wsisdata.parser.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * The lexer makes the same tokens (type, start, stop, text) from a line and from its {@link
 * LexingView}: the view changes how fast, never what.
 */
class LexingViewProperties {

  static List<String> tokens(CharStream input) {
    WsisLexer lexer = new LineLexer(input);
    lexer.removeErrorListeners();
    List<String> out = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      out.add(t.getType() + "@" + t.getStartIndex() + ":" + t.getStopIndex() + "=" + t.getText());
    }
    return out;
  }

  static void same(String line) {
    assertEquals(tokens(CharStreams.fromString(line)), tokens(new LexingView(line)), line);
  }

  /** Every character that has a class of its own in the lexer, and letters around them. */
  private static final String SPECIAL =
      "\u00A0\u1680\u2000\u2005\u200A\u202F\u205F\u3000\u0085\u2028\u2029\u180E\u200B\uFEFF"
          + "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D"
          + "\u2022\u00B7\u25E6\u25AA\u2023\u25CB\u25A0\u25BA\u25B8"
          + "\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019"
          + "\u00E9\u00C9\u00E1\u00C1\u00FB\u00DB\u00E8\u00F1\u00FC\u00E7\u00EA\u00F4"
          + "\u00A9\u20AC\u0416\u4E2D\u2009\u00AD\u2060\u3001"
          + " -*\"'()[],.:;/&!?+=<>|@#$%^_`~{}\\\t0123456789"
          + "abcdefghijklmnopqrstuvwxyzJUNEAOUTDECFEVMIRCOLESABDgoto";

  @Provide
  Arbitrary<String> lines() {
    Arbitrary<String> special = Arbitraries.strings().withChars(SPECIAL).ofMaxLength(40);
    Arbitrary<String> words =
        Arbitraries.of(
                "ao\u00FBt",
                "AO\u00DBT",
                "d\u00E9c",
                "D\u00C9CEMBRE",
                "f\u00E9vrier",
                "F\u00C9V.",
                "mi\u00E9rcoles",
                "MI\u00C9RCOLES",
                "s\u00E1bado",
                "S\u00C1BADO",
                "go",
                "to",
                "du",
                "au",
                "de",
                "d\u00E9",
                "t\u00F6",
                "g\u00F6",
                "o",
                "\u00F6",
                "28",
                "1st",
                "June",
                "juin",
                "Gen\u00E8ve",
                "\u2013",
                " \u2013 ",
                "(",
                ")",
                "\u00A0",
                "[note]")
            .list()
            .ofMaxSize(12)
            .map(w -> String.join(" ", w));
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(30);
    return Arbitraries.oneOf(special, words, any);
  }

  @Property(tries = 3000)
  void everyLineLexesTheSameThroughTheView(@ForAll("lines") String line) {
    same(line);
  }

  @Test
  void realShapes() {
    for (String line :
        List.of(
            "go 28 June\u2013 1 July 2005, Gen\u00E8ve (Suisse), UIT \u2013 R\u00E9union",
            "\u2022 12\u00A0ao\u00FBt 2005 \u2013 \u201CTitle\u201D",
            "\u00B7 1er d\u00E9cembre 2005, Tunis",
            "go 3 mi\u00E9rcoles, s\u00E1bado 5 F\u00C9V. 2005 \u2014 x",
            "o 16-18 November 2005, Tunis (Tunisia), ITU - World Summit",
            "\u2013 Bamako, Mali, 8-9 March 2005",
            "go\u00A0\u00A028\u202FJune\u20092005, \u041C\u043E\u0441\u043A\u0432\u0430, \uD83D\uDE00")) {
      same(line);
    }
  }
}
