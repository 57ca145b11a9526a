package consumer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParser;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A plain class-path user of the installed artifact. */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
class ConsumerTest {

  /**
   * Only slf4j-api is here, with no provider: SLF4J prints a notice the first time a logger is
   * made. The library makes none for pages without errors, so nothing is printed.
   */
  @Test
  void pagesWithoutErrorsPrintNothingWithoutAnSlf4jProvider() throws Exception {
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, "UTF-8"));
    try {
      WsisParser.parse(Path.of(System.getProperty("seed")));
      WsisParser.parseText("go 1 May 2005, Geneva, ITU - T\n");
    } finally {
      System.setErr(stderr);
    }
    assertEquals("", captured.toString("UTF-8"));
  }

  @Test
  void parsesAPageFile() throws Exception {
    WsisDocument doc = WsisParser.parse(Path.of(System.getProperty("seed")));
    assertEquals(Optional.of("Outcomes of the Regional and Thematic Meetings"), doc.title());
    assertEquals(28, doc.meetings().size());
    Meeting target = doc.resolve(doc.crossReferences().get(0)).orElseThrow();
    assertEquals(44, target.line());
  }

  @Test
  void onlyTheLibrarysOwnDependenciesAreOnTheClassPath() {
    assertDoesNotThrow(() -> Class.forName("org.apache.commons.text.similarity.JaroWinklerSimilarity"));
    assertDoesNotThrow(() -> Class.forName("org.slf4j.LoggerFactory"));
    // the ANTLR runtime is inside the library jar, relocated; the command line's libraries are optional
    for (String name :
        new String[] {
          "org.antlr.v4.runtime.Lexer",
          "picocli.CommandLine",
          "com.fasterxml.jackson.databind.ObjectMapper",
          "org.apache.commons.csv.CSVFormat",
          "net.fortuna.ical4j.model.Calendar"
        }) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name);
    }
  }
}
