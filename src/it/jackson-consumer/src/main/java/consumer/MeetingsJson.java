package consumer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.WsisParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Module code: a page's meetings to JSON and back with a plain ObjectMapper, no modules. */
public final class MeetingsJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private MeetingsJson() {}

  public static String write(Path page) throws IOException {
    return MAPPER.writeValueAsString(WsisParser.parse(page).meetings());
  }

  public static List<Meeting> read(String json) throws IOException {
    return MAPPER.readValue(json, new TypeReference<List<Meeting>>() {});
  }
}
