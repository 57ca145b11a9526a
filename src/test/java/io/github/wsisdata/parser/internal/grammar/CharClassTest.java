package io.github.wsisdata.parser.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.wsisdata.parser.internal.text.CharClass;
import io.github.wsisdata.parser.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * The lexer's character sets (written out in {@code grammar/WsisLexer.g4}), its ASCII stand-ins and
 * text normalization put every code point of the Basic Multilingual Plane in the class that {@link
 * CharClass} gives it.
 */
class CharClassTest {

  /** The class the generated lexer gives a character standing alone. */
  private static CharClass lexerClass(int cp) {
    WsisLexer lexer = new WsisLexer(CharStreams.fromString(new String(Character.toChars(cp))));
    lexer.removeErrorListeners();
    Token token = lexer.nextToken();
    return switch (token.getType()) {
      case Token.EOF -> CharClass.SPACE; // skipped: white space
      case WsisLexer.DASH -> CharClass.DASH;
      case WsisLexer.BULLET -> CharClass.BULLET;
      case WsisLexer.QUOTE -> CharClass.QUOTE;
      default -> CharClass.OTHER;
    };
  }

  private static boolean isSurrogate(int cp) {
    return cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
  }

  @Test
  void theLexerPutsEveryCodePointInTheTablesClass() {
    List<String> disagree = new ArrayList<>();
    for (int cp = 0; cp <= 0xFFFF; cp++) {
      if (isSurrogate(cp)) {
        continue;
      }
      CharClass lexer = lexerClass(cp);
      if (lexer != CharClass.of(cp)) {
        disagree.add(String.format("U+%04X lexer %s table %s", cp, lexer, CharClass.of(cp)));
      }
    }
    assertEquals(List.of(), disagree);
  }

  @Test
  void everyStandInIsOfItsCharactersClass() {
    List<String> disagree = new ArrayList<>();
    for (int cp = 0x80; cp <= 0xFFFF; cp++) {
      if (isSurrogate(cp)) {
        continue;
      }
      int standIn = LexingView.standIn(cp);
      boolean literalLetter = standIn == cp;
      if (!literalLetter && CharClass.of(standIn) != CharClass.of(cp)) {
        disagree.add(String.format("U+%04X stands as %c", cp, (char) standIn));
      }
      if (literalLetter && CharClass.of(cp) != CharClass.OTHER) {
        disagree.add(String.format("U+%04X stands as itself", cp));
      }
    }
    assertEquals(List.of(), disagree);
  }

  @Test
  void normalizationSplitsAtExactlyTheTablesWhiteSpace() {
    List<String> disagree = new ArrayList<>();
    for (int cp = 0; cp <= 0xFFFF; cp++) {
      if (isSurrogate(cp)) {
        continue;
      }
      boolean space = CharClass.of(cp) == CharClass.SPACE;
      String between = "a" + (char) cp + "b";
      String expected = space ? "a b" : between;
      if (Text.isSpace(cp) != space
          || Text.isSpace((char) cp) != space
          || !Text.normalize(between).equals(expected)
          || !Text.normalize((CharSequence) new StringBuilder(between)).equals(expected)) {
        disagree.add(String.format("U+%04X", cp));
      }
    }
    assertEquals(List.of(), disagree);
  }

  @Test
  void theSpacesTheIssueNamed() {
    for (int cp : new int[] {0x85, 0xA0, 0x202F, 0x2009, 0x200B, 0xFEFF, 0x1C, '\t'}) {
      assertEquals(CharClass.SPACE, CharClass.of(cp), Integer.toHexString(cp));
    }
    assertEquals(CharClass.DASH, CharClass.of('\u2013'));
    assertEquals(CharClass.BULLET, CharClass.of('\u2022'));
    assertEquals(CharClass.QUOTE, CharClass.of('\u201C'));
    assertEquals(CharClass.OTHER, CharClass.of('\''));
    assertEquals(CharClass.OTHER, CharClass.of('e'));
  }
}
