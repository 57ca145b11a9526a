package io.github.wsisdata.parser.internal.geo;

import io.github.wsisdata.parser.Location;
import io.github.wsisdata.parser.internal.text.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The bundled gazetteer: GeoNames' cities of at least 15,000 people and every capital (the resource
 * {@code cities.tsv.gz}, made by {@code scripts/gazetteer/build.mjs}), loaded once, on the first
 * question, and held in arrays: each name (the city's own and its Latin-script alternate names) as
 * 48 bits of a hash of its key beside the city's index, sorted (two names' hashes meet with a
 * chance of about one in ten thousand over the whole table, and a name outside it matches one with
 * a chance of about one in a billion). Thread-safe once loaded (the holder idiom).
 *
 * <p>A place resolves when its reading is unambiguous (docs/model.md, "Places on the map"): the
 * city in the country the line names (the most populous of that name there); with no country, a
 * name borne in one country only, else the one capital among its bearers, else a city at least five
 * times as populous as every other bearer of the name.
 */
public final class Gazetteer {
  private static final String RESOURCE = "cities.tsv.gz";

  /** How many times the people of every other city of the same name the largest must have. */
  static final int DOMINANCE = 5;

  private final long[] ids;
  private final String[] names;
  private final String[] countries;
  private final double[] latitudes;
  private final double[] longitudes;
  private final int[] populations;
  private final boolean[] capitals;

  /**
   * Each name of each city as one number, sorted: the top 48 bits of its key's hash, then the
   * city's index in 16 bits (so that sorting the numbers sorts the names by hash).
   */
  private final long[] entries;

  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  private Gazetteer(
      long[] ids,
      String[] names,
      String[] countries,
      double[] latitudes,
      double[] longitudes,
      int[] populations,
      boolean[] capitals,
      long[] entries) {
    this.ids = ids;
    this.names = names;
    this.countries = countries;
    this.latitudes = latitudes;
    this.longitudes = longitudes;
    this.populations = populations;
    this.capitals = capitals;
    this.entries = entries;
  }

  /**
   * The gazetteer, loaded on the first call.
   *
   * @return the gazetteer
   */
  public static Gazetteer get() {
    return Holder.INSTANCE;
  }

  /**
   * How many cities it holds.
   *
   * @return the count
   */
  public int size() {
    return ids.length;
  }

  /**
   * Where a place is, when its reading is unambiguous.
   *
   * @param city the city as written
   * @param countryCode the country the line names, if any
   * @return the location, or empty
   */
  public Optional<Location> resolve(String city, Optional<String> countryCode) {
    int[] found = candidates(city);
    if (found.length == 0) {
      return Optional.empty();
    }
    if (countryCode.isPresent()) {
      int best = -1;
      for (int c : found) {
        if (countries[c].equals(countryCode.get()) && (best < 0 || larger(c, best))) {
          best = c;
        }
      }
      return best < 0 ? Optional.empty() : Optional.of(location(best));
    }
    int largest = found[0];
    int capital = -1;
    int capitals = 0;
    boolean oneCountry = true;
    for (int c : found) {
      if (larger(c, largest)) {
        largest = c;
      }
      if (this.capitals[c]) {
        capital = c;
        capitals++;
      }
      oneCountry &= countries[c].equals(countries[found[0]]);
    }
    if (oneCountry) {
      return Optional.of(location(largest));
    }
    if (capitals == 1) {
      return Optional.of(location(capital));
    }
    for (int c : found) {
      if (c != largest && (long) populations[c] * DOMINANCE > populations[largest]) {
        return Optional.empty(); // two cities of that name in two countries, neither dominant
      }
    }
    return Optional.of(location(largest));
  }

  /** The name of the {@code c}-th city (for tests). */
  String name(int c) {
    return names[c];
  }

  /** The country code of the {@code c}-th city (for tests). */
  String country(int c) {
    return countries[c];
  }

  private boolean larger(int a, int b) {
    return populations[a] > populations[b] || (populations[a] == populations[b] && a < b);
  }

