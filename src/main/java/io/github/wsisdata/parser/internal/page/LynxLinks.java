package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.Hyperlink;
import io.github.wsisdata.parser.LineRole;
import io.github.wsisdata.parser.PageListener;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of a {@code lynx -dump} page: its lines number their links ({@code [12]go 26-27 ...},
 * {@code [13]Workshop on ...}) and its {@code References} list at the end gives each number its URL
 * ({@code 13. http://www.itu.int/...}). The URLs come last, so from the first numbered link on,
 * what the reader finds is held and handed on, in the same order, at the page's end, each entry
 * with the links of its line and description. A page with no numbered link passes straight through.
 *
 * <p>A link's text is what follows its number up to the next number or the line's end ({@code go}
 * alone when a date follows it): lynx does not mark where a link ends.
 */
final class LynxLinks implements PageListener {
  private static final Pattern GO_BEFORE_DATE = Pattern.compile("(?i)go\\s+\\d.*");

  private final PageListener listener;

  /** What was found since the first numbered link, in order; null while nothing is held. */
  private List<Consumer<PageListener>> held;

  private final Map<Integer, List<Mark>> marks = new HashMap<>();
  private final Map<Integer, URI> references = new HashMap<>();
  private final List<Integer> entryLines = new ArrayList<>();

  /** A numbered link on a line. */
  private record Mark(int number, String text) {}

  LynxLinks(PageListener listener) {
    this.listener = listener;
  }

  /** Whether what the reader finds is held (a numbered link was seen): every line is looked at. */
  boolean holding() {
    return held != null;
  }

  /**
   * Looks at a line as read (a line with numbered links; once holding, every line): its numbered
   * links, or a line of the list of references.
   *
   * @param lineNo its number
   * @param raw its text
   */
  void see(int lineNo, String raw) {
    if (held != null && !raw.isEmpty() && raw.length() < 2100) {
      Matcher r = LineClassifier.REFERENCE.matcher(raw.strip());
      if (r.matches()) {
        try {
          references.putIfAbsent(Integer.parseInt(r.group(1)), new URI(r.group(2)));
        } catch (java.net.URISyntaxException e) {
          // not a URL a link can have: the entry keeps no link for this number
        }
        return;
      }
    }
    // the link numbers as LineClassifier finds them: each mark's text runs to the next mark
    List<Mark> found = new ArrayList<>();
    for (int at = LineClassifier.linkMark(raw, 0); at >= 0; ) {
      int close = raw.indexOf(']', at);
      int next = LineClassifier.linkMark(raw, close + 1);
      found.add(
          mark(
              Integer.parseInt(raw.substring(at + 1, close)),
              raw.substring(close + 1, next < 0 ? raw.length() : next)));
      at = next;
    }
    if (!found.isEmpty()) {
      marks.put(lineNo, found);
      if (held == null) {
        held = new ArrayList<>();
      }
    }
  }

  private static Mark mark(int number, String after) {
    String text = after.strip();
    return new Mark(number, GO_BEFORE_DATE.matcher(text).matches() ? text.substring(0, 2) : text);
  }

  /** Hands on what was held, each entry with its links; at the page's end. */
  void finish() {
    List<Consumer<PageListener>> events = held;
    held = null;
    if (events != null) {
      events.forEach(event -> event.accept(listener));
    }
  }

  @Override
  public void lineRole(int line, LineRole role) {
    if (held == null) {
      listener.lineRole(line, role);
    } else {
      if (role == LineRole.ENTRY) {
        entryLines.clear();
      }
      if (role == LineRole.ENTRY || role == LineRole.DESCRIPTION) {
        entryLines.add(line);
      }
      held.add(l -> l.lineRole(line, role));
    }
  }

  @Override
  public void title(String title) {
    if (held == null) {
      listener.title(title);
    } else {
      held.add(l -> l.title(title));
    }
  }

  @Override
  public void lastUpdated(LocalDate date) {
    if (held == null) {
      listener.lastUpdated(date);
    } else {
      held.add(l -> l.lastUpdated(date));
    }
  }

  @Override
  public void heading(String heading) {
    if (held == null) {
      listener.heading(heading);
    } else {
      held.add(l -> l.heading(heading));
    }
  }

  @Override
  public void introduction(String introduction) {
    if (held == null) {
      listener.introduction(introduction);
    } else {
      held.add(l -> l.introduction(introduction));
    }
  }

  @Override
  public void entry(Entry entry) {
    if (held == null) {
      listener.entry(entry);
      return;
    }
    List<Mark> its = new ArrayList<>();
    for (int line : entryLines) {
      its.addAll(marks.getOrDefault(line, List.of()));
    }
    entryLines.clear();
    held.add(l -> l.entry(linked(entry, its)));
  }

  /** The entry with its numbered links whose URL the list of references gave. */
  private Entry linked(Entry entry, List<Mark> its) {
    List<Hyperlink> links = new ArrayList<>(entry.links());
    for (Mark mark : its) {
      URI target = references.get(mark.number());
      if (target != null) {
        links.add(new Hyperlink(mark.text(), target));
      }
    }
    return links.size() == entry.links().size()
        ? entry
        : Entries.with(entry, entry.source(), links);
  }

  @Override
  public void diagnostic(Diagnostic diagnostic) {
    if (held == null) {
      listener.diagnostic(diagnostic);
    } else {
      held.add(l -> l.diagnostic(diagnostic));
    }
  }
}
