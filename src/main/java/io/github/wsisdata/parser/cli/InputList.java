package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.InputFormat;
import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The inputs of a run, in order: files, standard input ({@code -}), the pages under folders, or the
 * bundled page when none is named.
 */
final class InputList {
  /** The page bundled with the command line, parsed when no input is given. */
  static final String BUNDLED_PAGE = "wsis-regional-and-thematic-meetings.txt";

  static final String STDIN = "-";

  private InputList() {}

  /** One thing to parse: a file, standard input, or the bundled page. */
  record Input(String name, Path path, boolean stdin, boolean bundled) {
    /** Whether it is a web archive (read page by page). */
    boolean isArchive() {
      return path != null && Files.isRegularFile(path) && WsisParser.isWarc(path);
    }

    /** Whether it is a regular file larger than {@code size} bytes. */
    boolean largerThan(long size) throws IOException {
      return path != null && Files.isRegularFile(path) && Files.size(path) > size;
    }

    WsisDocument read(WsisParser parser, InputStream in) throws IOException {
      if (bundled) {
        FutureTask<WsisDocument> early = bundledEarly;
        return early != null ? early(early) : parser.read(openBundledPage());
      }
      if (!stdin && looksNamedAsArchive(name)) {
        // here, so it is no archive (isArchive looks at the content): not gzip bytes read as text
        throw new IOException(
            "named like a web archive, but it is not one (no WARC record at its start); not read");
      }
      return stdin ? parser.read(in) : parser.read(path);
    }

    /**
     * Why a page file is binary, not a page (in its first 8 KiB, a NUL byte among more than 5% of
     * control bytes; not with a UTF-16 or UTF-32 byte order mark), or null.
     */
    String binary() throws IOException {
      if (path == null || bundled || !Files.isRegularFile(path) || looksNamedAsArchive(name)) {
        return null;
      }
      byte[] head;
      try (InputStream in = Files.newInputStream(path)) {
        head = in.readNBytes(8192);
      }
      if (head.length >= 2
          && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
              || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
        return null;
      }
      // a few NULs and control characters in a text are text; NULs among many control bytes (a
      // compressed or executable file has about one byte in ten of them) are binary
      int first = -1;
      int nuls = 0;
      int controls = 0;
      for (int i = 0; i < head.length; i++) {
        int b = head[i] & 0xFF;
        if (b == 0) {
          first = first < 0 ? i : first;
          nuls++;
        }
        if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
          controls++;
        }
      }
      if (nuls > 0 && controls * 20 > head.length) {
        return "a binary file (a NUL byte at byte offset " + first + "), not a page; not read";
      }
      return null;
    }

    /** Reads it as a page of a crawl: empty unless it is a WSIS meeting page. */
    Optional<WsisDocument> readMeetingPage(WsisParser parser, InputStream in) throws IOException {
      if (bundled || stdin || looksNamedAsArchive(name)) {
        WsisDocument doc = read(parser, in);
        return doc.isMeetingPage() ? Optional.of(doc) : Optional.empty();
      }
      return parser.readMeetingPage(path);
    }

