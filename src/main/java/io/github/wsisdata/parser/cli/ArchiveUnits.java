package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.ArchivedPage;
import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParseException;
import io.github.wsisdata.parser.WsisParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * The pages of one web archive as units of work: read on the writing thread in file order ({@link
 * WsisParser#archivedPages}), parsed on whichever thread runs the unit; each page is named {@code
 * FILE@OFFSET}. The last unit is the archive's end, with what reading it reported.
 */
final class ArchiveUnits implements AutoCloseable {
  private final String name;
  private final boolean quiet;
  private final Selection selection;
  private final Stream<ArchivedPage> stream;
  private final Iterator<ArchivedPage> pages;
  private final List<String> pending = new ArrayList<>();
  private boolean failed;
  private boolean ended;

  ArchiveUnits(String name, Path path, WsisParser parser, boolean quiet, Selection selection)
      throws IOException {
    this.name = name;
    this.quiet = quiet;
    this.selection = selection;
    this.stream = parser.archivedPages(path, this::problem);
    this.pages = stream.iterator();
  }

  private void problem(Diagnostic d) {
    if (!quiet || d.severity() == Severity.ERROR) {
      pending.add("wsis: " + Terminal.escape(d.message()));
    }
    failed |= d.severity() == Severity.ERROR;
  }

  /**
   * The next page, or the archive's end (with what reading it reported).
   *
   * @param render makes a page's output on the parsing thread, or null
   */
  Callable<Unit> next(Render render) {
    boolean more = pages.hasNext();
    List<String> messages = List.copyOf(pending);
    boolean broken = failed;
    pending.clear();
    failed = false;
    if (!more) {
      ended = true;
      return () -> new Unit(null, null, messages, broken, name, true, null);
    }
    ArchivedPage archived = pages.next();
    return () -> {
      String page = name + "@" + archived.record().offset();
      try {
        Optional<WsisDocument> doc = archived.parse();
        if (doc.isEmpty()) {
          return new Unit(
              null, null, messages, broken, name, false, archived.record().target().toString());
        }
        Page held = selection.view(HeldPage.of(page, doc.get()));
        return new Unit(
            held, render == null ? null : render.apply(held), messages, broken, name, false, null);
      } catch (WsisParseException e) {
        List<String> all = new ArrayList<>(messages);
        e.diagnostics().forEach(d -> all.add(Messages.format(page, d)));
        return new Unit(null, null, all, true, name, false, null);
      }
    };
  }

  boolean ended() {
    return ended;
  }

  @Override
  public void close() {
    stream.close();
  }

  /** Makes a held page's output apart from the other pages. */
  @FunctionalInterface
  interface Render {
    String apply(Page page) throws IOException;
  }

  /**
   * What one unit of work (an input, or a page of a web archive) gave: its page (and, when the
   * writer can make it alone, its output), or the messages that say why there is none.
   *
   * @param page the page, or null
   * @param rendered its output, or null
   * @param messages what to report
   * @param failed whether the unit makes the run fail (an input that cannot be read, an unreadable
   *     archive record)
   * @param archive the web archive this unit is a page of (or its end), else null
   * @param end whether this is the end of {@code archive}
   * @param skipped the name (URL, or file) of a page skipped as no meeting page, else null
   */
  record Unit(
      Page page,
      String rendered,
      List<String> messages,
      boolean failed,
      String archive,
      boolean end,
      String skipped) {
    Unit(Page page, String rendered, List<String> messages) {
      this(page, rendered, messages, page == null, null, false, null);
    }

    /** A page of a crawl ({@code --crawl}) skipped as no meeting page. */
    static Unit skipped(String name, List<String> messages) {
      return new Unit(null, null, messages, false, null, false, name);
    }
  }
}
