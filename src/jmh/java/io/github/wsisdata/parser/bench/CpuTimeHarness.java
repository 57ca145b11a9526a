package io.github.wsisdata.parser.bench;

import io.github.wsisdata.parser.WsisParser;
import io.github.wsisdata.parser.testing.SyntheticPages;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The single-thread parse against the regex yardstick on the same generated page, in one JVM,
 * alternating the two round after round and timing each by the CPU time of the calling thread as
 * well as by the clock: on a shared machine whose other tenants take the core now and then, the
 * thread's CPU time is what the parse itself costs, and alternating keeps the two measured under
 * the same conditions. Prints each round and the median ratio.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:exec@bench
 * -Dbench.main=io.github.wsisdata.parser.bench.CpuTimeHarness -Dbench.args="50 12"} (megabytes,
 * rounds; the first three rounds are warm-up).
 */
public final class CpuTimeHarness {
  private CpuTimeHarness() {}

  public static void main(String[] args) {
    int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    String text = SyntheticPages.page(megabytes * 1_000_000L, 42);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int warm = 3;
    double[] cpuRatio = new double[rounds - warm];
    double[] wallRatio = new double[rounds - warm];
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      sink += WsisParser.parseText(text).meetings().size();
      long cpu1 = threads.getCurrentThreadCpuTime();
      long wall1 = System.nanoTime();
      sink += RegexYardstick.extract(text);
      long cpu2 = threads.getCurrentThreadCpuTime();
      long wall2 = System.nanoTime();
      double parseCpu = (cpu1 - cpu0) / 1e9;
      double regexCpu = (cpu2 - cpu1) / 1e9;
      double parseWall = (wall1 - wall0) / 1e9;
      double regexWall = (wall2 - wall1) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "round %2d%s: parse %.3f s cpu %.3f s wall, regex %.3f s cpu %.3f s wall,"
              + " parse/regex speed %.3f (cpu) %.3f (wall)%n",
          r + 1,
          r < warm ? " (warm-up)" : "",
          parseCpu,
          parseWall,
          regexCpu,
          regexWall,
          regexCpu / parseCpu,
          regexWall / parseWall);
      if (r >= warm) {
        cpuRatio[r - warm] = regexCpu / parseCpu;
        wallRatio[r - warm] = regexWall / parseWall;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "median parse speed / regex speed: %.3f (thread cpu time), %.3f (wall clock); %d MB,"
            + " %d rounds after %d warm-up (%d)%n",
        median(cpuRatio),
        median(wallRatio),
        megabytes,
        rounds - warm,
        warm,
        sink);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
