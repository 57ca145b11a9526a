package io.github.wsisdata.parser.internal;

import io.github.wsisdata.parser.Place;
import java.util.Optional;

/**
 * Reads a place: {@code City (Country)} (a last parenthesis with no other parenthesis after it), a
 * bare country, a bare city, or {@code online}. Linear in the length of the text.
 */
final class PlaceReader {
  private PlaceReader() {}

  static Place read(String normalized) {
    String text = normalized.strip();
    if (text.isEmpty()) {
      return Place.NONE;
    }
    if (text.equalsIgnoreCase("online")) {
      return Place.ONLINE;
    }
    int open = text.endsWith(")") ? text.lastIndexOf('(') : -1;
    if (open >= 0 && text.indexOf(')') == text.length() - 1) {
      String country = text.substring(open + 1, text.length() - 1).strip();
      String cityText = text.substring(0, open).strip();
      if (!country.isEmpty()) {
        Optional<String> city = cityText.isEmpty() ? Optional.empty() : Optional.of(cityText);
        return new Place(city, Optional.of(country), CountryCodes.codeOf(country), false);
      }
    }
    Optional<String> code = CountryCodes.codeOf(text);
    if (code.isPresent()) {
      return new Place(Optional.empty(), Optional.of(text), code, false);
    }
    return new Place(Optional.of(text), Optional.empty(), Optional.empty(), false);
  }
}
