package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.DateRange;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.Place;
import io.github.wsisdata.parser.internal.grammar.GrammarRunner;
import io.github.wsisdata.parser.internal.grammar.WsisLexer;
import io.github.wsisdata.parser.internal.grammar.WsisParser;
import io.github.wsisdata.parser.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Reads one entry line: runs the grammar on it ({@link GrammarRunner}, one parse), maps the outcome
 * to what the line is, and hands a parsed tree to a fresh {@link EntryVisitor}. A line the grammar
 * does not read is an error with its reason ({@link SyntaxErrors}, from the same parse) for a
 * {@code go} line, and text (no diagnostic) for a bullet line or a line with no marker.
 *
 * <p>One instance serves one page: it owns the page's {@link GrammarRunner} and {@link Interner}.
 * Not thread-safe.
 */
public final class LineParser {
  private final GrammarRunner runner = new GrammarRunner();
  private final Interner interner = new Interner();
  private final DateOrder order = new DateOrder();

  /** A parser for one page's lines. */
  public LineParser() {}

  /**
   * Whether a line may hold a date of the grammar, as a line read only as calendar dates (a line
   * with no marker, the dates of an entry over several lines, the dated line under a title) is
   * looked at before it is parsed: by its tokens (look at its characters first, {@link
   * #mayHoldDateChars}: that is cheaper).
   *
   * @param text the line
   * @return false if such a reading certainly finds no date in it
   */
  public boolean mayHoldDate(String text) {
    return runner.mayHoldDate(text);
  }

  /** The quick look of {@link #mayHoldDate} alone ({@link GrammarRunner#mayHoldDateChars}). */
  public static boolean mayHoldDateChars(String text) {
    return GrammarRunner.mayHoldDateChars(text);
  }

  /**
   * Reads one {@code go} line.
   *
   * @param raw the line exactly as in the input
   * @param lineNo its 1-based number
   * @return what the line was read as
   */
  public ParsedLine read(String raw, int lineNo) {
    return read(raw, raw, lineNo);
  }

  /**
   * Reads one {@code go} line whose text to parse differs from the line as written only by marks a
   * text browser added, blanked out (columns stay those of the line).
   *
   * @param raw the line exactly as in the input (for the span and the diagnostics)
   * @param text the same line with those marks blanked out (what is parsed)
   * @param lineNo its 1-based number
   * @return what the line was read as
   */
  public ParsedLine read(String raw, String text, int lineNo) {
    LineText failedLine = new LineText(null, null, raw, lineNo, LineText.span(raw, lineNo));
    GrammarRunner.Outcome<WsisParser.EntryLineContext> outcome =
        runner.run(text, WsisParser::entryLine);
    if (outcome instanceof GrammarRunner.Parsed<WsisParser.EntryLineContext> parsed) {
      return visit(parsed, raw, lineNo);
    }
    if (outcome instanceof GrammarRunner.Failed<WsisParser.EntryLineContext> failed) {
      SyntaxErrors.Explained e = SyntaxErrors.explain(failed.error(), false);
      return failedLine.failed(e.column(), e.code(), e.message());
    }
    int start = failedLine.span().startColumn();
    if (outcome instanceof GrammarRunner.TooManyTokens<WsisParser.EntryLineContext> tooMany) {
      return failedLine.failed(
          start,
          DiagnosticCode.TOO_MANY_TOKENS,
          "the line has more than " + tooMany.limit() + " words and signs; it was not read");
    }
    return failedLine.failed(start, DiagnosticCode.TOO_DEEP, "the line is nested too deeply");
  }

  /**
   * Reads a bullet line ({@code •}, {@code *}, {@code -}, {@code o}...): an entry if the grammar
   * reads it as a dated or titled line whose title does not read as a sentence ({@link Prose}: in
   * any case, "Informal consultation on the follow-up") and whose places read as names (then a bad
   * date is an error, as on a {@code go} line); otherwise it is text, such as a list of documents
   * or of sentences in a description.
   *
   * @param raw the line exactly as in the input
   * @param lineNo its 1-based number
   * @return what the line was read as: an entry, or text and why
   */
  public Reading readBulleted(String raw, int lineNo) {
    return readBulleted(raw, raw, lineNo);
  }

