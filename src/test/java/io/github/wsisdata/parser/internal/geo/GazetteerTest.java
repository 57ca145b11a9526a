package io.github.wsisdata.parser.internal.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.Location;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gazetteer's rules (docs/model.md, "Places on the map"), on GeoNames' own cities. */
class GazetteerTest {
  private static final Gazetteer G = Gazetteer.get();

  private static Optional<Location> in(String city, String code) {
    return G.resolve(city, Optional.ofNullable(code));
  }

  @Test
  void holdsTheCitiesOfFifteenThousandAndTheCapitals() {
    assertTrue(G.size() > 24_000 && G.size() < 25_000, "size " + G.size());
    // Vaduz (about 5,000 people) is a capital; Lausanne a city of more than 15,000
    assertEquals("LI", in("Vaduz", null).orElseThrow().countryCode());
    assertEquals("CH", in("Lausanne", null).orElseThrow().countryCode());
    // Nyon (16,797) shares its name with an alternate name of Noyon, France (15,138): ambiguous
    assertEquals(Optional.empty(), in("Nyon", null));
    assertEquals("CH", in("Nyon", "CH").orElseThrow().countryCode());
  }

  @Test
  void genevaGeneveAndGinebraAreOnePlace() {
    Location geneva = in("Geneva", "CH").orElseThrow();
    assertEquals(2660646, geneva.geonameId());
    assertEquals("Genève", geneva.name());
    assertEquals(46.2022, geneva.latitude(), 1e-3);
    assertEquals(6.1457, geneva.longitude(), 1e-3);
    assertEquals(geneva, in("Genève", "CH").orElseThrow());
    assertEquals(geneva, in("Ginebra", "CH").orElseThrow());
    assertEquals(geneva, in("GENEVE", null).orElseThrow());
    assertEquals("https://sws.geonames.org/2660646/", geneva.geonamesUri().toString());
  }

  @Test
  void aCityNamedAloneResolvesOnlyWhenItsNameSaysWhich() {
    // several countries, one far larger (Geneva, Switzerland and Geneva, Illinois)
    assertEquals("CH", in("Geneva", null).orElseThrow().countryCode());
    assertEquals("EG", in("Cairo", null).orElseThrow().countryCode());
    // a capital among the bearers of the name: San José, Costa Rica
    assertEquals("CR", in("San José", null).orElseThrow().countryCode());
    // two cities of the name in two countries, neither five times the other
    assertEquals(Optional.empty(), in("Valencia", null));
    assertEquals(Optional.empty(), in("Córdoba", null));
    // with its country, the same name resolves
    assertEquals("ES", in("Valencia", "ES").orElseThrow().countryCode());
    assertEquals("VE", in("Valencia", "VE").orElseThrow().countryCode());
  }

  @Test
  void aCityNotInTheGivenCountryOrUnknownDoesNotResolve() {
    assertEquals(Optional.empty(), in("Geneva", "FR"));
    assertEquals(Optional.empty(), in("Springfieldtown", null));
    assertEquals(Optional.empty(), in("", null));
  }

  @Test
  void keysIgnoreCaseAccentsPunctuationAndSaint() {
    assertEquals(Gazetteer.key("Saint Petersburg"), Gazetteer.key("St. Petersburg"));
    assertEquals("RU", in("St. Petersburg", "RU").orElseThrow().countryCode());
    assertEquals(Gazetteer.key("Genève"), Gazetteer.key("GENEVE"));
    assertEquals(Gazetteer.key("Dar es-Salaam"), Gazetteer.key("Dar es Salaam"));
    assertEquals("TZ", in("Dar es Salaam", null).orElseThrow().countryCode());
  }
}
