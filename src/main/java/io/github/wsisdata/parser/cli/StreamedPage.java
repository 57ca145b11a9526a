package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.CrossReferences;
import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.PageListener;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.SourceInfo;
import io.github.wsisdata.parser.WsisParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A page file too large to hold as a document: read once here (title, date, counts, the
 * cross-references and their answers), then read again for each pass a writer makes. Memory holds
 * the cross-references and a few diagnostics, never the meetings, whatever the file's size; the
 * writers give the same bytes as for a {@link HeldPage} of the same file.
 */
final class StreamedPage implements Page {
  private static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  private final String source;
  private final Path path;
  private String title;
  private LocalDate lastUpdated;
  private Summary summary;

  /** The answers, by the line of the cross-reference. */
  private final Map<Integer, Target> resolved = new HashMap<>();

  /**
   * Diagnostics found before one of an earlier position (for example while the reader looked
   * ahead): their numbers in reading order, and themselves, sorted. All others come sorted.
   */
  private final Set<Integer> lateNumbers = new HashSet<>();

  private final List<Diagnostic> late = new ArrayList<>();

  /** A write error inside a pass, carried out of the reader. */
  private static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failed(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  private final WsisParser parser;
  private SourceInfo info = SourceInfo.UTF8_TEXT;

  private StreamedPage(String source, Path path, WsisParser parser) {
    this.source = source;
    this.path = path;
    this.parser = parser;
  }

  /**
   * Reads the file once for what every writer needs, and again to resolve its cross-references.
   *
   * @param source the name to report
   * @param path the file
   * @param parser how to read it (text or HTML, charset)
   * @return the page
   * @throws IOException if the file cannot be read
   */
  static StreamedPage read(String source, Path path, WsisParser parser) throws IOException {
    StreamedPage page = new StreamedPage(source, path, parser);
    page.scan();
    return page;
  }

  private void scan() throws IOException {
    // the referenced titles and the lines of the references: not the references themselves
    List<String> references = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    int[] counts = new int[4];
    LocalDate[] latest = {null};
    Diagnostic[] furthest = {null};
    walk(
        new PageListener() {
          private int number;

          @Override
          public void title(String text) {
            title = text;
          }

          @Override
          public void lastUpdated(LocalDate date) {
            lastUpdated = date;
          }

          @Override
          public void entry(Entry entry) {
            if (entry instanceof Meeting m) {
              counts[0]++;
              if (latest[0] == null || m.dates().end().isAfter(latest[0])) {
                latest[0] = m.dates().end();
              }
            } else if (entry instanceof CrossReference c) {
              counts[1]++;
              references.add(c.referencedTitle());
              lines.add(c.line());
            }
          }

          @Override
          public void diagnostic(Diagnostic d) {
            counts[d.severity() == Severity.ERROR ? 2 : 3]++;
            if (furthest[0] != null && BY_POSITION.compare(d, furthest[0]) < 0) {
              lateNumbers.add(number);
              late.add(d);
            } else {
              furthest[0] = d;
            }
            number++;
          }
        });
    late.sort(BY_POSITION);
    summary =
        new Summary(counts[0], counts[1], counts[2], counts[3], Optional.ofNullable(latest[0]));
    if (!references.isEmpty()) {
      List<Optional<Meeting>> found =
          CrossReferences.resolve(references, counts[0], action -> meetings(action::accept));
      for (int i = 0; i < found.size(); i++) {
        int line = lines.get(i);
        found.get(i).ifPresent(m -> resolved.put(line, Target.of(m)));
      }
    }
  }

  private void walk(PageListener listener) throws IOException {
    try {
      info = parser.walk(path, listener);
    } catch (Failed e) {
      throw e.getCause();
    }
  }

  @Override
  public SourceInfo sourceInfo() {
    return info;
  }

  private static <T> void run(Action<T> action, T item) {
    try {
      action.accept(item);
    } catch (IOException e) {
      throw new Failed(e);
    }
  }

  @Override
  public List<io.github.wsisdata.parser.LineRole> lineRoles() throws IOException {
    List<io.github.wsisdata.parser.LineRole> roles = new ArrayList<>();
    walk(
        new PageListener() {
          @Override
          public void lineRole(int line, io.github.wsisdata.parser.LineRole role) {
            while (roles.size() < line) {
              roles.add(io.github.wsisdata.parser.LineRole.BLANK);
            }
            roles.set(line - 1, role);
          }
        });
    return roles;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  @Override
  public Optional<LocalDate> lastUpdated() {
    return Optional.ofNullable(lastUpdated);
  }

  @Override
  public Summary summary() {
    return summary;
  }

  @Override
  public Optional<Target> resolved(CrossReference reference) {
    return Optional.ofNullable(resolved.get(reference.line()));
  }

  @Override
  public void sections(SectionVisitor visitor) throws IOException {
    walk(
        new PageListener() {
          private String heading;

          @Override
          public void heading(String text) {
            heading = text;
          }

          @Override
          public void introduction(String introduction) {
            run(i -> visitor.section(heading, i), introduction);
          }

          @Override
          public void entry(Entry entry) {
            run(visitor::entry, entry);
          }
        });
  }

  @Override
  public void entries(Action<Entry> action) throws IOException {
    walk(
        new PageListener() {
          @Override
          public void entry(Entry entry) {
            run(action, entry);
          }
        });
  }

  /** The diagnostics in reading order, with the late ones merged in at their place. */
  @Override
  public void diagnostics(Action<Diagnostic> action) throws IOException {
    int[] next = {0};
    walk(
        new PageListener() {
          private int number;

          @Override
          public void diagnostic(Diagnostic d) {
            if (!lateNumbers.contains(number++)) {
              while (next[0] < late.size() && BY_POSITION.compare(late.get(next[0]), d) < 0) {
                run(action, late.get(next[0]++));
              }
              run(action, d);
            }
          }
        });
    while (next[0] < late.size()) {
      action.accept(late.get(next[0]++));
    }
  }
}