  private Location location(int c) {
    return new Location(ids[c], names[c], countries[c], latitudes[c], longitudes[c]);
  }

  /** The cities a name may be, each once. */
  private int[] candidates(String name) {
    long base = hash(key(name)) & ~0xFFFFL;
    int i = Arrays.binarySearch(entries, base);
    i = i < 0 ? -i - 1 : i; // the first entry at or after the name's hash
    int[] out = new int[8];
    int n = 0;
    for (; i < entries.length && (entries[i] & ~0xFFFFL) == base; i++) {
      int c = (int) (entries[i] & 0xFFFF);
      boolean seen = false;
      for (int k = 0; k < n; k++) {
        seen |= out[k] == c;
      }
      if (!seen) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = c;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The key a name is looked up by: lower case, accents dropped, hyphens, apostrophes and periods
   * as spaces, a leading "the" and "saint"/"st" written one way ({@code St. Petersburg} is {@code
   * Saint Petersburg}).
   *
   * @param name a name as written
   * @return its key
   */
  static String key(String name) {
    boolean ascii = true;
    for (int i = 0; i < name.length() && ascii; i++) {
      ascii = name.charAt(i) < 0x80;
    }
    String s = ascii ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder k = new StringBuilder(s.length());
    boolean space = true; // no space at the start
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!ascii && Character.getType(c) == Character.NON_SPACING_MARK) {
        continue; // an accent, after NFD
      }
      if (c == '-' || c == '\'' || c == '\u2019' || c == '.' || Text.isSpace(c)) {
        if (!space) {
          k.append(' ');
          space = true;
        }
        continue;
      }
      k.append(Character.toLowerCase(c));
      space = false;
    }
    int end = k.length();
    if (end > 0 && k.charAt(end - 1) == ' ') {
      k.setLength(end - 1);
    }
    String key = k.toString();
    if (key.startsWith("the ")) {
      key = key.substring(4);
    }
    if (key.startsWith("st ")) {
      key = "saint " + key.substring(3);
    }
    return key;
  }

  /** FNV-1a, 64 bits, of a key's characters. */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static Gazetteer load() {
    try (InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("the gazetteer resource " + RESOURCE + " is missing");
      }
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>(25_000);
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.startsWith("#") && !line.isEmpty()) {
          rows.add(line.split("\t", -1));
        }
      }
      return build(rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer", e);
    }
  }

  private static Gazetteer build(List<String[]> rows) {
    int n = rows.size();
    long[] ids = new long[n];
    String[] names = new String[n];
    String[] countries = new String[n];
    double[] lat = new double[n];
    double[] lon = new double[n];
    int[] pop = new int[n];
    boolean[] cap = new boolean[n];
    if (n > 0xFFFF) {
      throw new IllegalStateException("the gazetteer holds more cities than 16 bits count");
    }
    long[] entries = new long[n * 12];
    int count = 0;
    for (int c = 0; c < n; c++) {
      String[] f = rows.get(c);
      ids[c] = Long.parseLong(f[0]);
      names[c] = f[1];
      countries[c] = f[2].intern();
      lat[c] = Double.parseDouble(f[3]);
      lon[c] = Double.parseDouble(f[4]);
      pop[c] = Integer.parseInt(f[5]);
      cap[c] = f[6].equals("C");
      List<String> all = new ArrayList<>();
      all.add(f[1]);
      if (!f[7].isEmpty()) {
        all.addAll(Arrays.asList(f[7].split("\\|")));
      }
      for (String name : all) {
        if (count == entries.length) {
          entries = Arrays.copyOf(entries, count * 2);
        }
        entries[count++] = (hash(key(name)) & ~0xFFFFL) | c; // a repeated name: a repeated entry
      }
    }
    entries = Arrays.copyOf(entries, count);
    Arrays.sort(entries);
    return new Gazetteer(ids, names, countries, lat, lon, pop, cap, entries);
  }
}
