package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The accounting promise on the bundled page and on pages with every kind of trouble. */
class AccountingTest {

  @Test
  void everyLineOfTheBundledPageIsAccountedFor() throws Exception {
    String text = Files.readString(SeedPageTest.SEED, StandardCharsets.UTF_8);
    WsisDocument doc = WsisParser.parseText(text);
    Accounting.check(text, doc);
    List<LineRole> roles = doc.lineRoles();
    assertEquals(141, roles.size());
    assertEquals(LineRole.BANNER, roles.get(0));
    assertEquals(LineRole.TITLE, roles.get(6));
    assertEquals(LineRole.HEADING, roles.get(9));
    assertEquals(LineRole.ENTRY, roles.get(11));
    assertEquals(LineRole.DESCRIPTION, roles.get(13));
    assertEquals(
        List.of(LineRole.FOOTER, LineRole.BLANK, LineRole.FOOTER, LineRole.FOOTER, LineRole.FOOTER),
        roles.subList(136, 141));
    assertEquals(29, roles.stream().filter(r -> r == LineRole.ENTRY).count());
    assertEquals(28, roles.stream().filter(r -> r == LineRole.DESCRIPTION).count());
  }

  @Test
  void troubledPageIsAccountedFor() {
    String text =
        "go Title\n\nStray text before any heading.\n\n Heading\n\nIntro line\n\n"
            + "go 31 February 2005, Geneva, ITU - Bad\n\nParagraph of the bad line\n\n"
            + "go 1 May 2005, Geneva, ITU - Good\nline under it\n\ngo A link\n\n"
            + "Updated : 2008-02-30\n\nText after the footer.\n";
    WsisDocument doc = WsisParser.parseText(text);
    Accounting.check(text, doc);
    assertEquals(
        List.of(
            LineRole.TITLE,
            LineRole.BLANK,
            LineRole.DIAGNOSTIC,
            LineRole.BLANK,
            LineRole.HEADING,
            LineRole.BLANK,
            LineRole.INTRODUCTION,
            LineRole.BLANK,
            LineRole.DIAGNOSTIC,
            LineRole.BLANK,
            LineRole.DIAGNOSTIC,
            LineRole.BLANK,
            LineRole.ENTRY,
            LineRole.DESCRIPTION,
            LineRole.BLANK,
            LineRole.ENTRY,
            LineRole.BLANK,
            LineRole.FOOTER,
            LineRole.BLANK,
            LineRole.DIAGNOSTIC),
        doc.lineRoles());
  }
}
