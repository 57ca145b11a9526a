package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** Small pages for focused tests. */
final class Pages {
  private Pages() {}

  static final String HEADING = " Test Meetings";

  /** A page: banner, title, one heading, then the given lines separated by blank lines. */
  static String page(String... lines) {
    StringBuilder out =
        new StringBuilder("United Nations  International Telecommunication Union\n\n")
            .append("go Test Page\n\n")
            .append(HEADING)
            .append("\n\n");
    for (String line : lines) {
      out.append(line).append("\n\n");
    }
    return out.append("Updated : 2008-08-18\n").toString();
  }

  /** The single meeting of a page made of one entry line; asserts there is exactly one. */
  static Meeting onlyMeeting(String goLine) {
    WsisDocument doc = WsisParser.parseText(page(goLine));
    assertEquals(List.of(), doc.diagnostics(Severity.ERROR), "errors");
    assertEquals(1, doc.meetings().size(), "meetings");
    return doc.meetings().get(0);
  }
}
