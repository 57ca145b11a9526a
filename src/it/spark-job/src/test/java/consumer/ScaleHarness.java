package consumer;

import io.github.wsisdata.parser.testing.CrawlPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Issue 27, point 7: the job on several crawl-like WARC files ({@link CrawlPages}: one page in ten
 * a meeting page), in Spark's local mode with one thread and with two, alternating, each run in a
 * session of its own and timed from the job's start to its end (the session's start-up not
 * counted). Prints each run and the median speed-up.
 *
 * <p>Run, after {@code mvn verify} has built and installed the consumer projects (docs/scale.md):
 *
 * <pre>
 * mvn -B -o -f target/it/spark-job/pom.xml -Dmaven.repo.local=$PWD/.it-repo \
 *   test-compile exec:exec@scale -Dscale.args="8 2000 3"
 * </pre>
 *
 * (files, records per file, rounds).
 */
public final class ScaleHarness {
  private ScaleHarness() {}

  public static void main(String[] args) throws Exception {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int records = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path dir = Files.createDirectories(Path.of("target", "scale"));
    Path input = Files.createDirectories(dir.resolve("input"));
    long bytes = 0;
    for (int f = 0; f < files; f++) {
      Path warc = input.resolve(String.format(Locale.ROOT, "crawl-%02d.warc.gz", f));
      CrawlPages.write(CrawlPages.pages(records, 1000 + f), warc, true);
      bytes += Files.size(warc);
    }
    System.out.printf(
        Locale.ROOT,
        "%d WARC files of %d records, %,d bytes; %d cores%n",
        files,
        records,
        bytes,
        Runtime.getRuntime().availableProcessors());
    List<Double> speedups = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      double one = run("local[1]", input, dir.resolve("out-1"));
      double two = run("local[2]", input, dir.resolve("out-2"));
      System.out.printf(
          Locale.ROOT,
          "round %d: local[1] %.2f s, local[2] %.2f s, speed-up %.2fx%n",
          r + 1,
          one,
          two,
          one / two);
      speedups.add(one / two);
    }
    double[] sorted = speedups.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "median speed-up local[2] / local[1]: %.2fx %s%n",
        sorted[sorted.length / 2],
        Arrays.toString(sorted));
  }

  private static double run(String master, Path input, Path output) {
    try (SparkSession session =
        SparkSession.builder()
            .master(master)
            .appName("wsis-scale")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", master.equals("local[1]") ? "1" : "2")
            .getOrCreate()) {
      long start = System.nanoTime();
      MeetingsJob.Counts counts = MeetingsJob.run(session, input, output);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT, "  %s: %d meetings in %.2f s%n", master, counts.meetings(), seconds);
      return seconds;
    }
  }
}
