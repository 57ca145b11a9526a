package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.Place;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Shares equal values within one parse: organizer names and places repeat across a page and an
 * archive ("ITU", "Geneva (Switzerland)"), so each is kept once. Bounded: past {@value #MAX_SIZE}
 * values the table starts over, so streaming stays flat in memory. Descriptions and titles are not
 * shared.
 */
final class Interner {
  static final int MAX_SIZE = 50_000;

  private final Map<String, String> strings = new HashMap<>();
  private final Map<String, Place> places = new HashMap<>();

  String string(String value) {
    if (strings.size() >= MAX_SIZE) {
      strings.clear();
    }
    String shared = strings.putIfAbsent(value, value);
    return shared == null ? value : shared;
  }

  Place place(String text, Function<String, Place> read) {
    if (places.size() >= MAX_SIZE) {
      places.clear();
    }
    return places.computeIfAbsent(text, read);
  }
}
