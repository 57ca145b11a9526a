package io.github.wsisdata.parser.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user would write instead of the parser: one regular expression per {@code go} line,
 * pulling out dates, place, organizers and title, with no diagnostics, no descriptions, no calendar
 * check and no recovery.
 */
final class RegexYardstick {
  private static final Pattern ENTRY =
      Pattern.compile(
          "^go\\s+(\\d{1,2})(?:\\s*[-\u2013\u2014]\\s*(\\d{1,2}))?\\s+([A-Za-z]+)\\s*(\\d{4})?"
              + "(?:\\s*[-\u2013\u2014]\\s*(\\d{1,2})\\s+([A-Za-z]+))?\\s+(\\d{4})\\s*,\\s*"
              + "([^,]+?)\\s*(?:\\(([^)]*)\\))?\\s*,\\s*(.*?)\\s+[-\u2013\u2014]\\s+(.*)$");

  private RegexYardstick() {}

  /**
   * Extracts the fields of every matching {@code go} line.
   *
   * @param page the page
   * @return how many lines matched (the fields are read so that nothing is optimized away)
   */
  static long extract(String page) {
    long matched = 0;
    long checksum = 0;
    int start = 0;
    int length = page.length();
    Matcher m = ENTRY.matcher("");
    while (start < length) {
      int end = page.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      if (page.startsWith("go ", start)) {
        m.reset(page.substring(start, end));
        if (m.matches()) {
          matched++;
          checksum += m.group(1).length() + m.group(3).length() + m.group(8).length();
          checksum += m.group(10).length() + m.group(11).length();
        }
      }
      start = end + 1;
    }
    return matched + (checksum & 1);
  }
}
