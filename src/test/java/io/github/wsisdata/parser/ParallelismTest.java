package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.testing.SyntheticPages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code builder().parallelism(n)}: one page on n threads, the same document. */
class ParallelismTest {
  @TempDir Path dir;

  @Test
  void aPageOnSeveralThreadsIsThePageOnOne() throws Exception {
    Path page = Files.writeString(dir.resolve("big.txt"), SyntheticPages.page(2_000_000, 11));
    WsisDocument one = WsisParser.builder().build().read(page);
    WsisDocument two = WsisParser.builder().parallelism(2).build().read(page);
    assertEquals(one, two);
    assertTrue(one.meetings().size() > 3_000);
    assertEquals(one.diagnostics(), two.diagnostics());
    assertEquals(one.lineRoles(), two.lineRoles());
    // streams, text in memory and HTML too
    assertEquals(one, WsisParser.builder().parallelism(3).build().read(Files.newInputStream(page)));
    Path seed = Path.of("seeds", "wsis-regional-and-thematic-meetings.txt");
    assertEquals(WsisParser.parse(seed), WsisParser.builder().parallelism(4).build().read(seed));
    Path html = Path.of("src/test/resources/html/regional-2005-windows-1252.html");
    assertEquals(WsisParser.parse(html), WsisParser.builder().parallelism(2).build().read(html));
  }

  @Test
  void parallelismIsAtLeastOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WsisParser.builder().parallelism(0));
    assertEquals("parallelism must be at least 1, was 0", e.getMessage());
  }

  @Test
  void noWorkerThreadOutlivesTheRead() throws Exception {
    Path page = Files.writeString(dir.resolve("p.txt"), SyntheticPages.page(300_000, 3));
    WsisParser.builder().parallelism(3).build().read(page);
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (System.nanoTime() < deadline && workers() > 0) {
      Thread.sleep(10);
    }
    assertEquals(0, workers(), "threads named wsis-page-worker still alive");
  }

  private static long workers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("wsis-page-worker") && t.isAlive())
        .count();
  }
}
