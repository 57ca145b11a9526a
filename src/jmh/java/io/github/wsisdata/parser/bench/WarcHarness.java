package io.github.wsisdata.parser.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcWriter;

/**
 * WARC throughput of the command line: writes a WARC of about {@code MB} megabytes (resource
 * records: the bundled page and the shape pages in turn) and the same pages as files, then times
 * {@code java -XmxHEAP -jar target/wsis.jar -q -f jsonl} over the WARC and over the files with one
 * and two threads, and prints time, MB/s, pages/s and the records written (a fourth argument {@code
 * launcher} runs {@code target/wsis} instead, the heap given in {@code WSIS_JAVA_OPTS}). Run it
 * with
 *
 * <pre>
 * mvn -B -Pbench package exec:exec@bench -DskipTests \
 *   -Dbench.main=io.github.wsisdata.parser.bench.WarcHarness -Dbench.args="200 256m target/warc-bench"
 * </pre>
 */
public final class WarcHarness {
  private WarcHarness() {}

  public static void main(String[] args) throws Exception {
    long target = Long.parseLong(args.length > 0 ? args[0] : "200") * 1_000_000L;
    String heap = args.length > 1 ? args[1] : "256m";
    Path dir = Path.of(args.length > 2 ? args[2] : "target/warc-bench");
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Path warc = dir.resolve("crawl.warc");
    List<byte[]> sources = new ArrayList<>();
    sources.add(Files.readAllBytes(Path.of("seeds", "wsis-regional-and-thematic-meetings.txt")));
    try (Stream<Path> shapes = Files.list(Path.of("src/test/resources/shapes"))) {
      for (Path shape : shapes.sorted().toList()) {
        sources.add(Files.readAllBytes(shape));
      }
    }
    int n = 0;
    Files.deleteIfExists(warc);
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
      while (writer.position() < target) {
        byte[] body = sources.get(n % sources.size());
        String name = String.format(Locale.ROOT, "p%06d.txt", n);
        Files.write(pages.resolve(name), body);
        writer.write(
            new WarcResource.Builder(URI.create("http://www.itu.int/wsis/" + name))
                .date(Instant.parse("2008-08-20T10:00:00Z"))
                .body(MediaType.parse("text/plain; charset=utf-8"), body)
                .build());
        n++;
      }
    }
    long bytes = Files.size(warc);
    System.out.printf(Locale.ROOT, "WARC %s: %,d bytes, %,d pages%n", warc, bytes, n);
    launcher = args.length > 3 && args[3].equals("launcher");
    run("warc -j 1", heap, bytes, n, "-j", "1", warc.toString());
    run("files -j 1", heap, bytes, n, "-j", "1", pages.toString());
    run("warc -j 2", heap, bytes, n, "-j", "2", warc.toString());
    run("files -j 2", heap, bytes, n, "-j", "2", pages.toString());
  }

  /** Whether to run the launcher {@code target/wsis} rather than {@code java -jar}. */
  private static boolean launcher;

  private static void run(String label, String heap, long bytes, int pages, String... input)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            launcher
                ? List.of("sh", "target/wsis", "-q", "-f", "jsonl")
                : List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap,
                    "-jar",
                    "target/wsis.jar",
                    "-q",
                    "-f",
                    "jsonl"));
    command.addAll(List.of(input));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    if (launcher) {
      builder.environment().put("WSIS_JAVA_OPTS", "-Xmx" + heap);
    }
    long start = System.nanoTime();
    Process p = builder.start();
    long records;
    try (Stream<String> lines =
        new java.io.BufferedReader(
                new java.io.InputStreamReader(
                    p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))
            .lines()) {
      records = lines.count();
    }
    int exit = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-11s exit %d  %.1f s  %.1f MB/s  %.0f pages/s  %,d records%n",
        label,
        exit,
        seconds,
        bytes / 1e6 / seconds,
        pages / seconds,
        records);
  }
}
