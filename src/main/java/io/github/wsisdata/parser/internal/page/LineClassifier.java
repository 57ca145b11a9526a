package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.internal.text.CharClass;
import io.github.wsisdata.parser.internal.text.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line looks like on its own, with no regard to the lines around it: blank, a {@code go}
 * line, a line with a list marker, a banner or footer line (the site's frame), the shape of a
 * heading, the footer's update date. The page reader decides what a line is from this and from
 * where it stands. Stateless.
 */
final class LineClassifier {
  private LineClassifier() {}

  private static final Pattern BANNER =
      Pattern.compile(
          "(?iu)united nations\\b.*\\binternational telecommunication union"
              + "|nations unies\\b.*\\bunion internationale des t\\S+communications"
              + "|naciones unidas\\b.*\\bunión internacional de telecomunicaciones"
              + "|^logo (?:wsis|smsi|cmsi) ");

  /**
   * The footer's update line in the site's three languages: {@code Updated : 2008-08-18}, {@code
   * Mis à jour le 2005-03-10}, {@code Mise à jour : ...}, {@code Actualizado: ...}, {@code Última
   * actualización: ...}; the date in ISO 8601 or written out, maybe with its day's name and a time
   * ({@code Actualizado: jueves, 4 mayo 2006 18:45}).
   */
  private static final Pattern UPDATED =
      Pattern.compile(
          "(?iu)(?:updated|mise? (?:à|a) jour(?: le)?|actualizado(?: el)?"
              + "|(?:última|ultima) actualizaci(?:ó|o)n)\\s*:?\\s*"
              + "((?:\\p{L}+,?\\s+)?\\d{1,2}\\s+(?:de\\s+)?\\p{L}+\\.?\\s+(?:de\\s+)?\\d{4}"
              + "(?:\\s+\\d{1,2}[:h]\\d{2})?|\\S+)");

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /**
   * A copyright notice: the sign, or the word with a year, a {@code (c)} or "all rights reserved"
   * on the line ("Copyright law reform, …" is a sentence about copyright, not a notice).
   */
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "(?i).*(©|\\bcopyright\\b.*(\\b(19|20)\\d\\d\\b|\\(c\\)|rights reserved)"
              + "|(\\b(19|20)\\d\\d\\b|\\(c\\)).*\\bcopyright\\b"
              + "|rights reserved).*");

  private static final Pattern PRIVACY =
      Pattern.compile(
          "(?iu)privacy notices?|confidentialit\\S+ des informations|aviso de privacidad"
              + "|confidencialidad de la informaci\\S+");

  /** A line of lynx's list of links at a page's end: {@code 12. http://www.itu.int/...}. */
  static final Pattern REFERENCE =
      Pattern.compile("(\\d{1,5})\\. ((?:https?|ftp|file|mailto):\\S+)");

  /** Longest line (in characters) that can be a banner or footer line; paragraphs are longer. */
  static final int MAX_FRAME_LENGTH = 300;

  /** Longest line (in characters) that can still be a heading. */
  static final int MAX_HEADING_LENGTH = 120;

  /** Most words of a heading that has no other sign of being one than its shape. */
  static final int MAX_HEADING_WORDS = 12;

  /**
   * Longest line (in characters) with no entry marker that can be an entry in the full shape of a
   * go line ({@code DATES, PLACE, ORGANIZERS - TITLE}).
   */
  static final int MAX_FULL_SHAPE_LENGTH = 1000;

  /** Longest line (in characters) with no entry marker that can be an entry in any shape. */
  static final int MAX_STANDALONE_LENGTH = 200;

  /** Which frame line (footer or banner) a line has the shape of, if any. */
  enum Frame {
    NONE,
    FOOTER,
    BANNER
  }

  /**
   * The shapes of the site's frame: short lines that do not end like a sentence, holding the
   * banner's words, a navigation bar, a copyright notice, a privacy notice, or the update date.
   *
   * @param norm the normalized line
   * @return its frame shape
   */
  static Frame frame(String norm) {
    if (norm.isEmpty() || norm.length() > MAX_FRAME_LENGTH) {
      return Frame.NONE;
    }
    char last = norm.charAt(norm.length() - 1);
    if (last == '.' || last == '!' || last == '?') {
      return Frame.NONE; // a sentence, even one about copyright, is text
    }
    if ((updateWord(norm) && UPDATED.matcher(norm).matches())
        || navigationBar(norm)
        || ((norm.indexOf('©') >= 0 || containsIgnoreCase(norm, "copyright"))
            && COPYRIGHT.matcher(norm).matches())
        || ((startsWithIgnoreCase(norm, "privacy")
                || startsWithIgnoreCase(norm, "confiden")
                || startsWithIgnoreCase(norm, "aviso"))
            && PRIVACY.matcher(norm).matches())) {
      return Frame.FOOTER;
    }
    if (norm.equals("References")
        || (Character.isDigit(norm.charAt(0)) && REFERENCE.matcher(norm).matches())) {
      return Frame.FOOTER; // lynx's list of the page's links
    }
    if ((containsIgnoreCase(norm, "nations")
            || containsIgnoreCase(norm, "naciones")
            || startsWithIgnoreCase(norm, "logo"))
        && BANNER.matcher(norm).find()) {
      return Frame.BANNER;
    }
    return Frame.NONE;
  }

  /**
   * A line with a text browser's link numbers ({@code [12]go 26-27 ...}, {@code [3]Workshop on
   * ...}) blanked out: the numbers are not the page's text, and the columns stay the line's.
   *
   * @param raw the line
   * @return the line without them ({@code raw} itself if it has none)
   */
  static String withoutLinkMarks(String raw) {
    int at = linkMark(raw, 0);
    if (at < 0) {
      return raw;
    }
    StringBuilder text = new StringBuilder(raw);
    while (at >= 0) {
      int end = raw.indexOf(']', at) + 1;
      for (int i = at; i < end; i++) {
        text.setCharAt(i, ' ');
      }
      at = linkMark(raw, end);
    }
    return text.toString();
  }

  /**
   * Where the next link number ({@code [} 1 to 5 digits {@code ]}, then no white space) starts,
   * from {@code from} on; -1 if none. A plain scan: it runs on every line.
   */
  static int linkMark(String raw, int from) {
    for (int i = raw.indexOf('[', from); i >= 0; i = raw.indexOf('[', i + 1)) {
      int j = i + 1;
      while (j < raw.length() && j - i <= 5 && raw.charAt(j) >= '0' && raw.charAt(j) <= '9') {
        j++;
      }
      if (j > i + 1
          && j < raw.length() - 1
          && raw.charAt(j) == ']'
          && " \t\n\u000B\f\r".indexOf(raw.charAt(j + 1)) < 0) {
        return i;
      }
    }
    return -1;
  }

  /** A line of the banner's or footer's shape: never joined to a wrapped line. */
  static boolean isFrame(String norm) {
    return frame(norm) != Frame.NONE;
  }

  /**
   * A footer's {@code Updated : ...}: the written date, if the line is one.
   *
   * @param norm the normalized line
   * @return the text after {@code Updated}, or empty if the line is no update line
   */
  static Optional<String> updated(String norm) {
    if (!updateWord(norm)) {
      return Optional.empty();
    }
    Matcher updated = UPDATED.matcher(norm);
    return updated.matches() ? Optional.of(updated.group(1)) : Optional.empty();
  }

  /**
   * A strict YYYY-MM-DD date (no rolling over of 2008-02-30).
   *
   * @param text the written date
   * @return the date, or empty
   */
  static Optional<LocalDate> isoDate(String text) {
    Matcher m = ISO_DATE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 1) {
      return Optional.empty(); // year 0000 is not written as a date in ISO 8601's four digits
    }
    try {
      return Optional.of(
          LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A cheap test before the expression: the line starts like an update line. */
  private static boolean updateWord(String norm) {
    char c = Character.toLowerCase(norm.charAt(0)); // most lines start otherwise
    if (c != 'u' && c != 'm' && c != 'a' && c != '\u00FA') {
      return false;
    }
    return startsWithIgnoreCase(norm, "updated")
        || startsWithIgnoreCase(norm, "mis")
        || startsWithIgnoreCase(norm, "actualiza")
        || startsWithIgnoreCase(norm, "últim")
        || startsWithIgnoreCase(norm, "ultim");
  }

  static boolean isGoLine(String norm) {
    return norm.equals("go") || norm.startsWith("go ");
  }

  /**
   * Whether a raw line is a go line: {@link #isGoLine} of its normalized text, decided on its start
   * (after leading white space, "go" and then white space or the end of the line).
   */
  static boolean startsGoLine(String raw) {
    int length = raw.length();
    int i = 0;
    while (i < length && Text.isSpace(raw.charAt(i))) {
      i++;
    }
    return i + 1 < length
        && raw.charAt(i) == 'g'
        && raw.charAt(i + 1) == 'o'
        && (i + 2 == length || Text.isSpace(raw.charAt(i + 2)));
  }

  /**
   * An entry line with a marker: {@code go}, or a bullet ({@code •}, {@code ·}, {@code *}, {@code
   * -}, {@code o}, {@code >}...) with text after it.
   *
   * @param norm the normalized line (trimmed, single spaces)
   */
  static boolean isMarkerLine(String norm) {
    if (isGoLine(norm)) {
      return true;
    }
    if (norm.length() < 2) {
      return false;
    }
    char c = norm.charAt(0);
    if (CharClass.isBullet(c) && !CharClass.isAsciiBullet(c)) {
      return true; // a list bullet marks an item with or without a space after it
    }
    // the ASCII bullets, dashes and "o" only with a space after them
    return (CharClass.isBullet(c) || CharClass.isDash(c) || c == 'o')
        && norm.charAt(1) == ' '
        && norm.length() > 2;
  }

  /**
   * The shape of a heading, on its own: at most {@link #MAX_HEADING_LENGTH} characters, starting
   * with a letter or digit, not ending like a sentence or a list item.
   *
   * @param norm the normalized line, not empty
   */
  static boolean headingShape(String norm) {
    if (norm.length() > MAX_HEADING_LENGTH) {
      return false;
    }
    char last = norm.charAt(norm.length() - 1);
    return ".,;!".indexOf(last) < 0 && Character.isLetterOrDigit(norm.codePointAt(0));
  }

  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #hasDigit} with the last answer kept: the reader asks about the same line several times
   * (one instance per page reader).
   */
  static final class Digits {
    private String text;
    private boolean answer;

    boolean in(String s) {
      if (s != text) {
        text = s;
        answer = hasDigit(s);
      }
      return answer;
    }
  }

  /** Two or more " | " separators: the site's navigation bar. */
  private static boolean navigationBar(String norm) {
    int first = norm.indexOf(" | ");
    // "Tracks: policy | access | security" is a labelled list, text; a bar's first item has no
    // label ("basic information | first phase: Geneva | ...")
    return first >= 0 && norm.indexOf(" | ", first + 3) >= 0 && norm.lastIndexOf(':', first) < 0;
  }

  /**
   * A cheap filter before a regular expression, as case-insensitive as the expression (whose {@code
   * (?i)} folds ASCII letters only): {@code c | 0x20} folds an ASCII capital to its small letter,
   * and no other character folds to a small ASCII letter.
   *
   * @param text the line
   * @param word a word of small ASCII letters
   */
  private static boolean containsIgnoreCase(String text, String word) {
    int last = text.length() - word.length();
    char first = word.charAt(0);
    for (int i = 0; i <= last; i++) {
      if ((text.charAt(i) | 0x20) == first) {
        int j = 1;
        while (j < word.length() && (text.charAt(i + j) | 0x20) == word.charAt(j)) {
          j++;
        }
        if (j == word.length()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /** A year of the WSIS era and around it, as a word of its own. */
  private static final Pattern YEAR =
      Pattern.compile("(?<![\\p{Alnum}/.-])(19[89]\\d|20[0-3]\\d)(?![\\p{Alnum}/-])");

  /**
   * The year a section heading gives its dates ({@code Events throughout 2006}): the one year it
   * names (1980 to 2039, a number of its own, not part of a date such as {@code 12/05/2004}); 0 if
   * it names none or more than one.
   *
   * @param heading a heading
   * @return the year, or 0
   */
  static int yearOf(String heading) {
    Matcher m = YEAR.matcher(heading);
    int year = 0;
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (year != 0 && year != y) {
        return 0;
      }
      year = y;
    }
    return year;
  }

  /** A time after an update line's date ({@code 18:45}), not part of the date. */
  private static final java.util.regex.Pattern TIME =
      java.util.regex.Pattern.compile("\\s+\\d{1,2}[:h]\\d{2}$");

  /** An update line's date written out ({@code jueves, 4 mayo 2006 18:45}): one day, or empty. */
  static Optional<java.time.LocalDate> writtenDate(String written) {
    try {
      io.github.wsisdata.parser.DateRange range =
          io.github.wsisdata.parser.DateRange.parse(TIME.matcher(written).replaceFirst(""));
      return range.start().equals(range.end()) ? Optional.of(range.start()) : Optional.empty();
    } catch (io.github.wsisdata.parser.WsisParseException e) {
      return Optional.empty();
    }
  }
}
