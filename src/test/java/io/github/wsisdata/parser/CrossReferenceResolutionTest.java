package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every cross-reference of a document resolved once, with one index: linear, same answers. */
public class CrossReferenceResolutionTest {
  /** Public for the pages other tests share from it. */
  public CrossReferenceResolutionTest() {
    // JUnit makes one per test
  }

  /** A title of about 400 characters from a vocabulary of 2,000 made-up words. */
  private static String title(Random random) {
    StringBuilder title = new StringBuilder();
    while (title.length() < 400) {
      title.append(title.length() == 0 ? "" : " ").append("w").append(random.nextInt(2_000));
    }
    return title.toString();
  }

  /**
   * 1,000 meetings and 1,000 references with titles of their own.
   *
   * @return the page text
   */
  public static String manyReferences() {
    Random random = new Random(7);
    StringBuilder page = new StringBuilder(" Meetings\n\n");
    for (int i = 0; i < 1_000; i++) {
      page.append("go 1 May 2005, Geneva, ITU - ").append(title(random)).append("\n\n");
      page.append("go 7-10 June 2005 (see \"").append(title(random)).append("\")\n\n");
    }
    return page.toString();
  }

  @Test
  void resolvingAThousandReferencesAmongAThousandMeetingsIsLinear() {
    WsisDocument doc = WsisParser.parseText(manyReferences());
    assertEquals(1_000, doc.crossReferences().size());
    Map<CrossReference, Optional<Meeting>> resolved =
        assertTimeoutPreemptively(Duration.ofSeconds(60), doc::resolveAll);
    assertEquals(1_000, resolved.size());
    // the titles share their made-up words' shape, so some are similar enough to resolve; what
    // counts is that no reference costs a comparison with every meeting
    CrossReference first = doc.crossReferences().get(0);
    assertEquals(doc.resolve(first), resolved.get(first));
  }

  @Test
  void resolveAllGivesWhatResolveGives() throws Exception {
    WsisDocument seed = WsisParser.parse(SeedPageTest.SEED);
    for (CrossReference ref : seed.crossReferences()) {
      assertEquals(seed.resolve(ref), seed.resolveAll().get(ref));
    }
    assertEquals(44, seed.resolveAll().values().iterator().next().orElseThrow().line());
  }

  @Test
  void inALargeDocumentAnInexactTitleIsFoundThroughItsDistinctiveWords() {
    StringBuilder page = new StringBuilder(" Meetings\n\n");
    for (int i = 0; i < 300; i++) {
      page.append("go 1 May 2005, Geneva, ITU - Regional meeting number ").append(i).append("\n\n");
    }
    page.append("go 7-9 February 2005, Geneva, ITU - Measuring the Information Society\n\n");
    page.append("go 7-10 June 2005 (see \"Measuring Information Society\")\n");
    WsisDocument doc = WsisParser.parseText(page.toString());
    CrossReference ref = doc.crossReferences().get(0);
    Meeting found = doc.resolveAll().get(ref).orElseThrow();
    assertEquals("Measuring the Information Society", found.title());
    assertEquals(Optional.of(found), doc.resolve(ref));
  }

  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.Timeout(60) // its words were de-duplicated in quadratic time: 62 s
  void anEnormousTitleOfDistinctWordsIsIndexedInLinearTime() {
    StringBuilder title = new StringBuilder("Workshop");
    for (int i = 0; title.length() < 800_000; i++) {
      title.append(" w").append(i);
    }
    StringBuilder page = new StringBuilder("WSIS Thematic Meetings\n\n");
    for (int i = 0; i < 300; i++) {
      page.append("go ")
          .append(1 + i % 28)
          .append(" May 2005, Geneva, ITU - Forum ")
          .append(i)
          .append('\n');
    }
    page.append("go 1 June 2005, Geneva, ITU - ").append(title).append('\n');
    page.append("go 1 June 2005 (see \"").append(title).append("\")\n");
    WsisDocument doc = WsisParser.parseText(page);
    assertEquals(301, doc.meetings().size());
    assertEquals(1, doc.crossReferences().size());
    assertEquals(
        doc.meetings().get(300).title(),
        doc.resolve(doc.crossReferences().get(0)).orElseThrow().title());
  }
}