    private static boolean looksNamedAsArchive(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
    }
  }

  /**
   * The bundled page, parsed on a second thread from the first moment when the command line has no
   * argument at all (the main job).
   */
  private static volatile FutureTask<WsisDocument> bundledEarly;

  /** Starts parsing the bundled page on a daemon thread (the main job). */
  static void readBundledPageEarly() {
    FutureTask<WsisDocument> task =
        new FutureTask<>(() -> WsisParser.builder().build().read(openBundledPage()));
    bundledEarly = task;
    Thread thread = new Thread(task, "wsis-early-start");
    thread.setDaemon(true);
    thread.start();
  }

  private static WsisDocument early(FutureTask<WsisDocument> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the bundled page", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException(e.getCause());
    }
  }

  /** The bundled page's bytes; the parser reads and closes nothing else. */
  private static InputStream openBundledPage() throws IOException {
    InputStream page = InputList.class.getResourceAsStream("/" + BUNDLED_PAGE);
    if (page == null) {
      throw new IOException(BUNDLED_PAGE + ": the bundled page is not on the class path");
    }
    try (page) {
      return new java.io.ByteArrayInputStream(page.readAllBytes());
    }
  }

  /**
   * The inputs to read, in order. A name that cannot be a path here (an encoding the platform
   * cannot map) and a folder that cannot be read are each one message; the other inputs are still
   * read.
   *
   * @param names the inputs as named on the command line
   * @param expanded receives the inputs
   * @param err where to report what cannot be listed
   * @return false if some input could not be listed
   */
  static boolean expand(List<String> names, List<Input> expanded, PrintWriter err) {
    return expand(names, expanded, err, false);
  }

  /**
   * As {@link #expand(List, List, PrintWriter)}; {@code quiet} leaves out the count of the files a
   * folder scan skipped.
   */
  static boolean expand(List<String> names, List<Input> expanded, PrintWriter err, boolean quiet) {
    boolean ok = true;
    if (names.isEmpty()) {
      expanded.add(new Input(BUNDLED_PAGE, null, false, true));
    }
    for (String name : names) {
      if (name.equals(STDIN)) {
        expanded.add(new Input("<stdin>", null, true, false));
        continue;
      }
      Path path;
      try {
        path = Path.of(name);
      } catch (InvalidPathException e) {
        err.println("wsis: cannot read " + Terminal.escape(name) + ": " + e.getReason());
        ok = false;
        continue;
      }
      if (!Files.isDirectory(path)) {
        expanded.add(new Input(name, path, false, false));
        continue;
      }
      List<Path> pages = new ArrayList<>();
      List<Path> skipped = new ArrayList<>();
      ok &= walk(path, pages, skipped, err);
      if (pages.isEmpty()) {
        err.println(
            "wsis: "
                + Terminal.escape(name)
                + ": no page files (*.txt, *.html, *.htm, ..., web archives) in this directory");
      }
      if (!skipped.isEmpty() && !quiet) {
        skipped.sort(null);
        List<String> first =
            skipped.stream().limit(3).map(p -> Terminal.escape(p.toString())).toList();
        err.println(
            "wsis: "
                + Terminal.escape(name)
                + ": "
                + skipped.size()
                + (skipped.size() == 1 ? " file is" : " files are")
                + " no page by name or content and skipped: "
                + String.join(", ", first)
                + (skipped.size() > 3 ? " and " + (skipped.size() - 3) + " more" : ""));
      }
      pages.sort(null);
      pages.forEach(p -> expanded.add(new Input(p.toString(), p, false, false)));
    }
    return ok;
  }

  /**
   * Whether a file in a folder is a page: by its name (a text or HTML page's extension, once what
   * follows a {@code ?} or {@code #} is cut off, as wget names saved pages: {@code
   * index.html?id=3}) or, for a web archive, by its content.
   */
  static boolean isPageFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int query = name.indexOf('?');
    int fragment = name.indexOf('#');
    int cut = query < 0 ? fragment : fragment < 0 ? query : Math.min(query, fragment);
    String base = cut < 0 ? name : name.substring(0, cut);
    return base.endsWith(".txt")
        || InputFormat.isHtmlFileName(base)
        || base.endsWith(".warc")
        || base.endsWith(".warc.gz")
        || WsisParser.isWarc(file);
  }

  /**
   * The page files under a folder, and the other files, skipped; a sub-folder that cannot be read
   * is reported and skipped.
   */
  private static boolean walk(Path folder, List<Path> pages, List<Path> skipped, PrintWriter err) {
    boolean[] ok = {true};
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                (isPageFile(file) ? pages : skipped).add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              err.println(Messages.cannotRead(file.toString(), e));
              ok[0] = false;
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      err.println(Messages.cannotRead(folder.toString(), e));
      return false;
    }
    return ok[0];
  }
}
