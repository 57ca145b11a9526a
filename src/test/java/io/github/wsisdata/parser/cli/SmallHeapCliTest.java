package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line with a 256 MiB heap (its own Surefire execution, as HostileInputTest): one input
 * too big for the heap fails alone, and the others are written (issue 29).
 */
class SmallHeapCliTest {
  @TempDir Path dir;

  @Test
  void aPageTooBigForTheHeapFailsAloneAndTheOthersAreWritten() throws Exception {
    assertTrue(
        Runtime.getRuntime().maxMemory() < 400L << 20, "runs in the -Xmx256m execution only");
    // 40 MB of <br>: a DOM node per tag, far more than 256 MiB once parsed
    Path huge = dir.resolve("a-huge.html");
    Files.writeString(huge, "<html><body>" + "<br>".repeat(10_000_000) + "</body></html>");
    Path seed =
        Files.copy(
            Path.of("seeds", "wsis-regional-and-thematic-meetings.txt"), dir.resolve("b-seed.txt"));
    Cli.Result r = Cli.run("-f", "jsonl", "-j", "1", huge.toString(), seed.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("a-huge.html: out of memory"), r.err());
    List<String> records = r.out().lines().toList();
    assertEquals(28 + 1, records.size(), r.err()); // the seed's meetings and cross-reference
  }
}
