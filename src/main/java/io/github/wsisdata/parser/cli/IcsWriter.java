package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.DateRange;
import io.github.wsisdata.parser.Meeting;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * One all-day VEVENT per meeting (ical4j). DTEND is exclusive (the day after the last day), as RFC
 * 5545 requires; DTSTAMP comes from the page, never from the clock, so output is reproducible;
 * lines are folded at 75 UTF-8 octets.
 */
final class IcsWriter implements DocumentWriter {
  static final String PRODUCT = "-//wsisdata//wsis-parser//EN";

  private static final String END = "END:VCALENDAR\r\n";

  /** UIDs written so far: the same meeting listed twice in one run is one event. */
  private final Set<UUID> uids = new HashSet<>();

  /** The calendar's head (BEGIN, PRODID, VERSION, CALSCALE), as ical4j writes it. */
  @Override
  public void begin(Writer out, int inputs) throws IOException {
    String empty = calendar(List.of());
    out.write(empty.substring(0, empty.length() - END.length()));
  }

  /** One page's events, as ical4j writes them inside a calendar. */
  @Override
  public void document(Page d, Writer out) throws IOException {
    List<CalendarComponent> events = new ArrayList<>();
    Instant stamp = stamp(d);
    Function<CrossReference, Optional<Page.Target>> resolved = d::resolved;
    d.entries(
        entry -> {
          if (entry instanceof Meeting m && uids.add(m.id())) {
            events.add(event(m, stamp));
          } else if (entry instanceof CrossReference c && uids.add(c.id())) {
            events.add(reference(c, resolved.apply(c), stamp));
          }
        });
    if (events.isEmpty()) {
      return;
    }
    String calendar = calendar(events);
    int from = calendar.indexOf("BEGIN:VEVENT\r\n");
    out.write(calendar, from, calendar.length() - END.length() - from);
  }

  @Override
  public void end(Writer out) throws IOException {
    out.write(END);
  }

  /** A whole calendar of these events, folded by octets. */
  private static String calendar(List<CalendarComponent> events) throws IOException {
    PropertyList properties =
        new PropertyList(
            List.of(
                new ProdId(PRODUCT), ImmutableVersion.VERSION_2_0, ImmutableCalScale.GREGORIAN));
    Calendar calendar = new Calendar(properties, new ComponentList<>(events));
    StringWriter text = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, text);
    } catch (ValidationException e) {
      throw new IOException("calendar did not validate: " + e.getMessage(), e);
    }
    String folded = refoldByOctets(text.toString());
    if (!folded.endsWith(END)) {
      throw new IOException("ical4j wrote a calendar that does not end with " + END.strip());
    }
    return folded;
  }

  /**
   * ical4j 4.1.1 folds content lines after 73 UTF-16 characters, so a line with accented letters or
   * curly quotes can exceed RFC 5545's limit of 75 octets. This undoes ical4j's folds (CRLF
   * followed by one space) and folds again so that every line holds at most 75 UTF-8 octets, never
   * splitting a character.
   */
  static String refoldByOctets(String ics) {
    String unfolded = ics.replace("\r\n ", "");
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64);
    for (String line : unfolded.split("\r\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        int size = utf8Length(cp);
        if (octets + size > MAX_OCTETS) {
          out.append("\r\n ");
          octets = 1;
        }
        out.appendCodePoint(cp);
        octets += size;
        i += Character.charCount(cp);
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  /** RFC 5545, section 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
  static final int MAX_OCTETS = 75;

  private static int utf8Length(int cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }

  /**
   * The page's {@code Updated} date at midnight UTC; without one, the day after the last meeting's
   * end (the last day itself in the year 9999); without meetings, the Unix epoch.
   */
  static Instant stamp(Page doc) {
    LocalDate day =
        doc.lastUpdated()
            .orElseGet(
                () ->
                    doc.summary()
                        .latestEnd()
                        .map(last -> last.getYear() < 9999 ? last.plusDays(1) : last)
                        .orElse(LocalDate.EPOCH));
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static VEvent allDay(DateRange dates, String summary, String uid, Instant stamp) {
    LocalDate start = dates.start();
    LocalDate end = dates.end().plusDays(1);
    VEvent event;
    if (end.getYear() <= 9999) {
      event = new VEvent(start, end, text(summary));
    } else {
      // DTEND would be 10000-01-01, which no iCalendar DATE can hold: the same days as a duration
      event = new VEvent(start, java.time.Period.ofDays((int) dates.days()), text(summary));
    }
    event.add(new Uid(uid));
    event.replace(new DtStamp(stamp));
    return event;
  }

  /**
   * A cross-reference as its own event: SUMMARY {@code See: TITLE}, the note and description, the
   * category {@code Cross-reference} beside the section, and RELATED-TO the meeting it resolves to.
   */
  private static VEvent reference(CrossReference c, Optional<Page.Target> target, Instant stamp) {
    VEvent event = allDay(c.dates(), "See: " + c.referencedTitle(), c.id().toString(), stamp);
    String description = c.description().isEmpty() ? c.note() : c.note() + "\n\n" + c.description();
    event.add(new Description(text(description)));
    List<String> categories = new ArrayList<>();
    if (!c.section().isEmpty()) {
      categories.add(text(c.section()));
    }
    categories.add("Cross-reference");
    event.add(new Categories(new TextList(categories)));
    target.ifPresent(t -> event.add(new RelatedTo(t.id().toString())));
    return event;
  }

  private static VEvent event(Meeting m, Instant stamp) {
    VEvent event = allDay(m.dates(), m.title(), uid(m), stamp);
    String location = text(m.place().displayName());
    if (!location.isEmpty()) {
      event.add(new Location(location));
    }
    m.place()
        .location()
        .ifPresent(
            at ->
                event.add(
                    new net.fortuna.ical4j.model.property.Geo(
                        java.math.BigDecimal.valueOf(at.latitude()),
                        java.math.BigDecimal.valueOf(at.longitude()))));
    StringBuilder description = new StringBuilder();
    if (!m.organizers().isEmpty()) {
      description.append("Organizers: ").append(String.join("; ", m.organizers()));
    }
    if (!m.description().isEmpty()) {
      description.append(description.length() > 0 ? "\n\n" : "").append(m.description());
    }
    if (description.length() > 0) {
      event.add(new Description(text(description.toString())));
    }
    if (!m.section().isEmpty()) {
      event.add(new Categories(new TextList(List.of(text(m.section())))));
    }
    // the first hyperlink is the event's page; the others are its documents
    for (int i = 0; i < m.links().size(); i++) {
      java.net.URI target = m.links().get(i).target();
      if (target.isAbsolute()) {
        event.add(
            i == 0
                ? new net.fortuna.ical4j.model.property.Url(target)
                : new net.fortuna.ical4j.model.property.Attach(target));
      }
    }
    return event;
  }

  /**
   * A TEXT value as RFC 5545 allows it: control characters (C0 but for tab and line feed, which the
   * writer escapes as {@code \n}, DEL and C1) are removed. Page text may hold NUL, BEL or ESC.
   */
  static String text(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n';
      if (control && out == null) {
        out = new StringBuilder(value.length()).append(value, 0, i);
      } else if (!control && out != null) {
        out.append(c);
      }
    }
    return out == null ? value : out.toString();
  }

  /**
   * The meeting's stable ID ({@link Meeting#id()}): the same for the same meeting under any path,
   * in any capture of a page, so that re-importing a calendar updates its events.
   */
  static String uid(Meeting m) {
    return m.id().toString();
  }
}