  /**
   * As {@link #readBulleted(String, int)}, parsing {@code text} (see {@link #read(String, String,
   * int)}).
   *
   * @param raw the line exactly as in the input
   * @param text the line to parse
   * @param lineNo its 1-based number
   * @return what the line was read as: an entry, or text and why
   */
  public Reading readBulleted(String raw, String text, int lineNo) {
    // a bullet also marks lists of sentences: a meeting's title must not read as one
    return reading(
        raw,
        text,
        lineNo,
        WsisParser::entryLine,
        false,
        m ->
            !m.titleSeparated() && Prose.isSentence(m.title())
                ? "its title \"" + m.title() + "\" reads as a sentence"
                : placesAreNames(m) ? null : "its place does not read as a name");
  }

  /**
   * Reads a line with no entry marker: it is an entry only if the whole line is a dated shape and
   * its title, label and places read as names, not as a sentence ("prose stays prose"). A line that
   * is not an entry gives no diagnostic: it is text.
   *
   * @param raw the line exactly as in the input
   * @param lineNo its 1-based number
   * @return the meetings of the line, or text and why
   */
  public Reading readStandalone(String raw, int lineNo) {
    return readStandalone(raw, raw, lineNo);
  }

  /**
   * As {@link #readStandalone(String, int)}, parsing {@code text} (see {@link #read(String, String,
   * int)}).
   *
   * @param raw the line exactly as in the input
   * @param text the line to parse
   * @param lineNo its 1-based number
   * @return the meetings of the line, or text and why
   */
  public Reading readStandalone(String raw, String text, int lineNo) {
    return readStandalone(raw, text, lineNo, true);
  }

  /**
   * The seam for tests: {@code dated = false} parses every line (no {@link GrammarRunner#runDated}
   * test).
   */
  Reading readStandalone(String raw, String text, int lineNo, boolean dated) {
    Reading reading =
        reading(
            raw,
            text,
            lineNo,
            WsisParser::standaloneLine,
            dated,
            m ->
                !names(m)
                    ? "its title or place does not read as a name"
                    : bare(m) ? "it holds dates alone, with no title or place" : null);
    // a line with no marker is an entry only as meetings: a bad date there is text
    return reading.entry() instanceof ParsedLine.Failed failed
        ? new Reading(null, failed.error().message())
        : reading;
  }

  /** Dates alone: no title, no organizers, no place (a post's or a press release's date). */
  private static boolean bare(ParsedLine.Meetings m) {
    return m.title().isEmpty()
        && m.organizers().isEmpty()
        && m.venues().stream().allMatch(v -> v.place() == Place.NONE);
  }

  /**
   * What a bullet or unmarked line is: an entry, or text with the reason it is not one (where
   * reading stopped, or why its reading was not taken).
   *
   * @param entry the entry, or null for text
   * @param reason why the line is text ({@code ""} for an entry)
   */
  public record Reading(ParsedLine entry, String reason) {
    /**
     * The entry, if the line is one.
     *
     * @return the entry
     */
    public Optional<ParsedLine> asEntry() {
      return Optional.ofNullable(entry);
    }
  }

  /**
   * What the line is: an entry if the grammar read it and {@code check} finds no reason not to;
   * {@code dated}: the rule reads the line only as calendar dates ({@link GrammarRunner#runDated}).
   */
  private <T extends ParserRuleContext> Reading reading(
      String raw,
      String text,
      int lineNo,
      Function<WsisParser, T> rule,
      boolean dated,
      Function<ParsedLine.Meetings, String> check) {
    GrammarRunner.Outcome<T> outcome = dated ? runner.runDated(text, rule) : runner.run(text, rule);
    if (outcome instanceof GrammarRunner.Undated<T>) {
      return new Reading(null, "the line holds no month name and no numeric date");
    }
    if (outcome instanceof GrammarRunner.Parsed<T> parsed) {
      ParsedLine line = visit(parsed, raw, lineNo);
      String reason = line instanceof ParsedLine.Meetings m ? check.apply(m) : null;
      return reason == null ? new Reading(line, "") : new Reading(null, reason);
    }
    if (outcome instanceof GrammarRunner.Failed<T> failed) {
      Token at = failed.error().offending();
      return new Reading(
          null,
          at.getType() == Token.EOF
              ? "the line ends before a meeting's shape is complete"
              : "reading stopped at \"" + at.getText() + "\" (column " + Spans.column(at) + ")");
    }
    return new Reading(null, "the line is too long to read");
  }

  /**
   * Sets the year of the section being read (its heading's), that a date with no year at the start
   * of a line gets; 0 for none.
   *
   * @param year the year, or 0
   */
  public void setContextYear(int year) {
    contextYear = year;
    runner.setContextYear(year);
  }

