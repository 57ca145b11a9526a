package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a place the grammar read is: the semantics of places, on the parts the grammar found (a city
 * and a country in parentheses, comma-separated parts, a final group in parentheses), never on text
 * split again. Stateless.
 */
final class Places {
  private Places() {}

  /**
   * A place as a titled line writes it, in the parts the grammar found ({@code venuePlace}, or the
   * end of a lead).
   *
   * @param parts the comma-separated parts, each normalized, the last one without its final group
   * @param group the words of a group in parentheses that ends the last part, or null
   */
  record Parts(List<String> parts, String group) {
    Parts {
      parts = List.copyOf(parts);
    }

    /**
     * A place read before the dates, completed by these parts after them ({@code Nairobi 12 May
     * 2005, Kenya}): the place's city and country, then these parts.
     */
    Parts after(Place before) {
      List<String> all = new ArrayList<>(parts.size() + 2);
      before.city().ifPresent(all::add);
      before.country().ifPresent(all::add);
      all.addAll(parts);
      return new Parts(all, group);
    }

    /** A key for sharing equal places. */
    String key() {
      return "\u0001" + String.join("\u0002", parts) + "\u0003" + group;
    }
  }

  /**
   * A titled line's place: {@code online}; {@code City (Country)} (a group ending the last part);
   * {@code City, Country} where the last part is a known country; a country; else a city (a region,
   * a building) with no country.
   *
   * @param p the parts
   * @return the place
   */
  static Place of(Parts p) {
    List<String> parts = p.parts();
    String joined = String.join(", ", parts);
    if (p.group() != null) {
      return cityAndCountry(joined, p.group());
    }
    if (parts.size() == 1 && isOnline(parts.get(0))) {
      return Place.ONLINE;
    }
    if (parts.size() >= 2) {
      String country = parts.get(parts.size() - 1);
      Optional<String> code = CountryCodes.codeOf(country);
      if (code.isPresent()) {
        // "Palais des Nations, Room XXV, Geneva, Switzerland": a known city right before the
        // country is the city; the building and room before it stay in the line's text
        String beforeCountry = parts.get(parts.size() - 2);
        // "Berkeley, California, U.S.A.": City, Region, Country
        String city =
            parts.size() > 2 && Slots.isKnownCity(beforeCountry)
                ? beforeCountry
                : parts.size() == 3
                    ? parts.get(0)
                    : String.join(", ", parts.subList(0, parts.size() - 1));
        return new Place(Optional.of(city), Optional.of(country), code, false);
      }
      String last = parts.get(parts.size() - 1);
      if (Slots.isKnownCity(last)) {
        // "Palais des Nations, Geneva": a building, then a known city
        return named(last);
      }
    }
    return named(joined);
  }

  /**
   * {@code City (Country)}; but where the whole is a country name of the UN's style ({@code Iran
   * (Islamic Republic of)}, {@code Korea (Republic of)}) and the part in parentheses alone is none,
   * the whole is the country; and where the part in parentheses is no country but the part before
   * it is one, it is {@code Country (City)} ({@code Turkey (Antalya)}).
   *
   * @param city the city, {@code ""} for none
   * @param country the country
   * @return the place
   */
  static Place cityAndCountry(String city, String country) {
    Optional<String> code = CountryCodes.codeOf(country);
    if (code.isEmpty() && !city.isEmpty()) {
      // Country (City): "Turkey (Antalya)", "Greece (Athens)"
      Optional<String> outer = CountryCodes.codeOf(city);
      if (outer.isPresent() && CountryCodes.codeOf(city + " (" + country + ")").isEmpty()) {
        return new Place(Optional.of(country), Optional.of(city), outer, false);
      }
    }
    if (code.isEmpty() && !city.isEmpty()) {
      String whole = city + " (" + country + ")";
      Optional<String> wholeCode = CountryCodes.codeOf(whole);
      if (wholeCode.isPresent()) {
        return new Place(Optional.empty(), Optional.of(whole), wholeCode, false);
      }
    }
    return new Place(
        city.isEmpty() ? Optional.empty() : Optional.of(city), Optional.of(country), code, false);
  }

  /**
   * A place by its name alone: a country if the table knows it, else a city.
   *
   * @param name the name
   * @return the place
   */
  static Place named(String name) {
    Optional<String> code = CountryCodes.codeOf(name);
    return code.isPresent()
        ? new Place(Optional.empty(), Optional.of(name), code, false)
        : new Place(Optional.of(name), Optional.empty(), Optional.empty(), false);
  }

  static boolean isOnline(String text) {
    return text.equalsIgnoreCase("online");
  }
}
