package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.DateRange;
import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.Organization;
import io.github.wsisdata.parser.SourceInfo;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which meetings a run writes: {@code --from}, {@code --to}, {@code --country}, {@code --organizer}
 * and {@code --grep}, all of which a meeting must pass. A meeting passes the dates when it overlaps
 * them (it ends on or after {@code --from} and starts on or before {@code --to}). A cross-reference
 * has no place and no organizers: it is kept when no {@code --country} or {@code --organizer} is
 * given and it passes the dates and {@code --grep}.
 *
 * @param from first day, or null
 * @param to last day, or null
 * @param country an ISO 3166 code or a country's name, or null
 * @param organizer an organizer's name or acronym, or null
 * @param grep text, or null
 * @param byDate whether each page's entries come by date ({@code --sort date}; within each section
 *     for the writers that keep sections)
 */
record Selection(
    LocalDate from, LocalDate to, String country, String organizer, String grep, boolean byDate) {
  /** No filter, page order. */
  static final Selection ALL = new Selection(null, null, null, null, null, false);

  /** Whether every entry is kept (the order may still be by date). */
  boolean isAll() {
    return from == null && to == null && country == null && organizer == null && grep == null;
  }

  /** Entries by date: start, then end; page order among equal dates (the sort is stable). */
  static final java.util.Comparator<Entry> BY_DATE =
      java.util.Comparator.comparing((Entry e) -> day(e, true)).thenComparing(e -> day(e, false));

  /** An entry's first or last day; a link has none and comes after every dated entry. */
  private static LocalDate day(Entry e, boolean start) {
    DateRange dates =
        e instanceof Meeting m ? m.dates() : e instanceof CrossReference c ? c.dates() : null;
    return dates == null ? LocalDate.MAX : start ? dates.start() : dates.end();
  }

  /**
   * The first day a {@code --from} value names: {@code 2005}, {@code 2005-06} or {@code
   * 2005-06-28}.
   *
   * @throws IllegalArgumentException if it is none of these
   */
  static LocalDate first(String value) {
    return bound(value, true);
  }

  /** The last day a {@code --to} value names (the end of a year or month). */
  static LocalDate last(String value) {
    return bound(value, false);
  }

  private static LocalDate bound(String value, boolean first) {
    try {
      if (value.matches("\\d{4}")) {
        int year = Integer.parseInt(value);
        return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(value);
        return first ? month.atDay(1) : month.atEndOfMonth();
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "\"" + value + "\" is no date: write YYYY, YYYY-MM or YYYY-MM-DD", e);
    }
  }

  private boolean datesPass(DateRange dates) {
    return (from == null || !dates.end().isBefore(from))
        && (to == null || !dates.start().isAfter(to));
  }

  private static boolean contains(String text, String part) {
    return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
  }

  boolean keeps(Meeting m) {
    if (!datesPass(m.dates())) {
      return false;
    }
    if (country != null
        && !m.place().countryCode().map(country::equalsIgnoreCase).orElse(false)
        && !m.place().country().map(country::equalsIgnoreCase).orElse(false)) {
      return false;
    }
    if (organizer != null && m.organizations().stream().noneMatch(this::isOrganizer)) {
      return false;
    }
    return grep == null
        || contains(m.title(), grep)
        || contains(m.description(), grep)
        || contains(m.place().displayName(), grep)
        || m.organizers().stream().anyMatch(o -> contains(o, grep));
  }

  private boolean isOrganizer(Organization o) {
    return o.text().equalsIgnoreCase(organizer)
        || o.acronym().map(organizer::equalsIgnoreCase).orElse(false)
        || o.name().map(organizer::equalsIgnoreCase).orElse(false);
  }

  boolean keeps(CrossReference c) {
    return country == null
        && organizer == null
        && datesPass(c.dates())
        && (grep == null
            || contains(c.referencedTitle(), grep)
            || contains(c.note(), grep)
            || contains(c.description(), grep));
  }

  boolean keeps(Entry e) {
    if (e instanceof Meeting m) {
      return keeps(m);
    }
    if (e instanceof CrossReference c) {
      return keeps(c);
    }
    return isAll(); // a link is no meeting: kept only when nothing is selected
  }

  /** The page as the selection shows it: its entries that pass, its counts over them. */
  Page view(Page page) {
    return isAll() && !byDate ? page : new Selected(page, this);
  }

  /** A page's entries that pass a selection. */
  private static final class Selected implements Page {
    private final Page page;
    private final Selection selection;
    private Summary summary;

    Selected(Page page, Selection selection) {
      this.page = page;
      this.selection = selection;
    }

    @Override
    public String source() {
      return page.source();
    }

    @Override
    public Optional<String> title() {
      return page.title();
    }

    @Override
    public java.util.List<io.github.wsisdata.parser.LineRole> lineRoles() throws IOException {
      return page.lineRoles();
    }

    @Override
    public Page whole() {
      return page;
    }

    @Override
    public SourceInfo sourceInfo() {
      return page.sourceInfo();
    }

    @Override
    public Optional<LocalDate> lastUpdated() {
      return page.lastUpdated();
    }

    @Override
    public Summary summary() {
      if (summary == null) {
        int[] counts = new int[2];
        LocalDate[] latest = {null};
        try {
          entries(
              e -> {
                if (e instanceof Meeting m) {
                  counts[0]++;
                  LocalDate end = m.dates().end();
                  latest[0] = latest[0] == null || end.isAfter(latest[0]) ? end : latest[0];
                } else if (e instanceof CrossReference) {
                  counts[1]++;
                }
              });
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        Summary all = page.summary();
        summary =
            new Summary(
                counts[0], counts[1], all.errors(), all.warnings(), Optional.ofNullable(latest[0]));
      }
      return summary;
    }

    @Override
    public Optional<Target> resolved(CrossReference reference) {
      return page.resolved(reference);
    }

    @Override
    public void sections(SectionVisitor visitor) throws IOException {
      if (!selection.byDate()) {
        page.sections(
            new SectionVisitor() {
              @Override
              public void section(String heading, String introduction) throws IOException {
                visitor.section(heading, introduction);
              }

              @Override
              public void entry(Entry entry) throws IOException {
                if (selection.keeps(entry)) {
                  visitor.entry(entry);
                }
              }
            });
        return;
      }
      // by date within each section: a section's entries are held until the next one starts
      java.util.List<Entry> held = new java.util.ArrayList<>();
      page.sections(
          new SectionVisitor() {
            @Override
            public void section(String heading, String introduction) throws IOException {
              flush(held, visitor);
              visitor.section(heading, introduction);
            }

            @Override
            public void entry(Entry entry) {
              if (selection.keeps(entry)) {
                held.add(entry);
              }
            }
          });
      flush(held, visitor);
    }

    private static void flush(java.util.List<Entry> held, SectionVisitor visitor)
        throws IOException {
      held.sort(BY_DATE);
      for (Entry e : held) {
        visitor.entry(e);
      }
      held.clear();
    }

    @Override
    public void entries(Action<Entry> action) throws IOException {
      if (!selection.byDate()) {
        page.entries(
            e -> {
              if (selection.keeps(e)) {
                action.accept(e);
              }
            });
        return;
      }
      java.util.List<Entry> all = new java.util.ArrayList<>();
      page.entries(
          e -> {
            if (selection.keeps(e)) {
              all.add(e);
            }
          });
      all.sort(BY_DATE);
      for (Entry e : all) {
        action.accept(e);
      }
    }

    @Override
    public void diagnostics(Action<Diagnostic> action) throws IOException {
      page.diagnostics(action);
    }
  }
}
