package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * What the HTML report does to a page's text before jsoup escapes it: only what HTML cannot hold.
 */
class ReportTextTest {
  @Test
  void controlCharactersBecomeTheirPicturesAndTheRestStays() {
    String plain = "Genève – “WSIS” <b>&amp; 😀\ttab";
    assertSame(plain, ReportWriter.shown(plain), "nothing to change: the same string");
    assertEquals("a\u2401b\u2400c", ReportWriter.shown("a\u0001b\u0000c"));
    assertEquals("x\u2421", ReportWriter.shown("x\u007f"));
    assertEquals("\u240a\u240d", ReportWriter.shown("\n\r"));
    assertEquals("next\ufffdline", ReportWriter.shown("next\u0085line"), "a C1 control");
  }

  @Test
  void aLoneSurrogateIsReplacedAndAPairKept() {
    assertEquals("\ufffdx", ReportWriter.shown("\ud800x"));
    assertEquals("x\ufffd", ReportWriter.shown("x\udc00"));
    assertEquals("a\ud83d\ude00b", ReportWriter.shown("a\ud83d\ude00b"));
    assertEquals("\ufffd\ud83d\ude00", ReportWriter.shown("\udc00\ud83d\ude00"));
    assertEquals("\ufffd", ReportWriter.shown("\uffff"));
  }
}
