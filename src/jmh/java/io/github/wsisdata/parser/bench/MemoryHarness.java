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
 *   <li>{@code families}: the peak heap of streaming the memory families of docs/reliability.md (a
 *       long description paragraph, a long line, an HTML page of meetings) at 1x, 10x and 100x size
 *       (0.2, 2 and 20 MB), in one JVM: what a page needs beyond the heap in use before.
 * </ul>
 */
public final class MemoryHarness {
  private MemoryHarness() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "stream" -> stream(Integer.parseInt(args[1]));
      case "document" -> document(Integer.parseInt(args[1]));
      case "scaling" -> scaling();
      case "families" -> families();
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

  private static void families() throws Exception {
    WsisParser text = WsisParser.builder().build();
    WsisParser html =
        WsisParser.builder().format(io.github.wsisdata.parser.InputFormat.HTML).build();
    String head = "WSIS Thematic Meetings\n\ngo 1 May 2005, Geneva (Switzerland), ITU - T\n";
    String sentence = "the workshop discussed the information society and its future. ";
    String meeting =
        "<p><img alt=\"go\"> 1 May 2005, Geneva (Switzerland), ITU - A meeting</p>"
            + "<p>It discussed the information society.</p>\n";
    System.out.println("family | bytes | peak heap above the heap before (MB) | peak / bytes");
    for (int scale : new int[] {1, 10, 100}) {
      int bytes = 200_000 * scale;
      String paragraph = head + (sentence + "\n").repeat(bytes / (sentence.length() + 1));
      measure("description paragraph of lines", text, "paragraph.txt", paragraph);
      String line = head + sentence.repeat(bytes / sentence.length()) + "\n";
      measure("one long line", text, "line.txt", line);
      String page =
          "<html><body><h3>WSIS Thematic Meetings</h3>\n"
              + meeting.repeat(bytes / meeting.length())
              + "</body></html>\n";
      measure("HTML page of meetings", html, "page.html", page);
    }
  }

  private static void measure(String family, WsisParser parser, String name, String content)
      throws Exception {
    Path file = Path.of("target", "family-" + name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    long size = Files.size(file);
    long before = usedAfterGc();
    resetPeaks();
    try (Stream<Entry> stream = parser.stream(file, d -> {})) {
      stream.forEach(e -> {});
    }
    long above = Math.max(0, peakHeap() - before);
    System.out.printf(
        java.util.Locale.ROOT,
        "%s | %d | %.1f | %.1f%n",
        family,
        size,
        above / 1e6,
        (double) above / size);
    Files.delete(file);
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
