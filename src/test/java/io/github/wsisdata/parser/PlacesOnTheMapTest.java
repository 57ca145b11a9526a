package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Places resolve to the gazetteer's locations (docs/model.md, "Places on the map") on the bundled
 * page and the five shared real pages; the one city the gazetteer does not hold is listed there.
 */
class PlacesOnTheMapTest {
  private static final List<String> PAGES =
      List.of(
          "seeds/wsis-regional-and-thematic-meetings.txt",
          "src/test/resources/real/itu-eflash-2006-25.txt",
          "src/test/resources/real/itu-eflash-2006-27.txt",
          "src/test/resources/real/itu-fact-process.txt",
          "src/test/resources/real/itu-tunis-side-events.txt",
          "src/test/resources/real/nacpec-events.txt");

  @Test
  void everyCityOfTheBundledAndSharedPagesResolvesButTheListedOne() throws IOException {
    List<String> unresolved = new ArrayList<>();
    int cities = 0;
    for (String page : PAGES) {
      for (Meeting m : WsisParser.parse(Path.of(page)).meetings()) {
        if (m.place().city().isPresent()) {
          cities++;
          Optional<Location> at = m.place().location();
          if (at.isEmpty()) {
            unresolved.add(m.place().city().get());
          } else {
            m.place()
                .countryCode()
                .ifPresent(code -> assertEquals(code, at.get().countryCode(), m.toString()));
          }
        }
      }
    }
    assertEquals(37, cities);
    assertEquals(List.of("Bávaro"), unresolved); // a resort of fewer than 15,000 people
  }

  @Test
  void theThreeGenevasAreOneLocation() {
    WsisDocument doc =
        WsisParser.parseText(
            "WSIS Thematic Meetings\n\n"
                + "go 3 May 2005, Geneva (Switzerland), ITU - Workshop on Spam\n"
                + "go 3 May 2005, Genève (Suisse), UIT - Workshop on Spam\n"
                + "go 3 May 2005, Ginebra (Suiza), UIT - Workshop on Spam\n"
                + "go 4 May 2005, Cairo, ITU - Forum\n"
                + "go 5 May 2005, online, ITU - Forum\n");
    List<Meeting> m = doc.meetings();
    Location geneva = m.get(0).place().location().orElseThrow();
    assertEquals(2660646, geneva.geonameId());
    assertEquals(Optional.of(geneva), m.get(1).place().location());
    assertEquals(Optional.of(geneva), m.get(2).place().location());
    assertEquals("EG", m.get(3).place().location().orElseThrow().countryCode());
    assertEquals(Optional.empty(), m.get(4).place().location());
    assertEquals(Optional.empty(), Place.NONE.location());
  }
}
