package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard input with no input named (issue 28), through real pipes: a pipe or a redirected file is
 * read; {@code /dev/null} (as a terminal would) gives the bundled page.
 */
class StandardInputIT {
  private static final Path LAUNCHER = Path.of("target", "wsis").toAbsolutePath();

  @TempDir Path dir;

  private static String shell(String script) throws Exception {
    Process p =
        new ProcessBuilder("sh", "-c", script)
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), script);
    return out;
  }

  @Test
  void aPipeIsReadWhenNoInputIsNamed() throws Exception {
    String out =
        shell(
            "printf 'go 1 May 2005, Paris (France), UNESCO - Piped meeting\\n' | "
                + LAUNCHER
                + " -f csv");
    List<String> rows = out.lines().toList();
    assertEquals(2, rows.size(), out);
    assertTrue(rows.get(1).contains(",<stdin>,"), rows.get(1));
    assertTrue(rows.get(1).contains("Piped meeting"), rows.get(1));
  }

  @Test
  void aRedirectedFileIsReadAndDevNullGivesTheBundledPage() throws Exception {
    Path page =
        Files.writeString(
            dir.resolve("page.txt"), "go 2 May 2005, Tunis (Tunisia), ITU - Redirected meeting\n");
    String redirected = shell(LAUNCHER + " -f jsonl < " + page);
    assertEquals(1, redirected.lines().count(), redirected);
    assertTrue(redirected.contains("Redirected meeting"));
    // no data on standard input: the main job, the bundled page's 28 meetings
    String bundled = shell(LAUNCHER + " -f jsonl < /dev/null");
    assertEquals(
        28, bundled.lines().filter(l -> l.contains("\"type\":\"meeting\"")).count(), bundled);
    assertTrue(shell(LAUNCHER + " < /dev/null").contains("28 meetings"));
  }
}
