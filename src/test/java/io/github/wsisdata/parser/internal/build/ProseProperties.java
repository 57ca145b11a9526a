package io.github.wsisdata.parser.internal.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Prose's word edges, hand-written for speed, strip what the regular expressions stripped. */
class ProseProperties {
  private static final Pattern EDGES = Pattern.compile("^[^\\p{L}']+|[^\\p{L}']+$");
  private static final Pattern EDGES_BUT_DIGITS =
      Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings()
        .withChars("aZé'’\"(),.;:-–0123456789²Ⅻ٣ \u00A0")
        .withCharRange('\uD800', '\uD801')
        .withChars("\uD835\uDC00".toCharArray())
        .ofMaxLength(12);
  }

  @Property(tries = 2000)
  void stripIsTheRegularExpressions(@ForAll("words") String word) {
    assertEquals(EDGES.matcher(word).replaceAll(""), Prose.strip(word, false), word);
    assertEquals(EDGES_BUT_DIGITS.matcher(word).replaceAll(""), Prose.strip(word, true), word);
  }

  @Example
  void examples() {
    assertEquals("Geneva", Prose.strip("(Geneva),", false));
    assertEquals("l'Internet", Prose.strip("«l'Internet»", false));
    assertEquals("'tis", Prose.strip("'tis", false));
    assertEquals("tis", Prose.strip("'tis", true));
    assertEquals("2005", Prose.strip("(2005).", true));
    assertEquals("", Prose.strip("(2005).", false));
  }
}
