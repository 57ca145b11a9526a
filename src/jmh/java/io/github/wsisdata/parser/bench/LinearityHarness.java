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

  /** A family of inputs: {@code make} gives, for a size, a case to run. */
  private record Family(String name, IntFunction<Case> make, int unit) {
    /** A family of text pages ({@code asText} only tells this constructor apart). */
    Family(String name, IntFunction<String> page, int unit, boolean asText) {
      this(name, n -> textCase(page.apply(n)), unit);
    }
  }

  /** One input: its size and what parsing it means. */
  private record Case(long bytes, Runnable run) {}

  private static Case textCase(String page) {
    return new Case(
        page.length(),
        () -> {
          WsisDocument doc = WsisParser.parseText(page);
          if (!doc.resolveAll().keySet().containsAll(doc.crossReferences())) {
            throw new IllegalStateException("a cross-reference was not resolved");
          }
        });
  }

  private static final WsisParser HTML =
      WsisParser.builder().format(io.github.wsisdata.parser.InputFormat.HTML).build();

  /** A made-up title of about {@code length} characters, from 2,000 words. */
  private static String title(java.util.Random random, int length) {
    StringBuilder title = new StringBuilder();
    while (title.length() < length) {
      title.append(title.length() == 0 ? "" : " ").append("w").append(random.nextInt(2_000));
    }
    return title.toString();
  }

  private static final String HEAD = " Meetings\n\n";

  private static final List<Family> FAMILIES =
      List.of(
          new Family(
              "long paragraph (lines of text under one entry)",
              n ->
                  HEAD
                      + "go 1 May 2005, Geneva, ITU - T\n"
                      + "the workshop discussed the information society\n".repeat(n),
              1_600,
              true),
          new Family(
              "many venues on one line",
              n -> HEAD + "go 1 May 2005, Geneva" + " and 2 May 2005, Geneva".repeat(n) + "\n",
              400,
              true),
          new Family(
              "token-dense line (one-letter words in a title)",
              n -> HEAD + "go 1 May 2005, Geneva, ITU - " + "a ".repeat(n) + "\n",
              2_000,
              true),
          new Family(
              "deep parentheses in the organizers",
              n ->
                  HEAD
                      + "go 1 May 2005, Geneva, "
                      + "(".repeat(n)
                      + "ITU"
                      + ")".repeat(n)
                      + " - T\n",
              2_000,
              true),
          new Family(
              "long label before the dates",
              n -> HEAD + "go " + "word ".repeat(n) + ": 1 May 2005, Geneva\n",
              1_000,
              true),
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
              10,
              true),
          new Family(
              "cross-references with titles of 500 characters (parse, then resolveAll)",
              n -> {
                java.util.Random random = new java.util.Random(29);
                StringBuilder page = new StringBuilder(HEAD);
                for (int i = 0; i < n; i++) {
                  page.append("go 1 May 2005, Geneva, ITU - ")
                      .append(title(random, 500))
                      .append("\n\ngo 7-10 June 2005 (see \"")
                      .append(title(random, 500))
                      .append("\")\n\n");
                }
                return page.toString();
              },
              64,
              true),
          new Family(
              "HTML: comments in one paragraph",
              n -> {
                byte[] html =
                    ("<html><body><h3>WSIS Thematic Meetings</h3><p>"
                            + "<!--c-->x ".repeat(n)
                            + "</p></body></html>")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                return new Case(
                    html.length,
                    () -> {
                      try {
                        HTML.read(new java.io.ByteArrayInputStream(html));
                      } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                      }
                    });
              },
              4_000),
          new Family(
              "MeetingMerger: one-meeting pages of one date and place, near-identical titles",
              n -> {
                List<WsisDocument> pages = new java.util.ArrayList<>();
                long bytes = 0;
                for (int i = 0; i < n; i++) {
                  String page =
                      HEAD
                          + "go 1 May 2005, Geneva (Switzerland), ITU - WSIS Thematic Meeting on"
                          + " Cybersecurity "
                          + i
                          + "\n";
                  bytes += page.length();
                  pages.add(WsisParser.parseText(page));
                }
                return new Case(
                    bytes,
                    () -> {
                      io.github.wsisdata.parser.MeetingMerger merger =
                          new io.github.wsisdata.parser.MeetingMerger();
                      for (int i = 0; i < pages.size(); i++) {
                        merger.add("page" + i, pages.get(i));
                      }
                      if (merger.nearDuplicateClusters().isEmpty()) {
                        throw new IllegalStateException("no near-duplicates found");
                      }
                    });
              },
              100));

  public static void main(String[] args) {
    System.out.println("family | size (bytes) | best of 3 (ms) | ns/byte | ns/byte vs 1x");
    for (Family f : FAMILIES) {
      double base = 0;
      for (int scale : new int[] {1, 10, 100}) {
        Case c = f.make().apply(f.unit() * scale);
        run(c); // warm-up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
          best = Math.min(best, run(c));
        }
        double perByte = (double) best / c.bytes();
        if (scale == 1) {
          base = perByte;
        }
        System.out.printf(
            Locale.ROOT,
            "%s | %d | %.1f | %.1f | %.2fx%n",
            f.name(),
            c.bytes(),
            best / 1e6,
            perByte,
            perByte / base);
      }
    }
  }

  private static long run(Case c) {
    long start = System.nanoTime();
    c.run().run();
    return System.nanoTime() - start;
  }
}
