package io.github.wsisdata.parser.internal;

import java.util.ArrayList;
import java.util.Collections;
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
    String text = normalized.strip();
    int end = text.length();
    List<String> notes = new ArrayList<>();
    while (end > 0 && text.charAt(end - 1) == ']') {
      int open = matchingOpen(text, end);
      if (open < 0) {
        break;
      }
      String note = Text.normalize(text.substring(open + 1, end - 1));
      if (!note.isEmpty()) {
        notes.add(note);
      }
      end = skipBack(text, open);
      if (end > 0 && text.charAt(end - 1) == '.' && !notes.isEmpty()) {
        end = skipBack(text, end - 1);
      }
    }
    Collections.reverse(notes);
    return new Split(text.substring(0, end), List.copyOf(notes));
  }

  /** The index after the last non-space character before {@code index}. */
  private static int skipBack(String text, int index) {
    int i = index;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  private static int matchingOpen(String text, int end) {
    int depth = 0;
    for (int i = end - 1; i >= 0; i--) {
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
