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
 * The launcher as a user installs it (issue 28): {@code target/wsis} is executable, and it runs
 * through a symbolic link (and a link to a link, absolute or relative) from any directory.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("target", "wsis").toAbsolutePath();

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private static Run run(Path workingDir, List<String> command) throws Exception {
    Process p =
        new ProcessBuilder(command)
            .directory(workingDir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void theLauncherIsExecutable() {
    assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is executable");
  }

  @Test
  void aSymlinkedLauncherRunsFromAnyDirectory() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("home/bin"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path page =
        Files.writeString(
            elsewhere.resolve("page.txt"),
            "go 1 May 2005, Paris (France), UNESCO - Symlinked launcher meeting\n");
    // an absolute link, a relative link to it, and a link in another folder to that one
    Path absolute = Files.createSymbolicLink(bin.resolve("wsis"), LAUNCHER);
    Path relative = Files.createSymbolicLink(bin.resolve("wsis-rel"), Path.of("wsis"));
    Path chained =
        Files.createSymbolicLink(elsewhere.resolve("w"), Path.of("../home/bin/wsis-rel"));
    try {
      runThrough(bin, elsewhere, page, List.of(absolute, relative, chained));
    } finally {
      // links out of the temporary folder: removed here, not by JUnit's clean-up (which warns)
      for (Path link : List.of(chained, relative, absolute)) {
        Files.deleteIfExists(link);
      }
    }
  }

  private static void runThrough(Path bin, Path elsewhere, Path page, List<Path> links)
      throws Exception {
    for (Path link : links) {
      Run r = run(elsewhere, List.of(link.toString(), "-f", "csv", page.getFileName().toString()));
      assertEquals(0, r.exit(), link + ": " + r.err());
      assertTrue(r.out().contains("Symlinked launcher meeting"), link + ": " + r.out());
      assertEquals("", r.err(), link.toString());
    }
    // by name through PATH, as an installed command
    Run byName =
        run(
            elsewhere,
            List.of("sh", "-c", "PATH=" + bin + ":$PATH; wsis -f jsonl " + page.getFileName()));
    assertEquals(0, byName.exit(), byName.err());
    assertTrue(byName.out().contains("\"city\":\"Paris\""), byName.out());
  }
}
