package io.github.wsisdata.parser.bench;

import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParser;
import io.github.wsisdata.parser.testing.SyntheticPages;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput on generated pages (parse, stream, and the regex yardstick), latency on the bundled
 * page (warm, and the first parse in a fresh JVM). Run with the command in docs/performance.md;
 * MB/s = page size (in MB) x ops/s.
 */
public class ParserBenchmarks {
  private static final WsisParser LENIENT = WsisParser.builder().build();

  /** A generated page held in memory. */
  @State(Scope.Benchmark)
  public static class GeneratedPage {
    @Param({"50"})
    public int megabytes;

    String text;

    @Setup(Level.Trial)
    public void generate() {
      text = SyntheticPages.page(megabytes * 1_000_000L, 42);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 10)
  @Measurement(iterations = 3, time = 10)
  public WsisDocument parseDocument(GeneratedPage page) {
    return WsisParser.parseText(page.text);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 10)
  @Measurement(iterations = 3, time = 10)
  public long streamEntries(GeneratedPage page) {
    try (var entries = LENIENT.stream(new StringReader(page.text), d -> {})) {
      return entries.count();
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 10)
  @Measurement(iterations = 3, time = 10)
  public long regexYardstick(GeneratedPage page) {
    return RegexYardstick.extract(page.text);
  }

  /** The bundled page. */
  @State(Scope.Benchmark)
  public static class BundledPage {
    String text;

    @Setup(Level.Trial)
    public void read() throws IOException {
      text =
          Files.readString(
              Path.of("seeds", "wsis-regional-and-thematic-meetings.txt"), StandardCharsets.UTF_8);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public WsisDocument bundledPageWarm(BundledPage page) {
    return WsisParser.parseText(page.text);
  }

  /** First parse in a fresh JVM: class loading, grammar tables, interpreter. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public WsisDocument bundledPageCold(BundledPage page) {
    return WsisParser.parseText(page.text);
  }
}
