package consumer;

import io.github.wsisdata.parser.WsisParser;
import java.io.IOException;
import java.nio.file.Path;

/** Module code that uses the library. */
public final class MeetingCounter {
  private MeetingCounter() {}

  public static int count(Path page) throws IOException {
    return WsisParser.parse(page).meetings().size();
  }
}
