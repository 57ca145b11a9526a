package io.github.wsisdata.parser;

import java.io.Serializable;
import java.net.URI;
import java.util.Objects;

/**
 * Where a place is, as the bundled gazetteer reads it (GeoNames' table of cities, CC BY 4.0; see
 * docs/model.md, "Places on the map"): a city of at least 15,000 people, or a capital.
 *
 * @param geonameId the city's GeoNames ID
 * @param name the city's name as GeoNames writes it (its local form: {@code Genève})
 * @param countryCode the ISO 3166-1 alpha-2 code of its country
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 * @serial exclude (the serialized form is described in docs/usage.md)
 */
public record Location(
    long geonameId, String name, String countryCode, double latitude, double longitude)
    implements Serializable {
  /**
   * Checks the values.
   *
   * @param geonameId see {@link #geonameId()}
   * @param name see {@link #name()}
   * @param countryCode see {@link #countryCode()}
   * @param latitude see {@link #latitude()}
   * @param longitude see {@link #longitude()}
   * @throws NullPointerException if a value is null
   * @throws IllegalArgumentException if a value is out of its range
   */
  public Location {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(countryCode, "countryCode");
    if (geonameId <= 0) {
      throw new IllegalArgumentException("geonameId must be positive, was " + geonameId);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (!countryCode.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("countryCode must be two letters A-Z, was " + countryCode);
    }
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException(
          "coordinates out of range: " + latitude + ", " + longitude);
    }
  }

  /**
   * The city's GeoNames URI, {@code https://sws.geonames.org/2660646/}: its identifier in linked
   * data ({@code sameAs} in JSON-LD).
   *
   * @return the URI
   */
  public URI geonamesUri() {
    return URI.create("https://sws.geonames.org/" + geonameId + "/");
  }
}
