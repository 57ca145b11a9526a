package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The records with the most common serializer, as it comes: no Jackson module registered. */
class JacksonTest {
  private static final Path SEED = Path.of(System.getProperty("seed"));

  @Test
  void theModuleIsOnTheModulePath() {
    assertEquals("io.github.wsisdata.parser", WsisDocument.class.getModule().getName());
    assertEquals("jsonconsumer", MeetingsJson.class.getModule().getName());
  }

  @Test
  void meetingsGoToJsonAndComeBackEqual() throws Exception {
    String json = MeetingsJson.write(SEED);
    JsonNode cyber = new ObjectMapper().readTree(json).get(19);
    assertEquals("WSIS Thematic Meeting on Cybersecurity", cyber.get("title").asText());
    assertEquals("2005-06-28", cyber.get("dates").get("start").asText());
    assertEquals("2005-07-01", cyber.get("dates").get("end").asText());
    assertEquals("Geneva", cyber.get("place").get("city").asText());
    assertEquals("CH", cyber.get("place").get("countryCode").asText());
    assertEquals(WsisParser.parse(SEED).meetings(), MeetingsJson.read(json));
  }

  @Test
  void aWholeDocumentComesBackEqual() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    WsisDocument doc = WsisParser.parse(SEED);
    assertEquals(
        doc, plain.readValue(plain.writeValueAsString(doc), WsisDocument.class));
  }
}
