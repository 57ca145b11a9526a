package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the accounting promise: every non-blank input line has exactly one role, and the record or
 * diagnostic that role names really holds the line's text.
 */
final class Accounting {
  private Accounting() {}

  /** Lines as the parser splits them: \r\n, \r or \n; a final terminator starts no line. */
  static List<String> lines(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> out = new ArrayList<>(List.of(body.split("\r\n|\r|\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  static String norm(String s) {
    return io.github.wsisdata.parser.internal.text.Text.normalize(s);
  }

  static void check(String text, WsisDocument doc) {
    List<String> lines = lines(text);
    List<LineRole> roles = doc.lineRoles();
    assertEquals(lines.size(), roles.size(), "one role per line");
    java.util.TreeMap<Integer, List<Entry>> byLine = new java.util.TreeMap<>();
    for (Entry e : doc.entries()) {
      byLine.computeIfAbsent(e.line(), k -> new ArrayList<>()).add(e);
    }
    java.util.Map<Integer, List<Diagnostic>> diagnosticsByLine = new java.util.HashMap<>();
    for (Diagnostic d : doc.diagnostics()) {
      diagnosticsByLine.computeIfAbsent(d.line(), k -> new ArrayList<>()).add(d);
    }
    java.util.Set<String> headings = new java.util.HashSet<>();
    doc.sections().forEach(s -> headings.add(s.heading()));
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String raw = lines.get(i);
      String norm = norm(raw);
      LineRole role = roles.get(i);
      String at = "line " + lineNo + " (" + role + "): " + abbreviate(raw);
      if (role == LineRole.DIAGNOSTIC) {
        boolean own =
            diagnosticsByLine.getOrDefault(lineNo, List.of()).stream()
                .anyMatch(d -> d.sourceLine().equals(raw));
        assertTrue(
            own
                || (!norm.isEmpty()
                    && doc.diagnostics().stream().anyMatch(d -> d.followingText().contains(norm))),
            at);
        continue;
      }
      if (norm.isEmpty()) {
        assertEquals(LineRole.BLANK, role, at);
        continue;
      }
      assertNotEquals(LineRole.BLANK, role, at);
      switch (role) {
        // a line of a wrapped page may be joined to the line before it (docs/format.md)
        case TITLE -> assertTrue(("go " + doc.title().orElseThrow()).contains(norm), at);
        case HEADING -> assertTrue(headings.contains(norm), at);
        case INTRODUCTION ->
            assertTrue(doc.sections().stream().anyMatch(s -> s.introduction().contains(norm)), at);
        case ENTRY -> {
          // the line's own entry, or (a continuation of a wrapped line) the entry it joins
          var owner = byLine.floorEntry(lineNo);
          assertTrue(
              owner != null
                  && owner.getValue().stream()
                      .anyMatch(
                          e ->
                              raw.contains(e.rawText())
                                  || e.rawText().contains(norm)
                                  // a wrapped entry joins its lines raw: no-break spaces kept
                                  || e.rawText().contains(raw.strip())),
              at);
        }
        case DESCRIPTION -> {
          var owner = byLine.lowerEntry(lineNo);
          assertTrue(owner != null && owner.getValue().get(0).description().contains(norm), at);
        }
        case BANNER, FOOTER -> {}
        default -> throw new AssertionError(at);
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
