package io.github.wsisdata.parser;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a meeting took place: {@code Geneva (Switzerland)}, a bare country ({@code Malta}), a bare
 * city, or {@code online}.
 *
 * @param city the city, if written
 * @param country the country as written on the page ({@code Republic of Belarus}), if written
 * @param countryCode ISO 3166-1 alpha-2 code of the country ({@code BY}), if the name is known
 * @param online true for online meetings (then city and country are empty)
 * @serial exclude (the serialized form is described in docs/usage.md)
 */
public record Place(
    Optional<String> city, Optional<String> country, Optional<String> countryCode, boolean online)
    implements Serializable {

  /** A meeting whose line names no place. */
  public static final Place NONE =
      new Place(Optional.empty(), Optional.empty(), Optional.empty(), false);

  /** An online meeting. */
  public static final Place ONLINE =
      new Place(Optional.empty(), Optional.empty(), Optional.empty(), true);

  /**
   * Validates the fields: no nulls, no blank names, a two-letter upper-case code only with a
   * country, nothing else when online.
   *
   * @param city see {@link #city()}
   * @param country see {@link #country()}
   * @param countryCode see {@link #countryCode()}
   * @param online see {@link #online()}
   */
  public Place {
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(countryCode, "countryCode");
    city.ifPresent(c -> requireText(c, "city"));
    country.ifPresent(c -> requireText(c, "country"));
    countryCode.ifPresent(
        c -> {
          if (!c.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("countryCode must be two letters A-Z, was " + c);
          }
        });
    if (countryCode.isPresent() && country.isEmpty()) {
      throw new IllegalArgumentException("a countryCode needs a country");
    }
    if (online && (city.isPresent() || country.isPresent())) {
      throw new IllegalArgumentException("an online place has no city or country");
    }
  }

  private static void requireText(String value, String name) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /**
   * Human-readable form: {@code Geneva, Switzerland}, {@code Malta}, {@code Online}, or {@code ""}
   * for {@link #NONE}.
   *
   * @return the place as text
   */
  public String displayName() {
    if (online) {
      return "Online";
    }
    StringBuilder out = new StringBuilder(city.orElse(""));
    country.ifPresent(c -> out.append(out.length() > 0 ? ", " : "").append(c));
    return out.toString();
  }

  /**
   * Serialized as its {@link SerialForm} ({@link Optional} is not serializable).
   *
   * @return the serialized form
   */
  /**
   * Where the place is, as the bundled gazetteer reads it: the city in the given country, or a city
   * named with no country when its name says which (docs/model.md, "Places on the map"). Empty for
   * a place with no city, an online one, and a city the gazetteer does not hold or cannot tell
   * apart. What the line says ({@link #city()}, {@link #country()}, {@link #countryCode()}) is not
   * changed by it. The gazetteer is loaded on the first call (about a megabyte, once per JVM); a
   * run that never asks does not load it.
   *
   * @return the location, or empty
   */
  public Optional<Location> location() {
    return city.isEmpty()
        ? Optional.empty()
        : io.github.wsisdata.parser.internal.geo.Gazetteer.get().resolve(city.get(), countryCode);
  }

  @java.io.Serial
  private Object writeReplace() {
    return new SerialForm(
        city.orElse(null), country.orElse(null), countryCode.orElse(null), online);
  }

  /** The serialized form of a place: the values, absent ones as null. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record SerialForm(String city, String country, String countryCode, boolean online)
      implements Serializable {
    @java.io.Serial
    private Object readResolve() {
      return new Place(
          Optional.ofNullable(city),
          Optional.ofNullable(country),
          Optional.ofNullable(countryCode),
          online);
    }
  }

  /** The JSON form (Jackson, no module needed): the serial form, absent values left out. */
  @JsonValue
  private SerialForm json() {
    return (SerialForm) writeReplace();
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static Place fromJson(SerialForm form) {
    return (Place) form.readResolve();
  }
}
