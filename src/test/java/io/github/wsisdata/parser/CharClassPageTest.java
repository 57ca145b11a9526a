package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.wsisdata.parser.internal.text.CharClass;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page reader and the lexer agree on white space, dashes and bullets, through the public API: a
 * {@code go} line after any white space of the table, and a list item after any bullet or dash, is
 * the same meeting. (U+0085, NEXT LINE, once lost a meeting: the lexer called it white space, the
 * page reader did not.)
 */
class CharClassPageTest {
  private static final String REST = "1 May 2005, Geneva (Switzerland), ITU - Workshop on Spam";

  private static String read(String line) {
    WsisDocument doc = WsisParser.parseText("Heading\n\n" + line + "\n");
    List<Meeting> meetings = doc.meetings();
    if (meetings.size() != 1 || !doc.diagnostics().isEmpty()) {
      return meetings.size() + " meetings, " + doc.diagnostics();
    }
    Meeting m = meetings.get(0);
    return m.dates().toIsoString()
        + "|"
        + m.place().displayName()
        + "|"
        + m.organizers()
        + "|"
        + m.title();
  }

  private static final String EXPECTED = "2005-05-01|Geneva, Switzerland|[ITU]|Workshop on Spam";

  @Test
  void aGoLineAfterEveryKindOfWhiteSpace() {
    List<String> wrong = new ArrayList<>();
    for (int cp = 0; cp <= 0xFFFF; cp++) {
      // line breaks end the line itself: they are the source's business, not the line's
      if (CharClass.of(cp) != CharClass.SPACE || cp == '\n' || cp == '\r') {
        continue;
      }
      String got = read("go" + (char) cp + REST);
      if (!got.equals(EXPECTED)) {
        wrong.add(String.format("U+%04X: %s", cp, got));
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void aListItemAfterEveryBulletAndDash() {
    List<String> wrong = new ArrayList<>();
    for (int cp = 0; cp <= 0xFFFF; cp++) {
      CharClass c = CharClass.of(cp);
      if (c != CharClass.BULLET && c != CharClass.DASH) {
        continue;
      }
      String got = read((char) cp + " " + REST);
      if (!got.equals(EXPECTED)) {
        wrong.add(String.format("U+%04X: %s", cp, got));
      }
    }
    assertEquals(List.of(), wrong);
  }
}
