package io.github.wsisdata.parser.internal;

import java.util.ArrayList;
import java.util.List;

/** Trailing bracketed notes such as {@code . [Proxy site]} at the end of a place or title. */
final class Notes {
  private Notes() {}

  /**
   * Text without its trailing notes, and the notes.
   *
   * @param text what is left, normalized, without the period before the notes
   * @param notes note texts in page order, brackets removed
   */
  record Split(String text, List<String> notes) {}

  static Split split(String normalized) {
    String rest = normalized.strip();
    List<String> notes = new ArrayList<>();
    while (rest.endsWith("]")) {
      int open = matchingOpen(rest);
      if (open < 0) {
        break;
      }
      String note = Text.normalize(rest.substring(open + 1, rest.length() - 1));
      if (!note.isEmpty()) {
        notes.add(0, note);
      }
      rest = rest.substring(0, open).strip();
      if (rest.endsWith(".") && !notes.isEmpty()) {
        rest = rest.substring(0, rest.length() - 1).strip();
      }
    }
    return new Split(rest, List.copyOf(notes));
  }

  private static int matchingOpen(String text) {
    int depth = 0;
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ']') {
        depth++;
      } else if (c == '[') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }
}
