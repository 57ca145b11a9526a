package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.DateRange;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.Place;
import io.github.wsisdata.parser.internal.grammar.GrammarRunner;
import io.github.wsisdata.parser.internal.grammar.WsisParser;
import io.github.wsisdata.parser.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
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

  /** A parser for one page's lines. */
  public LineParser() {}

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
    Reading reading =
        reading(
            raw,
            text,
            lineNo,
            WsisParser::standaloneLine,
            m -> names(m) ? null : "its title or place does not read as a name");
    // a line with no marker is an entry only as meetings: a bad date there is text
    return reading.entry() instanceof ParsedLine.Failed failed
        ? new Reading(null, failed.error().message())
        : reading;
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

  /** What the line is: an entry if the grammar read it and {@code check} finds no reason not to. */
  private <T extends ParserRuleContext> Reading reading(
      String raw,
      String text,
      int lineNo,
      Function<WsisParser, T> rule,
      Function<ParsedLine.Meetings, String> check) {
    GrammarRunner.Outcome<T> outcome = runner.run(text, rule);
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
    String title = blockTitle(lines.get(1));
    if (title.isEmpty()) {
      return Optional.empty();
    }
    if (!(runner.run(first, WsisParser::dateLine)
        instanceof GrammarRunner.Parsed<WsisParser.DateLineContext> dates)) {
      return Optional.empty();
    }
    if (!(DateRangeBuilder.build(dates.tree().dateRange(), dates.chars())
        instanceof DateRangeBuilder.Days days)) {
      return Optional.empty(); // no calendar date: the lines are text
    }
    Place place = Place.NONE;
    int taken = 2;
    if (lines.size() > 2
        && runner.run(lines.get(2), WsisParser::placeLine)
            instanceof GrammarRunner.Parsed<WsisParser.PlaceLineContext> read) {
      String raw = lines.get(2);
      LineText placeLine =
          new LineText(
              read.chars(), read.tokens(), raw, lineNo + 2, LineText.span(raw, lineNo + 2));
      Place found =
          new PlaceVisitor(placeLine, interner, new ArrayList<>()).titled(read.tree().venuePlace());
      if (found.countryCode().isPresent() || found.city().map(Slots::isKnownCity).orElse(false)) {
        place = found;
        taken = 3;
      }
    }
    ParsedLine.Meetings meetings =
        new ParsedLine.Meetings(
            List.of(new ParsedLine.Venue(new DateRange(days.start(), days.end()), place)),
            List.of(),
            title,
            List.of(),
            LineText.span(first, lineNo),
            List.of(),
            true);
    return Optional.of(new Block(meetings, taken));
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
   * Reads an entry whose title stands on the line before its dates ({@code First annual meeting of
   * the IGF} / {@code 30 Oct 2006 - 2 Nov 2006}, or {@code Sommet mondial - Phase de Tunis} /
   * {@code 16-18 novembre 2005, Tunis (Tunisie)}): the dated line reads as meetings with no title
   * and no organizers, and the title line gives the title.
   *
   * @param titleRaw the title line, raw
   * @param datedRaw the dated line, raw
   * @param lineNo the title line's number (the entry's line)
   * @param datedLineNo the dated line's number
   * @return the meetings, or empty if the lines are no such entry
   */
  public Optional<ParsedLine> readTitleFirst(
      String titleRaw, String datedRaw, int lineNo, int datedLineNo) {
    String title = blockTitle(titleRaw);
    if (title.isEmpty()) {
      return Optional.empty();
    }
    if (!(readStandalone(datedRaw, datedLineNo).entry() instanceof ParsedLine.Meetings m)
        || !m.title().isEmpty()
        || !m.organizers().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ParsedLine.Meetings(
            m.venues(),
            List.of(),
            title,
            m.notes(),
            LineText.span(titleRaw, lineNo),
            m.diagnostics(),
            true));
  }

  /**
   * An entry printed over several lines.
   *
   * @param entry the meeting
   * @param lines how many lines it took
   */
  public record Block(ParsedLine entry, int lines) {}

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
    return reading(raw, raw, lineNo, WsisParser::standaloneLine, m -> null).asEntry();
  }

  private ParsedLine visit(GrammarRunner.Parsed<?> parsed, String raw, int lineNo) {
    LineText line =
        new LineText(parsed.chars(), parsed.tokens(), raw, lineNo, LineText.span(raw, lineNo));
    return new EntryVisitor(line, interner).read(parsed.tree());
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
