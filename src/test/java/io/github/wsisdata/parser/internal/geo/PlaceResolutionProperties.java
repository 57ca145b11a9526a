package io.github.wsisdata.parser.internal.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.Location;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.Place;
import io.github.wsisdata.parser.WsisParser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Resolving a place never changes what the line said, and a resolved place lies in the country the
 * line names: on go lines whose city is any city of the gazetteer (or a made-up name) and whose
 * country is the city's own, another one, or none, named in English, French or Spanish.
 */
class PlaceResolutionProperties {
  private static final Gazetteer G = Gazetteer.get();

  /** A place as a line writes it: a city, and a country code whose name follows it, if any. */
  record Written(String city, Optional<String> code, Locale language) {}

  @Provide
  Arbitrary<Written> places() {
    // names a line can carry as a place: letters, spaces, periods, apostrophes and hyphens (not
    // "Zürich (Kreis 10) / Wipkingen", whose parentheses and slash are a place's own syntax)
    Arbitrary<Integer> city =
        Arbitraries.integers()
            .between(0, G.size() - 1)
            .filter(c -> G.name(c).matches("[\\p{L} .'-]+"));
    Arbitrary<String> madeUp = Arbitraries.strings().alpha().ofMinLength(3).ofMaxLength(12);
    Arbitrary<Locale> language = Arbitraries.of(Locale.ENGLISH, Locale.FRENCH, new Locale("es"));
    Arbitrary<String> otherCode = Arbitraries.of("CH", "FR", "US", "TN", "BR", "KE", "JP", "DE");
    return Combinators.combine(
            city, madeUp, language, otherCode, Arbitraries.integers().between(0, 3))
        .as(
            (c, made, lang, other, shape) ->
                switch (shape) {
                  case 0 -> new Written(G.name(c), Optional.of(G.country(c)), lang);
                  case 1 -> new Written(G.name(c), Optional.of(other), lang);
                  case 2 -> new Written(G.name(c), Optional.empty(), lang);
                  default -> new Written(made, Optional.of(other), lang);
                });
  }

  @Property(tries = 300)
  void resolvingKeepsTheLineAndStaysInItsCountry(@ForAll("places") Written w) {
    String country =
        w.code().map(code -> new Locale("", code).getDisplayCountry(w.language())).orElse("");
    String place = w.city() + (country.isEmpty() ? "" : " (" + country + ")");
    List<Meeting> meetings =
        WsisParser.parseText(
                "WSIS Thematic Meetings\n\ngo 3 May 2005, " + place + ", ITU - Workshop on X\n")
            .meetings();
    Statistics.label("read").collect(!meetings.isEmpty());
    if (meetings.isEmpty()) {
      return; // a city whose name does not read as a place on a line: nothing to resolve
    }
    Place p = meetings.get(0).place();
    Optional<Location> at = p.location();
    Statistics.label("resolved").collect(at.isPresent());
    // what the line said stays what it said
    if (p.city().isPresent()) {
      assertEquals(w.city(), p.city().get());
    }
    if (!country.isEmpty() && p.country().isPresent()) {
      assertEquals(country, p.country().get());
    }
    // a resolved place lies in the country the line names
    if (at.isPresent() && p.countryCode().isPresent()) {
      assertEquals(p.countryCode().get(), at.get().countryCode(), place);
    }
    // and the same place asked again is the same location
    assertEquals(at, p.location());
    assertTrue(at.isEmpty() || at.get().geonameId() > 0);
    // the property is not empty: most lines are read, and many places resolve
    Statistics.label("read").coverage(c -> c.check(true).percentage(percent -> percent > 80));
    Statistics.label("resolved").coverage(c -> c.check(true).percentage(percent -> percent > 30));
  }
}
