package io.github.wsisdata.parser.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the data goes, all or nothing: {@code -o FILE} is written to a temporary file beside it and
 * moved into place only when the run succeeds (a failed run leaves an existing file as it was); a
 * new file gets the mode the umask gives, a replaced file keeps its mode; with {@code --strict}
 * standard output gets the data only when no input has an error; a reader that closes the pipe
 * early ({@code head}, {@code less}) ends the run quietly.
 */
final class AtomicOutput {
  private AtomicOutput() {}

  /** Writes the data of a run to a writer; returns the run's exit code. */
  @FunctionalInterface
  interface Run {
    int writeTo(Writer to) throws IOException;
  }

  /**
   * Runs {@code run} into the output.
   *
   * @param output {@code -o}, or null (or {@code -}) for standard output
   * @param strict whether data is written only when no input failed
   * @param exit the exit code so far (1 if some input could not be listed)
   * @param out standard output
   * @param err standard error
   * @param run writes the data
   * @return the exit code
   * @throws IOException if the temporary file cannot be made or removed
   */
  static int write(Path output, boolean strict, int exit, Writer out, PrintWriter err, Run run)
      throws IOException {
    Path target = output == null || output.toString().equals(InputList.STDIN) ? null : output;
    boolean direct = target != null && Files.exists(target) && !Files.isRegularFile(target);
    Path temporary =
        direct || (target == null && !strict)
            ? null
            : target == null ? Files.createTempFile("wsis-", ".tmp") : besides(target);
    try {
      try (Writer data =
          temporary != null
              ? Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)
              : direct ? Files.newBufferedWriter(target, StandardCharsets.UTF_8) : null) {
        Writer to = data != null ? data : out;
        exit = Math.max(exit, run.writeTo(to));
        to.flush();
      } catch (IOException | UncheckedIOException e) {
        IOException io = Messages.ioCause(e);
        if (temporary == null && !direct && Messages.brokenPipe(io)) {
          return exit; // the reader (head, less) has all it wanted: end quietly
        }
        err.println(
            "wsis: write error: "
                + (target == null ? "" : Terminal.escape(target.toString()) + ": ")
                + Terminal.escape(Messages.reason(io)));
        return 1;
      }
      if (temporary == null) {
        return exit;
      }
      if (strict && exit != 0) {
        err.println("wsis: --strict: errors found, no data written");
        return exit;
      }
      if (exit != 0 && target != null) {
        err.println(
            "wsis: " + Terminal.escape(target.toString()) + " not written: an input failed");
        return exit;
      }
      return target != null ? move(temporary, target, exit) : spool(temporary, out, err, exit);
    } finally {
      if (temporary != null) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * A new empty file beside the target, made as any new file is (its mode from the umask, not the
   * 0600 of a temporary file), so that the data gets the mode a new file would.
   */
  private static Path besides(Path target) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    java.security.SecureRandom random = new java.security.SecureRandom();
    for (int attempt = 0; ; attempt++) {
      Path candidate =
          folder.resolve(".wsis-" + Long.toUnsignedString(random.nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  private static int move(Path from, Path to, int exit) throws IOException {
    // an existing file keeps its mode (a 0644 file stays 0644)
    if (Files.isRegularFile(to)) {
      try {
        Files.setPosixFilePermissions(from, Files.getPosixFilePermissions(to));
      } catch (UnsupportedOperationException e) {
        // no POSIX permissions here (Windows): nothing to keep
      }
    }
    try {
      Files.move(
          from,
          to,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return exit;
  }

  /** The data held back by {@code --strict}, now written to standard output. */
  private static int spool(Path temporary, Writer out, PrintWriter err, int exit) {
    try (java.io.Reader spooled = Files.newBufferedReader(temporary, StandardCharsets.UTF_8)) {
      spooled.transferTo(out);
      out.flush();
      return exit;
    } catch (IOException e) {
      if (Messages.brokenPipe(e)) {
        return exit;
      }
      err.println("wsis: write error: " + Terminal.escape(Messages.reason(e)));
      return 1;
    }
  }
}
