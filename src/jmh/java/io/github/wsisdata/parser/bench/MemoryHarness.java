package io.github.wsisdata.parser.bench;

import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParser;
import io.github.wsisdata.parser.testing.SyntheticPages;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Memory and scaling harness (not JMH: it measures heap, once per fresh JVM).
 *
 * <ul>
 *   <li>{@code stream MB}: writes a generated page of MB megabytes to target/, streams its entries
 *       and prints the peak heap (sum of the heap pools' peaks). Run it with a small -Xmx.
 *   <li>{@code document MB}: parses a generated page of MB megabytes into a WsisDocument and prints
 *       the heap the document holds after a full GC, with the page text released, and the peak heap
 *       above the page text while parsing.
 *   <li>{@code scaling}: parses 1, 10 and 50 MB pages (warmed up) and prints MB/s for each.
 * </ul>
 */
public final class MemoryHarness {
  private MemoryHarness() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "stream" -> stream(Integer.parseInt(args[1]));
      case "document" -> document(Integer.parseInt(args[1]));
      case "scaling" -> scaling();
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static void stream(int megabytes) throws Exception {
    Path file = Path.of("target", "generated-" + megabytes + "mb.txt");
    if (!Files.exists(file) || Files.size(file) < megabytes * 1_000_000L) {
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        SyntheticPages.write(megabytes * 1_000_000L, 42, out);
      }
    }
    resetPeaks();
    AtomicLong diagnostics = new AtomicLong();
    long start = System.nanoTime();
    long entries;
    try (Stream<Entry> stream =
        WsisParser.builder().build().stream(file, d -> diagnostics.incrementAndGet())) {
      entries = stream.count();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "stream %d MB (%d bytes): %d entries, %d diagnostics, %.1f s, %.1f MB/s,"
            + " peak heap %.1f MB, max heap %.0f MB%n",
        megabytes,
        Files.size(file),
        entries,
        diagnostics.get(),
        seconds,
        Files.size(file) / 1e6 / seconds,
        peakHeap() / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
  }

  private static void document(int megabytes) throws Exception {
    String text = SyntheticPages.page(megabytes * 1_000_000L, 42);
    long inputBytes = text.getBytes(StandardCharsets.UTF_8).length;
    long before = usedAfterGc();
    resetPeaks();
    WsisDocument doc = WsisParser.builder().build().read(new java.io.StringReader(text));
    long peak = peakHeap() - before;
    text = null;
    long held = usedAfterGc();
    System.out.printf(
        "document %d MB: input %d bytes, %d meetings, heap after GC holding the"
            + " document %.1f MB = %.2f x input; peak while parsing %.1f MB above the page text"
            + " = %.2f x input%n",
        megabytes,
        inputBytes,
        doc.meetings().size(),
        held / 1e6,
        (double) held / inputBytes,
        peak / 1e6,
        (double) peak / inputBytes);
    if (doc.sections().isEmpty()) {
      System.out.println("(empty)");
    }
  }

  private static void scaling() {
    for (int round = 0; round < 2; round++) {
      for (int megabytes : new int[] {1, 10, 50}) {
        String text = SyntheticPages.page(megabytes * 1_000_000L, 42);
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        long start = System.nanoTime();
        WsisDocument doc = WsisParser.parseText(text);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (round == 1) {
          System.out.printf(
              "scaling %d MB: %d meetings in %.2f s = %.1f MB/s%n",
              megabytes, doc.meetings().size(), seconds, bytes / 1e6 / seconds);
        }
      }
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
