package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive that {@code mvn package} makes (issue 28): unpacked anywhere, away from
 * the build tree, it runs with Java alone, directly and through a symbolic link.
 */
class DistributionIT {
  private static final Path ARCHIVE =
      Path.of(
              "target",
              "wsis-" + System.getProperty("project.version", "0.1.0-SNAPSHOT") + "-dist.tar.gz")
          .toAbsolutePath();

  @TempDir Path dir;

  private static String run(Path workingDir, List<String> command) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workingDir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Map<String, String> env = builder.environment();
    // nothing of the build: the system's tools and Java
    env.clear();
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
    env.put("HOME", workingDir.toString());
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), command + ": " + err);
    return out;
  }

  @Test
  void theUnpackedDistributionRunsAnywhere() throws Exception {
    assertTrue(Files.isRegularFile(ARCHIVE), ARCHIVE.toString());
    Path opt = Files.createDirectories(dir.resolve("opt"));
    run(opt, List.of("tar", "xzf", ARCHIVE.toString()));
    Path home = opt.resolve("wsis-0.1.0-SNAPSHOT");
    for (String file : List.of("bin/wsis", "lib/wsis.jar", "README.md", "LICENSE", "NOTICE")) {
      assertTrue(Files.isRegularFile(home.resolve(file)), file);
    }
    assertTrue(Files.isExecutable(home.resolve("bin/wsis")));
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.writeString(
        work.resolve("page.txt"), "go 3 May 2005, Bamako (Mali), UNESCO - Unpacked meeting\n");
    assertTrue(
        run(work, List.of(home.resolve("bin/wsis").toString(), "-f", "csv", "page.txt"))
            .contains("Unpacked meeting"));
    // installed by a link in a folder on PATH
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("wsis"), home.resolve("bin/wsis"));
    String summary =
        run(work, List.of("sh", "-c", "PATH=" + bin + ":$PATH; wsis --summary page.txt"));
    assertTrue(summary.contains("\nML       1\n"), summary);
    // the bundled page, with no input
    assertTrue(run(work, List.of(home.resolve("bin/wsis").toString())).contains("28 meetings"));
  }
}
