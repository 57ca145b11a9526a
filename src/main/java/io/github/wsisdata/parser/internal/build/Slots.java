package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.internal.text.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The documented rules that tell a place from a title where a line's shape does not (see
 * docs/format.md, "Place or title"), and the rule that tells a name from a sentence for lines with
 * no entry marker. All of them are plain word lists; nothing is guessed from a city.
 */
final class Slots {
  private Slots() {}

  /** Words that make a text a title (a meeting's kind or a title's common words). */
  private static final Set<String> TITLE_WORDS =
      Set.of(
          "meeting",
          "meetings",
          "conference",
          "conferences",
          "workshop",
          "workshops",
          "seminar",
          "seminars",
          "forum",
          "fora",
          "forums",
          "summit",
          "session",
          "sessions",
          "symposium",
          "day",
          "days",
          "week",
          "round",
          "table",
          "roundtable",
          "consultation",
          "consultations",
          "dialogue",
          "congress",
          "assembly",
          "council",
          "colloquium",
          "training",
          "course",
          "event",
          "festival",
          "award",
          "awards",
          "exhibition",
          "fair",
          "prepcom",
          "group",
          "committee",
          "commission",
          "panel",
          "hearing",
          "launch",
          "expert",
          "experts",
          "task",
          "force",
          "working",
          "school",
          "lecture",
          "briefing",
          "report",
          "plenary",
          "ceremony",
          "celebration",
          "retreat",
          "programme",
          "program",
          "project",
          "initiative",
          "network",
          "partnership",
          "campaign",
          "strategy",
          "plan",
          "action",
          "review",
          "phase",
          "wsis",
          "summit's",
          "information",
          "society",
          "internet",
          "ict",
          "icts",
          "governance",
          "cybersecurity",
          "development",
          "digital",
          "e-government",
          "broadband",
          "telecom",
          "telecommunication",
          "telecommunications",
          "media",
          "press",
          "freedom",
          "world",
          "international",
          "regional",
          "global",
          "national",
          "annual",
          "ministerial",
          "high-level",
          "conférence",
          "atelier",
          "séminaire",
          "réunion",
          "journée",
          "semaine",
          "sommet",
          "colloque",
          "table ronde",
          "foro",
          "taller",
          "seminario",
          "reunión",
          "conferencia",
          "cumbre",
          "día",
          "semana",
          "jornada",
          "mesa",
          "encuentro",
          "congreso");

  /** Small words a name may hold in lower case (English, French, Spanish). */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "of", "on", "in", "for", "and", "to", "at", "by", "with", "from", "or",
          "into", "via", "vs", "vs.", "de", "des", "du", "la", "le", "les", "l'", "d'", "et", "en",
          "sur", "pour", "au", "aux", "y", "del", "el", "los", "las", "para", "e", "da", "do",
          "dos", "das", "di", "van", "von", "der", "al", "el-", "upon");

  private static final Set<String> CITIES = cities();

  private static Set<String> cities() {
    Set<String> names = new HashSet<>();
    try (InputStream in = Slots.class.getResourceAsStream("cities.txt")) {
      if (in == null) {
        throw new IllegalStateException("cities.txt is missing from the library's resources");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(CountryCodes.key(name));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(names);
  }

  /** A city of the bundled list (capitals and the cities of WSIS-era meetings). */
  static boolean isKnownCity(String name) {
    return CITIES.contains(CountryCodes.key(name));
  }

  /** A country of the country table. */
  static boolean isCountry(String name) {
    return CountryCodes.codeOf(name).isPresent();
  }

  /**
   * An organization's acronym: one word of two to eight capital letters ({@code UN}, {@code ITU}).
   */
  static boolean isAcronym(String text) {
    return text.length() >= 2
        && text.length() <= 8
        && text.codePoints().allMatch(c -> Character.isLetter(c) && Character.isUpperCase(c));
  }

  /** A country, or a city of the bundled list. */
  static boolean isKnownPlace(String name) {
    return isCountry(name) || isKnownCity(name);
  }

  /**
   * Reads as a title: holds a digit, a title word ("Workshop", "Day", "Forum"...), or more than
   * four words.
   */
  static boolean looksLikeTitle(String text) {
    String[] words = words(text);
    if (words.length > 4) {
      return true;
    }
    for (String w : words) {
      String word = trimPunctuation(w).toLowerCase(Locale.ROOT);
      if (TITLE_WORDS.contains(word) || word.chars().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * May be a city's name: a known city, or one to three words, capitalized, that do not read as a
   * title.
   */
  static boolean cityLike(String text) {
    if (isKnownCity(text)) {
      return true;
    }
    String[] words = words(text);
    return words.length >= 1 && words.length <= 3 && !looksLikeTitle(text) && isName(text);
  }

  /**
   * A name rather than a sentence: every word starts with a capital, a digit or a sign, or holds a
   * capital ("e-Health", "eLearning"), or is a small function word ("on", "de", "and").
   */
  static boolean isName(String text) {
    for (String w : words(text)) {
      String word = trimPunctuation(w);
      if (word.isEmpty()) {
        continue;
      }
      int first = word.codePointAt(0);
      if (!Character.isLetter(first)
          || Character.isUpperCase(first)
          || Character.isTitleCase(first)
          || word.codePoints().anyMatch(Character::isUpperCase)
          || FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      return false;
    }
    return true;
  }

  private static String[] words(String text) {
    String t = Text.normalize(text);
    return t.isEmpty() ? new String[0] : t.split(" ");
  }

  private static String trimPunctuation(String word) {
    int from = 0;
    int to = word.length();
    while (from < to && !Character.isLetterOrDigit(word.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(word.charAt(to - 1))) {
      to--;
    }
    return word.substring(from, to);
  }
}
