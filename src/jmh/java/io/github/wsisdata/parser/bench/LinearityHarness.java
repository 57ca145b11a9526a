package io.github.wsisdata.parser.bench;

import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParser;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Time per byte of hostile input families at 1x, 10x and 100x size: a linear parser keeps it within
 * a small factor, a quadratic one multiplies it by about 10 per step. Each case is parsed three
 * times after a warm-up; the best time counts. Run (see docs/reliability.md):
 *
 * <pre>
 * mvn -B -Pbench test-compile exec:exec@bench \
 *     -Dbench.main=io.github.wsisdata.parser.bench.LinearityHarness -Dbench.jvm=-Xmx256m -Dbench.args=
 * </pre>
 */
public final class LinearityHarness {
  private LinearityHarness() {}

  private record Family(String name, IntFunction<String> page, int unit) {}

  private static final String HEAD = " Meetings\n\n";

  private static final List<Family> FAMILIES =
      List.of(
          new Family(
              "long paragraph (lines of text under one entry)",
              n ->
                  HEAD
                      + "go 1 May 2005, Geneva, ITU - T\n"
                      + "the workshop discussed the information society\n".repeat(n),
              1_600),
          new Family(
              "many venues on one line",
              n -> HEAD + "go 1 May 2005, Geneva" + " and 2 May 2005, Geneva".repeat(n) + "\n",
              400),
          new Family(
              "token-dense line (one-letter words in a title)",
              n -> HEAD + "go 1 May 2005, Geneva, ITU - " + "a ".repeat(n) + "\n",
              2_000),
          new Family(
              "deep parentheses in the organizers",
              n ->
                  HEAD
                      + "go 1 May 2005, Geneva, "
                      + "(".repeat(n)
                      + "ITU"
                      + ")".repeat(n)
                      + " - T\n",
              2_000),
          new Family(
              "long label before the dates",
              n -> HEAD + "go " + "word ".repeat(n) + ": 1 May 2005, Geneva\n",
              1_000),
          new Family(
              "cross-references (parse, then resolveAll)",
              n -> {
                StringBuilder page = new StringBuilder(HEAD);
                for (int i = 0; i < n; i++) {
                  page.append("go 1 May 2005, Geneva, ITU - Meeting number ")
                      .append(i)
                      .append(" on the information society\n\n")
                      .append("go 7-10 June 2005 (see \"Unrelated conference ")
                      .append(i * 7919)
                      .append(" of nobody\")\n\n");
                }
                return page.toString();
              },
              10));

  public static void main(String[] args) {
    System.out.println("family | size (bytes) | best of 3 (ms) | ns/byte | ns/byte vs 1x");
    for (Family f : FAMILIES) {
      double base = 0;
      for (int scale : new int[] {1, 10, 100}) {
        String page = f.page().apply(f.unit() * scale);
        run(f, page); // warm-up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
          best = Math.min(best, run(f, page));
        }
        double perByte = (double) best / page.length();
        if (scale == 1) {
          base = perByte;
        }
        System.out.printf(
            Locale.ROOT,
            "%s | %d | %.1f | %.1f | %.2fx%n",
            f.name(),
            page.length(),
            best / 1e6,
            perByte,
            perByte / base);
      }
    }
  }

  private static long run(Family f, String page) {
    long start = System.nanoTime();
    WsisDocument doc = WsisParser.parseText(page);
    if (!doc.resolveAll().keySet().containsAll(doc.crossReferences())) {
      throw new IllegalStateException("a cross-reference was not resolved");
    }
    return System.nanoTime() - start;
  }
}
