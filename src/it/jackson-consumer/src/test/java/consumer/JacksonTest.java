package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.wsisdata.parser.DateRange;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParser;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The records with the most common serializer: Jackson plus its JDK 8 and java.time modules. */
class JacksonTest {
  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Test
  void documentSerializesAndTheDatesReadBack() throws Exception {
    WsisDocument doc = WsisParser.parse(Path.of(System.getProperty("seed")));
    String json = mapper.writeValueAsString(doc);
    JsonNode tree = mapper.readTree(json);
    assertEquals("Outcomes of the Regional and Thematic Meetings", tree.get("title").asText());
    assertEquals("2008-08-18", tree.get("lastUpdated").asText());
    JsonNode cyber = tree.get("sections").get(0).get("entries").get(20);
    assertEquals("WSIS Thematic Meeting on Cybersecurity", cyber.get("title").asText());
    assertEquals(LocalDate.of(2005, 6, 28), LocalDate.parse(cyber.get("dates").get("start").asText()));
    assertEquals(LocalDate.of(2005, 7, 1), LocalDate.parse(cyber.get("dates").get("end").asText()));

    Meeting back = mapper.treeToValue(cyber, Meeting.class);
    assertEquals(doc.meetings().get(19), back);
    DateRange range = mapper.readValue(mapper.writeValueAsString(back.dates()), DateRange.class);
    assertEquals(back.dates(), range);
  }
}
