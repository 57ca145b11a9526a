package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines and columns point into the HTML source, counted in code points like text input, after
 * characters outside the Basic Multilingual Plane, inline elements, character references and
 * collapsed white space (issue 29, point 17).
 */
class HtmlPositionsTest {
  @TempDir Path dir;

  private static final String HEAD = "<html><body>\n<h3>WSIS Thematic Meetings</h3>\n";
  private static final String TAIL = "\n</body></html>\n";

  /** A 31 February: an ERROR whose column is that of the "31". */
  private Diagnostic dateError(String line) throws IOException {
    Path file = Files.writeString(dir.resolve("p.html"), HEAD + line + TAIL);
    WsisDocument doc = WsisParser.parse(file);
    assertEquals(1, doc.diagnostics().size(), doc.diagnostics().toString());
    Diagnostic d = doc.diagnostics().get(0);
    assertEquals(3, d.line(), "the third line of the HTML");
    return d;
  }

  /** The 1-based code-point column of the first {@code what} in {@code line}. */
  private static int column(String line, String what) {
    return line.codePointCount(0, line.indexOf(what)) + 1;
  }

  @Test
  void columnsAfterAstralCharactersCountCodePoints() throws IOException {
    String line =
        "<p>\uD83D\uDE00\uD83D\uDE00\uD835\uDC00</p><p><img alt=\"go\"> 31 February 2005,"
            + " Geneva (Switzerland), ITU - X</p>";
    Path file = Files.writeString(dir.resolve("a.html"), HEAD + line + TAIL);
    Diagnostic d = WsisParser.parse(file).diagnostics().get(0);
    assertEquals(column(line, "31"), d.column());
    // three astral characters before it: six UTF-16 units, three code points
    assertEquals(line.indexOf("31") - 2, d.column());
  }

  @Test
  void theEntryStartsAtItsImageInCodePoints() throws IOException {
    String line =
        "<p>\uD83D\uDE00</p><p><img alt=\"go\"> 1 May 2005, Geneva (Switzerland), ITU - X</p>";
    Path file = Files.writeString(dir.resolve("b.html"), HEAD + line + TAIL);
    Entry entry = WsisParser.parse(file).entries().get(0);
    assertEquals(3, entry.source().line());
    assertEquals(column(line, "<img"), entry.source().startColumn());
  }

  @Test
  void columnsAfterInlineElementsAreThoseOfTheText() throws IOException {
    String line =
        "<p><b>go</b> <i>31</i> <span class=\"m\">February</span> 2005, Geneva (Switzerland),"
            + " ITU - X</p>";
    assertEquals(column(line, "31"), dateError(line).column());
    // a text node that starts with the space after an inline element
    String after = "<p><b>go</b> 31 February 2005, Geneva (Switzerland), ITU - X</p>";
    assertEquals(column(after, "31"), dateError(after).column());
  }

  @Test
  void columnsAfterCharacterReferencesAndCollapsedSpaceAreThoseOfTheText() throws IOException {
    String line = "<p>go&nbsp;&#32;   &amp;&#x20;31 February 2005, Geneva (Switzerland), ITU</p>";
    // "go" + NBSP + " " + "&" ... the date is read after a stray "&"; its column is the "31"'s
    Path file = Files.writeString(dir.resolve("c.html"), HEAD + line + TAIL);
    WsisDocument doc = WsisParser.parse(file);
    Diagnostic d = doc.diagnostics().get(doc.diagnostics().size() - 1);
    assertEquals(3, d.line(), doc.diagnostics().toString());
    assertEquals(column(line, "31"), d.column(), doc.diagnostics().toString());
  }

  @Test
  void aDateOnTheNextSourceLineIsOnThatLine() throws IOException {
    String line = "<p><img alt=\"go\">\n      31 February 2005, Geneva (Switzerland), ITU - X</p>";
    Path file = Files.writeString(dir.resolve("d.html"), HEAD + line + TAIL);
    Diagnostic d = WsisParser.parse(file).diagnostics().get(0);
    assertEquals(4, d.line());
    assertEquals(7, d.column(), "after six spaces");
  }
}
