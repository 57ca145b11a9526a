package io.github.wsisdata.parser.internal;

import io.github.wsisdata.parser.Place;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a place: {@code City (Country)}, a bare country, a bare city, or {@code online}. */
final class PlaceReader {
  private static final Pattern CITY_COUNTRY = Pattern.compile("(.*?)\\s*\\(([^()]*)\\)");

  private PlaceReader() {}

  static Place read(String normalized) {
    String text = normalized.strip();
    if (text.isEmpty()) {
      return Place.NONE;
    }
    if (text.equalsIgnoreCase("online")) {
      return Place.ONLINE;
    }
    Matcher m = CITY_COUNTRY.matcher(text);
    if (m.matches() && !m.group(2).isBlank()) {
      String country = m.group(2).strip();
      Optional<String> city = m.group(1).isBlank() ? Optional.empty() : Optional.of(m.group(1));
      return new Place(city, Optional.of(country), CountryCodes.codeOf(country), false);
    }
    Optional<String> code = CountryCodes.codeOf(text);
    if (code.isPresent()) {
      return new Place(Optional.empty(), Optional.of(text), code, false);
    }
    return new Place(Optional.of(text), Optional.empty(), Optional.empty(), false);
  }
}