  private int contextYear;

  /**
   * The first three letters of the month and day names of the three languages, in lower case: a
   * line whose first word starts otherwise (and with no digit) starts with no date.
   */
  private static final java.util.Set<String> DATE_WORD_STARTS =
      java.util.Set.of(
          "jan", "feb", "fév", "fev", "mar", "apr", "avr", "abr", "may", "mai", "jun", "jui", "jul",
          "aug", "aoû", "aou", "ago", "sep", "set", "oct", "nov", "dec", "déc", "dic", "ene", "mon",
          "tue", "wed", "thu", "fri", "sat", "sun", "lun", "mer", "jeu", "ven", "sam", "dim", "mié",
          "mie", "vie", "sáb", "sab", "dom");

  private static boolean mayStartADate(String raw, int first) {
    char c = raw.charAt(first);
    if (Character.isDigit(c)) {
      return true;
    }
    if (!Character.isLetter(c) || first + 3 > raw.length()) {
      return false;
    }
    return DATE_WORD_STARTS.contains(raw.substring(first, first + 3).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a line starts with a day's name ({@code Tuesday, 14 February 2006}), in the lexer's
   * three languages: the date of a post or a news item rather than a meeting's dates.
   *
   * @param raw the line
   * @return true if its first token is a day's name
   */
  public boolean startsWithDayName(String raw) {
    List<Token> tokens = runner.tokens(raw);
    return !tokens.isEmpty() && tokens.get(0).getType() == WsisLexer.WEEKDAY;
  }

  /** How far into a line (in characters) a date that starts it is looked for. */
  private static final int DATE_HEAD = 80;

  /**
   * Whether a line starts with a full date (after a marker, if it has one), a date with no year
   * taking the section's year.
   *
   * @param raw the line
   * @return true if its first full date starts the line
   */
  public boolean startsWithDate(String raw) {
    return startsWithDate(raw, contextYear);
  }

  /**
   * Whether a line starts with a full date (after a marker, if it has one) when a date with no year
   * takes {@code year} ({@code November 6 24, Turkey} under {@code Events throughout 2006}).
   *
   * @param raw the line
   * @param year the year a heading over it would give, or 0
   * @return true if its first full date starts the line
   */
  public boolean startsWithDate(String raw, int year) {
    int first = 0;
    while (first < raw.length()
        && (Character.isWhitespace(raw.charAt(first)) || "(•*-".indexOf(raw.charAt(first)) >= 0)) {
      first++;
    }
    if (first == raw.length() || !mayStartADate(raw, first)) {
      return false;
    }
    if (raw.length() > first + DATE_HEAD) {
      raw = raw.substring(0, first + DATE_HEAD); // a date at the start is within its first words
    }
    runner.setContextYear(year);
    try {
      int indent = 0;
      while (indent < raw.length() && Character.isWhitespace(raw.charAt(indent))) {
        indent++;
      }
      int start = indent;
      return fullDate(raw).map(column -> column - 1 <= start + 2).orElse(false);
    } finally {
      runner.setContextYear(contextYear);
    }
  }

  /**
   * Reads an entry printed over several lines, as newsletters and calendars print them: its dates
   * alone on the first line, its title on the next, and, on the line after, its place if that line
   * reads as a known place (a known city or country, {@code City, Country}, {@code City
   * (Country)}). Line breaks are the field boundaries commas are on one line.
   *
   * @param lines the block's lines (the first two at least), raw
   * @param lineNo the first line's number
   * @return the meeting and how many lines it took (2 or 3), or empty if the block is no entry
   */
  public Optional<Block> readBlock(List<String> lines, int lineNo) {
    String first = lines.get(0);
    // the dates first: most lines are no date line, and this costs one short parse
    if (!(runner.runDated(first, WsisParser::dateLine)
        instanceof GrammarRunner.Parsed<WsisParser.DateLineContext> dates)) {
      return Optional.empty();
    }
    if (!(DateRangeBuilder.build(dates.tree().dateRange(), dates.chars(), order)
        instanceof DateRangeBuilder.Days days)) {
      return Optional.empty(); // no calendar date: the lines are text
    }
    String title = blockTitle(lines.get(1));
    Calendar calendar = null;
    if (title.isEmpty()) {
      calendar = calendarLine(lines.get(1), lineNo + 1).orElse(null);
      if (calendar == null) {
        return Optional.empty();
      }
    } else if (lines.size() == 2 && placeOf(lines.get(1), lineNo + 1) != Place.NONE) {
      return Optional.empty(); // dates and a place, no title: its title stands above the dates
    }
    if (calendar != null) {
      ParsedLine.Meetings meetings =
          new ParsedLine.Meetings(
              List.of(
                  new ParsedLine.Venue(new DateRange(days.start(), days.end()), calendar.place())),
              calendar.organizers(),
              calendar.title(),
              List.of(),
              LineText.span(joined(first, lines.get(1)), lineNo),
              undecided(days, first, lineNo),
              true);
      return Optional.of(new Block(meetings, 2, calendar.rest()));
    }
    Place place = lines.size() > 2 ? placeOf(lines.get(2), lineNo + 2) : Place.NONE;
    int taken = place == Place.NONE ? 2 : 3;
    ParsedLine.Meetings meetings =
        new ParsedLine.Meetings(
            List.of(new ParsedLine.Venue(new DateRange(days.start(), days.end()), place)),
            List.of(),
            title,
            List.of(),
            LineText.span(
                String.join(" ", lines.subList(0, taken).stream().map(Text::normalize).toList()),
                lineNo),
            undecided(days, first, lineNo),
            true);
    return Optional.of(new Block(meetings, taken, ""));
  }

  /**
   * A line that is a known place alone ({@code Cairo, Egypt}, {@code Geneva (Switzerland)}, a known
   * city or country), as a titled line's place; {@link Place#NONE} otherwise.
   *
   * @param raw the line, raw
   * @param lineNo its number
   * @return the place, or {@link Place#NONE}
   */
  public Place placeOf(String raw, int lineNo) {
    if (!(runner.run(raw, WsisParser::placeLine)
        instanceof GrammarRunner.Parsed<WsisParser.PlaceLineContext> read)) {
      return Place.NONE;
    }
    LineText placeLine =
        new LineText(read.chars(), read.tokens(), raw, lineNo, LineText.span(raw, lineNo));
    Place found =
        new PlaceVisitor(placeLine, interner, new ArrayList<>()).titled(read.tree().venuePlace());
    return found.countryCode().isPresent() || found.city().map(Slots::isKnownCity).orElse(false)
        ? found
        : Place.NONE;
  }

  /** The warning of a block's dates read day first with nothing to say so, if they were. */
  private static List<io.github.wsisdata.parser.Diagnostic> undecided(
      DateRangeBuilder.Days days, String raw, int lineNo) {
    if (days.undecided() == null) {
      return List.of();
    }
    return List.of(
        new LineText(null, null, raw, lineNo, LineText.span(raw, lineNo))
            .warning(
                DiagnosticCode.AMBIGUOUS_NUMERIC_DATE,
                Spans.column(days.undecided().at()),
                days.undecided().message()));
  }

  /** The lines of an entry printed over several lines, as its text: one space between them. */
  private static String joined(String a, String b) {
    return Text.normalize(a) + " " + Text.normalize(b);
  }

  /** A sentence's end: a period, white space, a capital. */
  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("\\.\\s+(?=\\p{Lu})");

  /**
   * A calendar's line under an entry's dates, in a newsletter of 2003: {@code ORGANIZER, Title,
   * City, Country. Description...}. Read when its first sentence ends with a known place after a
   * comma; an acronym before the first comma is the organizer.
   */
  private record Calendar(List<String> organizers, String title, Place place, String rest) {}

  private Optional<Calendar> calendarLine(String raw, int lineNo) {
    String text = Text.normalize(raw);
    java.util.regex.Matcher end = SENTENCE_END.matcher(text);
    if (end.find()) {
      List<String> parts = List.of(text.substring(0, end.start()).split(", "));
      for (int k = 2; k >= 1; k--) {
        if (parts.size() <= k) {
          continue;
        }
        Place place =
            placeOf(String.join(", ", parts.subList(parts.size() - k, parts.size())), lineNo);
        if (place == Place.NONE) {
          continue;
        }
        List<String> lead = parts.subList(0, parts.size() - k);
        boolean organizer = lead.size() > 1 && Slots.isAcronym(lead.get(0));
        String title = String.join(", ", lead.subList(organizer ? 1 : 0, lead.size()));
        if (title.isEmpty() || Prose.isSentence(title)) {
          return Optional.empty();
        }
        return Optional.of(
            new Calendar(
                organizer ? List.of(lead.get(0)) : List.of(),
                title,
                place,
                text.substring(end.end())));
      }
    }
    return Optional.empty();
  }

  /**
   * The title line of an entry printed over several lines, as its title: not empty, not a sentence,
   * holding no full date; a single final period is not part of it ({@code Geneva phase of the
   * Summit.}).
   *
   * @param raw the line, raw
   * @return the title, or {@code ""} if the line is no title
   */
  public String blockTitle(String raw) {
    String title = Text.normalize(raw);
    if (title.endsWith(".") && !title.endsWith("..")) {
      title = title.substring(0, title.length() - 1).stripTrailing();
    }
    if (title.isEmpty() || Prose.isSentence(title) || fullDate(raw).isPresent()) {
      return "";
    }
    return title;
  }

  /**
   * Reads an entry whose title stands above its dates ({@code First annual meeting of the IGF} /
   * {@code 30 Oct 2006 - 2 Nov 2006}, or {@code Sommet mondial - Phase de Tunis} / {@code 16-18
   * novembre 2005, Tunis (Tunisie)}): the dated line reads as meetings with no title and no
   * organizers, the title lines give the title, and a place line under the dates its place.
   *
   * @param title the title lines, joined
   * @param datedRaw the dated line, raw
   * @param lineNo the first title line's number
   * @param datedLineNo the dated line's number
   * @param placeRaw the place line under the dates, or null
   * @return the meetings, or empty if the lines are no such entry
   */
  public Optional<ParsedLine> readTitleFirst(
      String title, String datedRaw, int lineNo, int datedLineNo, String placeRaw) {
    String text = blockTitle(title);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Reading dated =
        reading(
            datedRaw,
            datedRaw,
            datedLineNo,
            WsisParser::standaloneLine,
            true,
            m -> names(m) ? null : "its place does not read as a name");
    if (!(dated.entry() instanceof ParsedLine.Meetings m)
        || !m.title().isEmpty()
        || !m.organizers().isEmpty()) {
      return Optional.empty();
    }
    List<ParsedLine.Venue> venues = m.venues();
    if (placeRaw != null) {
      Place place = placeOf(placeRaw, datedLineNo + 1);
      if (place == Place.NONE || venues.size() != 1 || venues.get(0).place() != Place.NONE) {
        return Optional.empty();
      }
      venues = List.of(new ParsedLine.Venue(venues.get(0).dates(), place));
    }
    return Optional.of(
        new ParsedLine.Meetings(
            venues,
            List.of(),
            text,
            m.notes(),
            LineText.span(
                placeRaw == null
                    ? joined(title, datedRaw)
                    : joined(joined(title, datedRaw), placeRaw),
                lineNo),
            m.diagnostics(),
            true));
  }

  /**
   * An entry printed over several lines.
   *
   * @param entry the meeting
   * @param lines how many lines it took
   * @param descriptionStart the text its description starts with ({@code ""} for none): the rest of
   *     a calendar's line after its first sentence
   */
  public record Block(ParsedLine entry, int lines, String descriptionStart) {}

  /**
   * The first full date of a text, found on its tokens (see {@link FullDates}).
   *
   * @param raw the text
   * @return the 1-based column where it starts, or empty if the text holds none
   */
  public Optional<Integer> fullDate(String raw) {
    return FullDates.first(runner.tokens(raw)).map(Spans::column);
  }

  /** The seam for tests: what a line with no marker is, before the name rule. */
  Optional<ParsedLine> readIfParsedForTest(String raw, int lineNo) {
    return reading(raw, raw, lineNo, WsisParser::standaloneLine, false, m -> null).asEntry();
  }

  private ParsedLine visit(GrammarRunner.Parsed<?> parsed, String raw, int lineNo) {
    LineText line =
        new LineText(parsed.chars(), parsed.tokens(), raw, lineNo, LineText.span(raw, lineNo));
    return new EntryVisitor(line, interner, order).read(parsed.tree());
  }

  /**
   * Whether a line with no marker reads as an entry rather than a sentence: its places, and its
   * title where no separating dash set it apart (a lead, or the only text after the dates), read as
   * names.
   */
  private static boolean names(ParsedLine.Meetings meetings) {
    if (!meetings.titleSeparated() && !Slots.isName(meetings.title())) {
      return false;
    }
    return placesAreNames(meetings);
  }

  private static boolean placesAreNames(ParsedLine.Meetings meetings) {
    for (ParsedLine.Venue venue : meetings.venues()) {
      Place p = venue.place();
      if (!p.city().map(Slots::isName).orElse(true)
          || !p.country().map(Slots::isName).orElse(true)) {
        return false;
      }
    }
    return true;
  }
}
