package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a browser shows of an HTML page is read, and what it hides is either meant to be hidden or
 * reported (docs/format.md, "HTML pages"): the silent losses of the attack run (issue 29).
 */
class HtmlNothingLostTest {
  @TempDir Path dir;

  private static final String HEAD = "<html><body><h3>WSIS Thematic Meetings</h3>";
  private static final String ONE =
      "<p><img alt=\"go\"> 1 May 2005, Geneva (Switzerland), ITU - Workshop One</p>";
  private static final String TWO =
      "<p><img alt=\"go\"> 2 May 2005, Paris (France), UNESCO - Workshop Two</p>";
  private static final String TAIL = "</body></html>";

  private WsisDocument html(String name, String page) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, page);
    return WsisParser.parse(file);
  }

  private static List<String> titles(WsisDocument doc) {
    return doc.meetings().stream().map(Meeting::title).toList();
  }

  @Test
  void aFormsTextIsRead() throws IOException {
    // ASP.NET pages wrap the whole body in a form
    WsisDocument doc =
        html(
            "f.aspx",
            "<html><body><form id=\"aspnetForm\"><h3>WSIS Thematic Meetings</h3>"
                + "<p><img alt=\"go\"> 1 May 2005, Geneva (Switzerland), ITU - X</p></form>"
                + TAIL);
    assertEquals(List.of("X"), titles(doc));
    assertEquals(List.of(), doc.diagnostics());
  }

  @Test
  void onlyAMatchedPairOfToolbarMarkersDropsWhatIsBetween() throws IOException {
    WsisDocument unmatched =
        html("a.html", HEAD + "<!-- BEGIN WAYBACK TOOLBAR INSERT -->" + ONE + TWO + TAIL);
    assertEquals(List.of("Workshop One", "Workshop Two"), titles(unmatched));
    WsisDocument mentioned =
        html(
            "b.html",
            HEAD
                + "<!-- the BEGIN WAYBACK TOOLBAR INSERT marker is handled -->"
                + ONE
                + "<!-- END WAYBACK TOOLBAR INSERT -->"
                + TWO
                + TAIL);
    assertEquals(List.of("Workshop One", "Workshop Two"), titles(mentioned));
    WsisDocument matched =
        html(
            "c.html",
            HEAD
                + "<!-- BEGIN WAYBACK TOOLBAR INSERT --><div>Wayback Machine 12 captures</div>"
                + "<!-- END WAYBACK TOOLBAR INSERT -->"
                + ONE
                + TAIL);
    assertEquals(List.of("Workshop One"), titles(matched));
    assertTrue(
        matched.lineRoles().size() < 6, "the toolbar's text is gone: " + matched.lineRoles());
  }

  @Test
  void onlyStylesThatHideHide() throws IOException {
    WsisDocument doc =
        html(
            "s.html",
            HEAD
                + "<div style=\"overflow: hidden; width: 50%\">"
                + ONE
                + "</div><div style=\"DISPLAY : none !important\">"
                + TWO
                + "</div><div class=\"hidden\">"
                + "<p><img alt=\"go\"> 3 May 2005, Tunis (Tunisia), ITU - Workshop Three</p></div>"
                + TAIL);
    assertEquals(List.of("Workshop One", "Workshop Three"), titles(doc));
  }

  @Test
  void anElementLeftOpenToTheEndIsReported() throws IOException {
    for (String open : List.of("<script>var x = 1;", "<textarea>", "<!-- note", "<style>")) {
      WsisDocument doc = html("u.html", HEAD + ONE + open + TWO + TAIL);
      assertEquals(List.of("Workshop One"), titles(doc), open);
      assertEquals(1, doc.diagnostics().size(), open + ": " + doc.diagnostics());
      Diagnostic d = doc.diagnostics().get(0);
      assertEquals(DiagnosticCode.HTML_TEXT_HIDDEN, d.code(), open);
      assertEquals(Severity.WARNING, d.severity());
      assertEquals(1, d.line());
      assertEquals((HEAD + ONE).length() + 1, d.column(), open);
      assertTrue(d.message().contains("never closed"), d.message());
    }
    // a closed script hides nothing that was meant to be seen
    WsisDocument closed = html("k.html", HEAD + ONE + "<script>var x = 1;</script>" + TWO + TAIL);
    assertEquals(List.of("Workshop One", "Workshop Two"), titles(closed));
    assertEquals(List.of(), closed.diagnostics());
  }

  @Test
  @Timeout(60) // quadratic removal took 180 s for 400,000 comments; linear takes about a second
  void manyCommentsAreDroppedInLinearTime() throws IOException {
    String comments = "<!--c-->x ".repeat(400_000);
    WsisDocument doc = html("m.html", HEAD + ONE + "<p>" + comments + "</p>" + TWO + TAIL);
    assertEquals(List.of("Workshop One", "Workshop Two"), titles(doc));
  }

  @Test
  void onlyTheEncodingsOfTheWhatwgStandardAreHonoured() throws IOException {
    for (String label : List.of("utf-32", "cp037", "unicode", "x-unknown")) {
      WsisDocument doc =
          html(
              "e.html",
              "<html><head><meta charset=\""
                  + label
                  + "\"></head><body>"
                  + "<h3>WSIS Thematic Meetings</h3>"
                  + ONE
                  + TAIL);
      assertEquals(List.of("Workshop One"), titles(doc), label);
      assertEquals("UTF-8", doc.sourceInfo().charset(), label);
    }
    WsisDocument turkish =
        html("t.html", "<html><head><meta charset=\"iso-8859-9\"></head><body>" + ONE + TAIL);
    assertEquals("windows-1254", turkish.sourceInfo().charset());
  }

  @Test
  void bytesThatAreNotUtf8InAUtf8PageAreReported() throws IOException {
    Path file = dir.resolve("bad.html");
    // declared UTF-8 (without a declaration, bytes that are not UTF-8 make it windows-1252)
    byte[] before =
        ("<html><head><meta charset=\"utf-8\"></head><body><h3>WSIS Thematic Meetings</h3>"
                + "\n<p><img alt=\"go\"> 1 May 2005, Gen")
            .getBytes(StandardCharsets.UTF_8);
    byte[] after = "ve (Switzerland), ITU - X</p>\n</body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] page = new byte[before.length + 1 + after.length];
    System.arraycopy(before, 0, page, 0, before.length);
    page[before.length] = (byte) 0xC3; // a lead byte with no continuation
    System.arraycopy(after, 0, page, before.length + 1, after.length);
    Files.write(file, page);
    WsisDocument doc = WsisParser.parse(file);
    assertEquals(1, doc.meetings().size());
    assertEquals(1, doc.diagnostics().size(), doc.diagnostics().toString());
    Diagnostic d = doc.diagnostics().get(0);
    assertEquals(DiagnosticCode.MALFORMED_UTF8, d.code());
    assertEquals(Severity.ERROR, d.severity());
    assertEquals(2, d.line());
    assertTrue(d.message().contains("0xC3"), d.message());
    assertThrows(
        WsisParseException.class, () -> WsisParser.builder().strict(true).build().read(file));
  }

  /** Open file descriptors of this process that name a file (Linux's /proc). */
  private static long openFiles(Path file) throws IOException {
    try (java.util.stream.Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.filter(
              fd -> {
                try {
                  return Files.readSymbolicLink(fd).equals(file);
                } catch (IOException e) {
                  return false; // closed while listed
                }
              })
          .count();
    }
  }

  @Test
  void everyHtmlFileIsClosedWhenItIsRead() throws IOException {
    Path file = dir.toRealPath().resolve("closed.html");
    Files.writeString(file, HEAD + ONE + TAIL);
    for (int i = 0; i < 20; i++) {
      WsisParser.parse(file);
      try (java.util.stream.Stream<Entry> entries =
          WsisParser.builder().build().stream(file, d -> {})) {
        assertEquals(1, entries.count());
      }
    }
    assertEquals(0, openFiles(file));
  }

  @Test
  void onlyLinksAReaderCanFollowAreKept() throws IOException {
    WsisDocument doc =
        html(
            "l.html",
            HEAD
                + "<p><img alt=\"go\"> 1 May 2005, Geneva (Switzerland), ITU - "
                + "<a href=\"vbscript:msgbox(1)\">A</a> <a href=\"file:///etc/passwd\">B</a> "
                + "<a href=\"//evil.example/x\">C</a> <a href=\"http://www.itu.int/a\">D</a> "
                + "<a href=\"mailto:wsis@itu.int\">E</a> <a href=\"docs/f.pdf\">F</a></p>"
                + TAIL);
    assertEquals(
        List.of("http://www.itu.int/a", "mailto:wsis@itu.int", "docs/f.pdf"),
        doc.meetings().get(0).links().stream().map(l -> l.target().toString()).toList());
  }

  @Test
  void linesOfAPageWithCarriageReturnsOnlyAreCountedAsLines() throws IOException {
    String page =
        "<html><body>\r<h3>WSIS Thematic Meetings</h3>\r"
            + "<p><img alt=\"go\"> 31 February 2005, Geneva (Switzerland), ITU - X</p>\r"
            + TAIL;
    WsisDocument cr = html("cr.html", page);
    WsisDocument lf = html("lf.html", page.replace('\r', '\n'));
    assertEquals(1, cr.diagnostics().size(), cr.diagnostics().toString());
    assertEquals(3, cr.diagnostics().get(0).line());
    assertEquals(lf.diagnostics().get(0).line(), cr.diagnostics().get(0).line());
    assertEquals(lf.diagnostics().get(0).column(), cr.diagnostics().get(0).column());
  }
}
