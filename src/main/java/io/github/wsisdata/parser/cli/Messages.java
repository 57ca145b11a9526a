package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.MeetingMerger;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * What the command line says on standard error, in one place: diagnostics as {@code
 * FILE:LINE:COLUMN: warning|error: message}, I/O errors in the words of GNU tools, usage errors,
 * and the one line of an unexpected failure. Every text from an input is escaped ({@link
 * Terminal#escape}) before it reaches a terminal.
 */
final class Messages {
  private Messages() {}

  /** A diagnostic of an input. */
  static String format(String name, Diagnostic d) {
    return Terminal.escape(name)
        + ":"
        + d.line()
        + ":"
        + d.column()
        + ": "
        + d.severity().name().toLowerCase(Locale.ROOT)
        + ": "
        + Terminal.escape(d.message());
  }

  /** An input that cannot be read. */
  static String cannotRead(String name, IOException e) {
    return "wsis: cannot read " + Terminal.escape(name + ": " + reason(e));
  }

  /** A usage error (exit 2): the error and where to look, not the whole help. */
  static int usage(PrintWriter err, String message) {
    err.println("wsis: " + message);
    err.println("Try 'wsis --help' for more information.");
    return 2;
  }

  /** A near-duplicate as a warning naming both places. */
  static String nearDuplicate(MeetingMerger.NearDuplicate near) {
    MeetingMerger.Occurrence a = near.first().occurrences().get(0);
    MeetingMerger.Occurrence b = near.second().occurrences().get(0);
    return Terminal.escape(
        b.document()
            + ":"
            + b.line()
            + ": warning: near-duplicate of "
            + a.document()
            + ":"
            + a.line()
            + ": the same dates and place, titles \""
            + near.second().meeting().title()
            + "\" and \""
            + near.first().meeting().title()
            + "\" (similarity "
            + String.format(Locale.ROOT, "%.2f", near.similarity())
            + "); not merged");
  }

  /** Most members a cluster's warning names; the rest are counted. */
  static final int CLUSTER_NAMED = 10;

  /** Three or more near-duplicates as one warning listing them (the first ten named). */
  static String nearDuplicates(List<MeetingMerger.MergedMeeting> cluster) {
    MeetingMerger.Occurrence first = cluster.get(0).occurrences().get(0);
    StringBuilder b =
        new StringBuilder(first.document())
            .append(':')
            .append(first.line())
            .append(": warning: ")
            .append(cluster.size())
            .append(" near-duplicates, the same dates and place and similar titles; not merged:");
    for (int i = 0; i < Math.min(cluster.size(), CLUSTER_NAMED); i++) {
      MeetingMerger.Occurrence at = cluster.get(i).occurrences().get(0);
      b.append(i == 0 ? " " : ", ")
          .append(at.document())
          .append(':')
          .append(at.line())
          .append(" \"")
          .append(cluster.get(i).meeting().title())
          .append('"');
    }
    if (cluster.size() > CLUSTER_NAMED) {
      b.append(" and ").append(cluster.size() - CLUSTER_NAMED).append(" more");
    }
    return Terminal.escape(b.toString());
  }

  /** Any unexpected failure: one line naming it, never a stack trace. */
  static void unexpected(Throwable e, PrintWriter err) {
    String message = e.getMessage();
    err.println(
        "wsis: "
            + (message == null || message.isBlank()
                ? "internal error: " + e.getClass().getSimpleName()
                : Terminal.escape(message)));
  }

  /** The I/O error itself, whether it came checked or wrapped in an UncheckedIOException. */
  static IOException ioCause(Exception e) {
    return e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
  }

  /** EPIPE: the other end of a pipe was closed. */
  static boolean brokenPipe(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return message.contains("broken pipe") || message.contains("stream closed");
  }

  /** Why a file could not be read or written, in the words of GNU tools. */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.NotDirectoryException) {
      return "not a directory";
    }
    String message = String.valueOf(e.getMessage());
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      message = fs.getReason();
    }
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("is a directory")) {
      return "is a directory";
    }
    if (lower.contains("no space left")) {
      return "no space left on device";
    }
    if (lower.contains("permission denied")) {
      return "permission denied";
    }
    return message;
  }
}
