package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.wsisdata.parser.internal.text.Text;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Exact provenance: raw lines, columns after a byte order mark, days with leading zeros. */
class ProvenanceTest {

  @Test
  void theUpdateDateDiagnosticKeepsTheRawLine() {
    String raw = "   Updated :\u00A0 2008-02-30   ";
    Diagnostic d = WsisParser.parseText(" H\n\n" + raw + "\n").diagnostics().get(0);
    assertEquals(DiagnosticCode.INVALID_UPDATE_DATE, d.code());
    assertEquals(raw, d.sourceLine());
  }

  @Test
  void columnsCountFromTheFirstCharacterAfterAByteOrderMark() throws Exception {
    byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, 'x', '\n'};
    byte[] without = {(byte) 0xC3, 'x', '\n'};
    WsisParser parser = WsisParser.builder().build();
    Diagnostic a = parser.read(new ByteArrayInputStream(withBom)).diagnostics().get(0);
    Diagnostic b = parser.read(new ByteArrayInputStream(without)).diagnostics().get(0);
    assertEquals(DiagnosticCode.MALFORMED_UTF8, a.code());
    assertEquals(1, a.column());
    assertEquals("\uFFFDx", a.sourceLine());
    assertEquals(b.column(), a.column());
    assertEquals(b.sourceLine(), a.sourceLine());
  }

  @Test
  void aByteOrderMarkAloneIsAnEmptyPage() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    WsisDocument doc = WsisParser.builder().build().read(new ByteArrayInputStream(bom));
    assertEquals(0, doc.lineRoles().size());
  }

  @Test
  void leadingZerosAreReadInDays() {
    Meeting m = Pages.onlyMeeting("go 0001 May 2005, Geneva, ITU - T");
    assertEquals(LocalDate.of(2005, 5, 1), m.dates().start());
    assertEquals(LocalDate.of(2005, 5, 1), DateRange.parse("0001 May 2005").start());
  }

  @Test
  void whiteSpaceNormalizationDoesNotDependOnSurrogates() {
    assertEquals("A\uD800 B", Text.normalize("A\uD800  \t B"));
    assertEquals("\uD800 B", Text.normalize("\uD800  B"));
    assertEquals("A \uD83D\uDE00 B", Text.normalize("A  \uD83D\uDE00\u00A0 B"));
  }
}
