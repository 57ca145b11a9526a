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
class ConsumerTest {

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
