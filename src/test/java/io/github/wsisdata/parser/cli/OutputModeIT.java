package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o FILE} under two umasks (issue 28): a new file gets the mode the umask gives, as any
 * program's new file does; a file that is replaced keeps its mode.
 */
class OutputModeIT {
  private static final Path JAR = Path.of("target", "wsis.jar").toAbsolutePath();
  private static final Path SEED =
      Path.of("seeds", "wsis-regional-and-thematic-meetings.txt").toAbsolutePath();

  @TempDir Path dir;

  private void run(String umask, Path output) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    "sh",
                    "-c",
                    "umask " + umask + " && exec \"$0\" -jar \"$1\" -q -f csv -o \"$2\" \"$3\"",
                    java,
                    JAR.toString(),
                    output.toString(),
                    SEED.toString()))
            .redirectErrorStream(true)
            .start();
    String said = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), said);
  }

  private static String mode(Path file) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  @Test
  void aNewFileGetsTheUmasksMode() throws Exception {
    Path open = dir.resolve("open.csv");
    run("022", open);
    assertEquals("rw-r--r--", mode(open));
    Path closed = dir.resolve("closed.csv");
    run("077", closed);
    assertEquals("rw-------", mode(closed));
    Path group = dir.resolve("group.csv");
    run("002", group);
    assertEquals("rw-rw-r--", mode(group));
    assertTrue(Files.readString(open).lines().count() > 28);
  }

  @Test
  void aReplacedFileKeepsItsMode() throws Exception {
    Path shared = Files.writeString(dir.resolve("shared.csv"), "old\n");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
    run("077", shared);
    assertEquals("rw-r--r--", mode(shared));
    Path secret = Files.writeString(dir.resolve("secret.csv"), "old\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r-----"));
    run("022", secret);
    assertEquals("rw-r-----", mode(secret));
    assertTrue(Files.readString(secret).startsWith("id,"), Files.readString(secret));
  }
}
