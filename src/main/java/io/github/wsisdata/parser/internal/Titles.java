package io.github.wsisdata.parser.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleaning of titles and the quoted title in cross-references. */
final class Titles {
  /** Opening and closing quote pairs that may enclose a whole title. */
  private static final String[][] QUOTES = {
    {"\"", "\""}, {"“", "”"}, {"„", "“"}, {"«", "»"}, {"‘", "’"}, {"'", "'"}, {"”", "”"}
  };

  private static final Pattern QUOTED = Pattern.compile("[\"“„«‘]([^\"“”„«»‘’]+)[\"”“»’]");

  private Titles() {}

  /**
   * Removes a trailing colon and a pair of matching quotes that encloses the whole title; an
   * unbalanced quote stays.
   */
  static String clean(String normalized) {
    String t = normalized.strip();
    int end = t.length();
    while (end > 0 && (t.charAt(end - 1) == ':' || t.charAt(end - 1) == ' ')) {
      end--;
    }
    t = t.substring(0, end);
    for (String[] q : QUOTES) {
      if (t.length() >= q[0].length() + q[1].length() + 1
          && t.startsWith(q[0])
          && t.endsWith(q[1])) {
        String inner = t.substring(q[0].length(), t.length() - q[1].length());
        if (!inner.contains(q[0]) && !inner.contains(q[1])) {
          return inner.strip();
        }
      }
    }
    return t;
  }

  /** The last quoted text in a note, or the note after a leading "see". */
  static String referencedTitle(String note) {
    Matcher m = QUOTED.matcher(note);
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    if (last != null) {
      return Text.normalize(last);
    }
    String rest = note.strip();
    return rest.regionMatches(true, 0, "see", 0, 3) ? rest.substring(3).strip() : rest;
  }
}
