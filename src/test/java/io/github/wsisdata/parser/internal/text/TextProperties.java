package io.github.wsisdata.parser.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Text#normalize} by its definition: split at runs of white space (every code point {@link
 * Text#isSpace} holds for), drop empty parts, join with one space; for a {@code String} and for any
 * other {@code CharSequence} alike.
 */
class TextProperties {

  /** The definition, written the slow way. */
  private static String reference(String text) {
    StringBuilder out = new StringBuilder();
    StringBuilder word = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (Text.isSpace(cp)) {
                flush(out, word);
              } else {
                word.appendCodePoint(cp);
              }
            });
    flush(out, word);
    return out.toString();
  }

  private static void flush(StringBuilder out, StringBuilder word) {
    if (word.length() > 0) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word);
      word.setLength(0);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars(
            "ab. -\t\n\r\u000B\u000C\u001C\u001F\u0085\u00A0\u2007\u202F\u200B\uFEFF\u180E"
                + "\u00E9\u2013\uD83D\uDE00\uD800\u3000\u007F\u0000")
        .ofMaxLength(30);
  }

  @Property(tries = 3000)
  void normalizeIsItsDefinition(@ForAll("texts") String text) {
    assertEquals(reference(text), Text.normalize(text), text);
    assertEquals(reference(text), Text.normalize(new StringBuilder(text)), text);
  }

  /** Issue 27: the count the crawl's quick tests make without normalizing a line. */
  @Property(tries = 3000)
  void nonSpaceMoreThanCountsWhatNormalizingKeeps(
      @ForAll("texts") String text,
      @ForAll @net.jqwik.api.constraints.IntRange(max = 30) int limit) {
    long kept = text.codePoints().filter(cp -> !Text.isSpace(cp)).count();
    assertEquals(kept > limit, Text.nonSpaceMoreThan(text, limit), text);
    if (Text.nonSpaceMoreThan(text, limit)) {
      org.junit.jupiter.api.Assertions.assertTrue(Text.normalize(text).length() > limit, text);
    }
  }

  @Example
  void aNormalizedStringIsReturnedItselfAndATrimmedOneIsCut() {
    String plain = "Geneva (Switzerland), ITU - Title";
    assertSame(plain, Text.normalize(plain));
    assertEquals(plain, Text.normalize("\u00A0 " + plain + "\u00A0\t"));
    assertEquals("a b", Text.normalize("a\u00A0 b"));
    assertEquals("", Text.normalize("\u00A0\u200B "));
  }
}
