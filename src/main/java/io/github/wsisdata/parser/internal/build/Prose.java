package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.internal.text.Text;
import java.util.Locale;
import java.util.Set;

/**
 * The rule that keeps prose out of entries and headings (see docs/format.md, "Prose"): a text reads
 * as a sentence when it ends like one ({@code .}, {@code !}, {@code ?}, before closing quotes or
 * brackets) or holds, in lower case, a finite verb of the kinds sentences are made with (an
 * auxiliary or "took", "held"...) in English, French or Spanish. Titles of meetings are noun
 * phrases: "Consultation on WSIS Action Line C2", "Réunion régionale sur la gouvernance de
 * l'Internet".
 */
public final class Prose {
  private Prose() {}

  /** Finite verbs, lower case, that a meeting's title does not hold. */
  private static final Set<String> VERBS =
      Set.of(
          // English
          "is",
          "are",
          "was",
          "were",
          "will",
          "would",
          "shall",
          "should",
          "can",
          "could",
          "has",
          "have",
          "had",
          "been",
          "took",
          "takes",
          "held",
          "invites",
          "invited",
          "welcomes",
          "announced",
          "announces",
          "decided",
          "adopted",
          "attended",
          "discussed",
          "convened",
          "gathered",
          "met",
          // French
          "est",
          "sont",
          "était",
          "étaient",
          "sera",
          "seront",
          "ont",
          "été",
          "aura",
          "auront",
          "s'est",
          "tiendra",
          "organise",
          "organisera",
          // Spanish
          "es",
          "son",
          "fue",
          "fueron",
          "será",
          "serán",
          "era",
          "eran",
          "está",
          "están",
          "ha",
          "han",
          "había",
          "celebrará",
          "celebró",
          "tendrá");

  /**
   * Whether a text reads as a sentence.
   *
   * @param text any text
   * @return true for a sentence
   */
  public static boolean isSentence(String text) {
    String t = Text.normalize(text);
    int end = t.length();
    while (end > 0 && "\"'”’»)]".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end > 0 && ".!?".indexOf(t.charAt(end - 1)) >= 0 && !endsWithAbbreviation(t, end)) {
      return true;
    }
    for (String word : t.split(" ")) {
      String w = strip(word, false);
      if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && VERBS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word without what is not a letter (or an apostrophe; with {@code digits}, not a letter or a
   * digit, and apostrophes go too) at its start and end: {@code "(Geneva),"} is {@code Geneva}.
   */
  static String strip(String word, boolean digits) {
    int start = 0;
    int end = word.length();
    while (start < end) {
      int c = word.codePointAt(start);
      if (kept(c, digits)) {
        break;
      }
      start += Character.charCount(c);
    }
    while (end > start) {
      int c = word.codePointBefore(end);
      if (kept(c, digits)) {
        break;
      }
      end -= Character.charCount(c);
    }
    return start == 0 && end == word.length() ? word : word.substring(start, end);
  }

  private static boolean kept(int c, boolean digits) {
    return Character.isLetter(c) || (digits ? isNumber(c) : c == '\'');
  }

  /** {@code \p{N}}: a decimal digit, a letter number or another number. */
  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** "St.", "Inc.", a one-letter initial: a period that ends a word, not a sentence. */
  private static boolean endsWithAbbreviation(String t, int end) {
    int start = t.lastIndexOf(' ', end - 1) + 1;
    String word = t.substring(start, end - 1).toLowerCase(Locale.ROOT);
    return word.length() <= 1 || Set.of("st", "inc", "ltd", "co", "etc", "no", "nr").contains(word);
  }

  /** Small words that a headline leaves in lower case ("of", "and", "de", "la"...). */
  private static final Set<String> SMALL_WORDS =
      Set.of(
          "a", "an", "the", "of", "on", "in", "for", "and", "to", "at", "by", "with", "from", "or",
          "into", "via", "vs", "de", "des", "du", "la", "le", "les", "et", "en", "sur", "pour",
          "au", "aux", "y", "del", "el", "los", "las", "para", "e", "da", "do");

  /** A sentence's end inside a text: {@code ? }, {@code ! } or {@code . } before a capital. */
  private static final java.util.regex.Pattern INNER_END =
      java.util.regex.Pattern.compile("[?!]\\s|\\.\\s+\\(?\\p{Lu}");

  /**
   * Whether a short text reads as a headline: at most {@code maxWords} words, not a sentence and
   * with no sentence ending inside it ({@code SEVILLA, 4 May. (EUROPA PRESS)}, {@code Anybody in
   * Geneva? :-)}), and at least three in four of its words other than small ones ("of", "and",
   * "de"...) start with a capital or a digit ("Regional Conferences", "World Summit of Cities and
   * Local Authorities and the role Information Society"; not "Chairman report available").
   *
   * @param text any text
   * @param maxWords most words
   * @return true for a headline
   */
  public static boolean isHeadline(String text, int maxWords) {
    String t = Text.normalize(text);
    if (t.isEmpty() || words(t) > maxWords || isSentence(t) || INNER_END.matcher(t).find()) {
      return false;
    }
    int content = 0;
    int capitalized = 0;
    for (String word : t.split(" ")) {
      String w = strip(word, true);
      if (w.isEmpty() || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      content++;
      int first = w.codePointAt(0);
      if (Character.isUpperCase(first)
          || Character.isTitleCase(first)
          || Character.isDigit(first)) {
        capitalized++;
      }
    }
    return content > 0 && capitalized * 4 >= content * 3;
  }

  /**
   * How many words a text has.
   *
   * @param text any text
   * @return the number of words
   */
  public static int words(String text) {
    String t = Text.normalize(text);
    return t.isEmpty() ? 0 : t.split(" ").length;
  }
}
