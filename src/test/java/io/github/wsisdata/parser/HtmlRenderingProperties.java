package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.internal.html.HtmlPage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Rendering never loses visible text: every word of a generated page, whatever markup holds it
 * (paragraphs, tables, lists, breaks, bold, fonts, links, images' alt text, entities, unclosed
 * tags), is on a rendered line, in order; and the reader takes any such page without failing.
 */
class HtmlRenderingProperties {

  /** A word and the markup around it. */
  record Piece(String word, String open, String close) {}

  @Provide
  Arbitrary<List<Piece>> pages() {
    Arbitrary<String> words =
        Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
            Arbitraries.of("go", "2005", "Geneva", "(Switzerland)", "ITU", "-", "June-", "1"));
    Arbitrary<String[]> markup =
        Arbitraries.of(
            new String[] {"", ""},
            new String[] {"<p>", "</p>"},
            new String[] {"<p>", ""},
            new String[] {"<b>", "</b>"},
            new String[] {"<font size=2>", "</font>"},
            new String[] {"<div>", "</div>"},
            new String[] {"<br>", ""},
            new String[] {"<br><br>", ""},
            new String[] {"<table><tr><td>", "</td><td>x</td></tr></table>"},
            new String[] {"<tr><td>", ""},
            new String[] {"<ul><li>", "</li></ul>"},
            new String[] {"<li>", ""},
            new String[] {"<a href=\"/x\">", "</a>"},
            new String[] {"<h3>", "</h3>"},
            new String[] {"&nbsp;", "&nbsp;"},
            new String[] {"<span>", ""});
    Arbitrary<Piece> piece =
        Combinators.combine(words, markup).as((w, m) -> new Piece(w, m[0], m[1]));
    return piece.list().ofMinSize(1).ofMaxSize(60);
  }

  @Property(tries = 400)
  void everyWordIsRenderedInOrder(@ForAll("pages") List<Piece> pieces) throws Exception {
    StringBuilder html = new StringBuilder("<html><body>");
    List<String> expected = new ArrayList<>();
    for (Piece p : pieces) {
      html.append(p.open()).append(' ').append(p.word()).append(' ').append(p.close());
      expected.add(p.word());
      if (p.close().contains(">x<")) {
        expected.add("x");
      }
    }
    html.append("</body></html>");
    byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
    HtmlPage.Rendered rendered = HtmlPage.render(bytes, null);
    String text = String.join("\n", rendered.lines());
    int at = 0;
    for (String word : expected) {
      int found = indexOfWord(text, word, at);
      assertTrue(found >= 0, "\"" + word + "\" after " + at + " in\n" + text + "\nfrom " + html);
      at = found + word.length();
    }
    // and the reader takes the page whatever it holds
    WsisParser.builder()
        .format(InputFormat.HTML)
        .build()
        .read(new java.io.ByteArrayInputStream(bytes));
  }

  /** The next occurrence of a word as a whole token (between spaces, line ends or NBSP). */
  private static int indexOfWord(String text, String word, int from) {
    int i = text.indexOf(word, from);
    while (i >= 0) {
      boolean start = i == 0 || isGap(text.charAt(i - 1));
      int end = i + word.length();
      if (start && (end == text.length() || isGap(text.charAt(end)))) {
        return i;
      }
      i = text.indexOf(word, i + 1);
    }
    return -1;
  }

  private static boolean isGap(char c) {
    return c == ' ' || c == '\n' || c == '\u00a0' || c == '\u2022';
  }
}
