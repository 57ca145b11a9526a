package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.wsisdata.parser.DateRange;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** ANTLR 4.9.3 first on the class path, as in Apache Spark 3.x. */
class SparkAntlrTest {

  @Test
  void parsesNextToAnOlderAntlrRuntime() throws Exception {
    assertEquals("4.9.3", org.antlr.v4.runtime.RuntimeMetaData.VERSION, "the user's ANTLR");
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    WsisDocument doc;
    try {
      doc = WsisParser.parse(Path.of(System.getProperty("seed")));
      DateRange.parse("28 June- 1 July 2005");
    } finally {
      System.setErr(saved);
    }
    String printed = err.toString(StandardCharsets.UTF_8);
    assertFalse(printed.contains("ANTLR Tool version"), printed);
    assertFalse(printed.contains("Could not deserialize"), printed);
    assertEquals("", printed);
    assertEquals(28, doc.meetings().size());
    assertEquals(0, doc.diagnostics(Severity.ERROR).size());
  }
}
