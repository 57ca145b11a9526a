package io.github.wsisdata.parser.bench;

import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParser;
import io.github.wsisdata.parser.testing.CrawlPages;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Issue 27, point 3: {@code readWarc} over a crawl-like WARC against what any HTML tool must do
 * with the same file: jwarc reads every record, and jsoup parses every HTML response and takes its
 * {@code text()}. The WARC is made by {@link CrawlPages} (one page in ten a meeting page; the
 * others ordinary pages of 20 to 40 KB with navigation, tables and dated prose, press releases,
 * pages with no date, images). Both run in one JVM on one thread, alternating round after round;
 * each is timed by the calling thread's CPU time and by the clock. Prints each round and the median
 * ratio readWarc / baseline (the target: at most 1.25).
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:exec@bench
 * -Dbench.main=io.github.wsisdata.parser.bench.CrawlHarness -Dbench.args="2000 12"} (records,
 * rounds; the first three rounds are warm-up; a third argument {@code plain} writes the WARC
 * uncompressed).
 */
public final class CrawlHarness {
  private CrawlHarness() {}

  public static void main(String[] args) throws IOException {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    boolean gzip = !(args.length > 2 && args[2].equals("plain"));
    Path dir = Files.createDirectories(Path.of("target", "crawl-bench"));
    Path warc = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
    List<CrawlPages.Page> pages = CrawlPages.pages(records, 27);
    CrawlPages.write(pages, warc, gzip);
    long html = pages.stream().filter(p -> p.kind() != CrawlPages.Kind.IMAGE).count();
    long bodies = pages.stream().mapToLong(p -> p.body().length).sum();
    System.out.printf(
        Locale.ROOT,
        "WARC %s: %,d bytes, %,d records (%,d HTML pages, %,d bytes of bodies)%n",
        warc,
        Files.size(warc),
        records,
        html,
        bodies);
    WsisParser parser = WsisParser.builder().build();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int warm = 3;
    double[] cpuRatio = new double[rounds - warm];
    double[] wallRatio = new double[rounds - warm];
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      sink += baseline(warc);
      long cpu1 = threads.getCurrentThreadCpuTime();
      long wall1 = System.nanoTime();
      int[] meetings = {0};
      int[] documents = {0};
      try (Stream<WsisDocument> docs = parser.readWarc(warc, p -> {})) {
        docs.forEach(
            d -> {
              documents[0]++;
              meetings[0] += d.meetings().size();
            });
      }
      sink += meetings[0];
      long cpu2 = threads.getCurrentThreadCpuTime();
      long wall2 = System.nanoTime();
      double baseCpu = (cpu1 - cpu0) / 1e9;
      double readCpu = (cpu2 - cpu1) / 1e9;
      double baseWall = (wall1 - wall0) / 1e9;
      double readWall = (wall2 - wall1) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "round %2d%s: jwarc+jsoup %.3f s cpu %.3f s wall; readWarc %.3f s cpu %.3f s wall"
              + " (%d documents, %d meetings); readWarc/baseline %.3f (cpu) %.3f (wall)%n",
          r + 1,
          r < warm ? " (warm-up)" : "",
          baseCpu,
          baseWall,
          readCpu,
          readWall,
          documents[0],
          meetings[0],
          readCpu / baseCpu,
          readWall / baseWall);
      if (r >= warm) {
        cpuRatio[r - warm] = readCpu / baseCpu;
        wallRatio[r - warm] = readWall / baseWall;
      }
    }
    Arrays.sort(cpuRatio);
    Arrays.sort(wallRatio);
    System.out.printf(
        Locale.ROOT,
        "median readWarc/baseline: %.3f (cpu), %.3f (wall); min %.3f, max %.3f (cpu) [%d]%n",
        cpuRatio[cpuRatio.length / 2],
        wallRatio[wallRatio.length / 2],
        cpuRatio[0],
        cpuRatio[cpuRatio.length - 1],
        sink);
  }

  /** jwarc and jsoup: every HTML response parsed, its text taken; the total length of the text. */
  static long baseline(Path warc) throws IOException {
    long chars = 0;
    try (WarcReader reader = new WarcReader(warc)) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response) {
          MediaType type = response.http().contentType();
          if (!type.base().toString().equals("text/html")) {
            continue;
          }
          String charset = type.parameters().get("charset");
          try (InputStream body = response.http().body().stream()) {
            chars += Jsoup.parse(body, charset, response.target()).text().length();
          }
        }
      }
    }
    return chars;
  }
}
