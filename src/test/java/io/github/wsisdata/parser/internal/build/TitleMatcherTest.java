package io.github.wsisdata.parser.internal.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParser;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The cost of resolving cross-references follows the size of the page, whatever its titles. */
class TitleMatcherTest {
  /** A title of {@code length} characters from a vocabulary of 2,000 made-up words. */
  private static String title(Random random, int length) {
    StringBuilder title = new StringBuilder();
    while (title.length() < length) {
      title.append(title.length() == 0 ? "" : " ").append("w").append(random.nextInt(2_000));
    }
    return title.substring(0, length);
  }

  /** {@code n} meetings and {@code n} references, titles of 500 characters; the last is inexact. */
  private static String page(int n) {
    Random random = new Random(29);
    StringBuilder page = new StringBuilder(" Meetings\n\n");
    String last = null;
    for (int i = 0; i < n; i++) {
      last = title(random, 500);
      page.append("go 1 May 2005, Geneva, ITU - ").append(last).append("\n\n");
      String wanted = i == n - 1 ? last.substring(0, 480) : title(random, 500);
      page.append("go 7-10 June 2005 (see \"").append(wanted).append("\")\n\n");
    }
    return page.toString();
  }

  private static long work(WsisDocument doc, List<Optional<Meeting>> into) {
    TitleMatcher<Meeting> matcher =
        TitleMatcher.matched(
            doc.meetings(),
            doc.crossReferences().stream().map(CrossReference::referencedTitle).toList());
    into.addAll(matcher.results());
    return matcher.work();
  }

  @Test
  void longTitlesCostCharacterPairsInProportionToThePage() {
    for (int n : new int[] {256, 1_024}) {
      String text = page(n);
      WsisDocument doc = WsisParser.parseText(text);
      assertEquals(n, doc.meetings().size());
      List<Optional<Meeting>> found = new java.util.ArrayList<>();
      long work = work(doc, found);
      // all pairs cost 256 x 256 x 500 x 500 = 16.4 billion character pairs for 270 KB (25 s)
      assertTrue(
          work < 2_000L * text.length(),
          n + " meetings: " + work + " character pairs for " + text.length() + " characters");
      assertEquals(doc.meetings().get(n - 1), found.get(n - 1).orElseThrow());
    }
  }

  @Test
  @Timeout(20) // 25 s before the comparisons were bounded by their cost
  void twoHundredFiftySixReferencesOfFiveHundredCharactersResolveQuickly() {
    WsisDocument doc = WsisParser.parseText(page(256));
    CrossReference last = doc.crossReferences().get(255);
    assertEquals(doc.meetings().get(255), doc.resolveAll().get(last).orElseThrow());
  }

  @Test
  void titlesOfVeryDifferentLengthsAreNeverCompared() {
    assertTrue(TitleMatcher.mayReach(50, 100));
    assertFalse(TitleMatcher.mayReach(49, 100));
    // the bound is exact enough: Jaro-Winkler of a title and its first half reaches 0.9 or less
    String title = "measuring the information society in africa and asia";
    double half =
        new org.apache.commons.text.similarity.JaroWinklerSimilarity()
            .apply(title, title.substring(0, title.length() / 2));
    assertTrue(half <= TitleMatcher.THRESHOLD + 1e-9, "similarity " + half);
  }
}
