package io.github.wsisdata.parser.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Text held in memory is cut into the lines a reader over the same text gives: terminators, a byte
 * order mark, empty lines, a final terminator, and lines over the limit (their kept start and their
 * size).
 */
class TextLinesProperties {

  private static List<SourceLine> all(LineSource source) {
    List<SourceLine> lines = new ArrayList<>();
    source.forEachRemaining(lines::add);
    return lines;
  }

  private static void same(String text, int limit) {
    assertEquals(
        all(new ReaderLines(new StringReader(text), limit)),
        all(new TextLines(text, limit)),
        () -> "limit " + limit + ": " + text.replace("\r", "\\r").replace("\n", "\\n"));
  }

  @Example
  void terminatorsAndTheByteOrderMark() {
    assertEquals(
        List.of(
            new SourceLine.Whole("a"),
            new SourceLine.Whole(""),
            new SourceLine.Whole("b"),
            new SourceLine.Whole("c")),
        all(new TextLines("\uFEFFa\r\n\rb\nc\r", 100)));
    assertEquals(List.of(), all(new TextLines("", 100)));
    assertEquals(List.of(), all(new TextLines("\uFEFF", 100)));
    assertEquals(
        List.of(new SourceLine.TooLong("abcd", "4 characters", 3), new SourceLine.Whole("ef")),
        all(new TextLines("abcd\nef", 3)));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab \r\n\uFEFF\uD83D\uDE00\u00A0").ofMaxLength(40),
        Arbitraries.strings().withChars("x\n\r").ofMinLength(900).ofMaxLength(2_600));
  }

  @Property(tries = 1000)
  void theLinesOfAReaderOverTheSameText(
      @ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 1_200) int limit) {
    same(text, limit);
    same(text, 5);
  }
}
