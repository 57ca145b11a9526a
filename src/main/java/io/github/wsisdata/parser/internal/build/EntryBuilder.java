package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.DateRange;
import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.Place;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.SourceSpan;
import io.github.wsisdata.parser.internal.grammar.GrammarRunner;
import io.github.wsisdata.parser.internal.grammar.WsisLexer;
import io.github.wsisdata.parser.internal.grammar.WsisParser;
import io.github.wsisdata.parser.internal.grammar.WsisParser.BareEndContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.BracketedTitleContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.CityAndCountryContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.ConnectedTitleContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.CrossReferenceContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DashedTitleContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DateRangeContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DatedLineContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DatedTitleEndContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.EntryLineContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.LabelContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.LeadPartContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.LinkLineContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.MeetingContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.MeetingRestContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.NamedPlaceContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.OnlinePlaceContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.OrganizerContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.OrganizersContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.PlaceClauseContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.PlaceContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.PlaceNoteContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.PlacedEndContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.QuotedContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.StandaloneDatedContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.StandaloneTitledContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.TailContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.TitledLineContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.VenueContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.VenuePlaceContext;
import io.github.wsisdata.parser.internal.grammar.WsisParserBaseVisitor;
import io.github.wsisdata.parser.internal.text.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the records of one {@code go} line from the tree of one parse (Trino's {@code AstBuilder}
 * is the model): one visit method per line kind. Nothing is parsed twice and no text the grammar
 * tokenized is split again; the builder's own decisions (organizers or title without a separator,
 * trailing notes, what a named place is, enclosing quotes) are made on the tokens and nodes of the
 * same parse.
 *
 * <p>One instance serves one page: it owns the page's {@link GrammarRunner} and {@link Interner}.
 * Not thread-safe.
 */
public final class EntryBuilder extends WsisParserBaseVisitor<ParsedLine> {
  /** An acronym of two or more capitals glued to a capitalized word of three or more letters. */
  private static final Pattern GLUED = Pattern.compile("(\\p{Lu}{2,})(\\p{Lu}\\p{Ll}{2,}.*)");

  /** Opening and closing quote pairs that may enclose a whole title. */
  private static final String[][] QUOTES = {
    {"\"", "\""}, {"“", "”"}, {"„", "“"}, {"«", "»"}, {"‘", "’"}, {"'", "'"}, {"”", "”"}
  };

  private final GrammarRunner runner = new GrammarRunner();
  private final Interner interner = new Interner();

  // the line being built
  private CharStream chars;
  private TokenStream tokens;
  private String raw;
  private int lineNo;
  private SourceSpan span;
  private LabelContext label;
  private DateRange firstDates;

  /** Whether the line's title stood after a separating dash (set by the last visit). */
  private boolean titleSeparated;

  /**
   * Reads one {@code go} line.
   *
   * @param rawLine the line exactly as in the input
   * @param line its 1-based number
   * @return what the line was read as
   */
  public ParsedLine read(String rawLine, int line) {
    GrammarRunner.Outcome<EntryLineContext> outcome = run(rawLine, line, WsisParser::entryLine);
    if (outcome instanceof GrammarRunner.Parsed<EntryLineContext> parsed) {
      chars = parsed.chars();
      tokens = parsed.tokens();
      return visit(parsed.tree());
    }
    if (outcome instanceof GrammarRunner.Failed<EntryLineContext> failed) {
      SyntaxErrors.Explained e = SyntaxErrors.explain(failed.error(), false);
      return failed(e.column(), e.code(), e.message());
    }
    if (outcome instanceof GrammarRunner.TooManyTokens<EntryLineContext> tooMany) {
      return failed(
          span.startColumn(),
          DiagnosticCode.TOO_MANY_TOKENS,
          "the line has more than " + tooMany.limit() + " words and signs; it was not read");
    }
    return failed(span.startColumn(), DiagnosticCode.TOO_DEEP, "the line is nested too deeply");
  }

  /**
   * Reads a bullet line ({@code •}, {@code *}, {@code -}, {@code o}...): an entry if the grammar
   * reads it as a dated or titled line whose title, organizers and places read as names (then a bad
   * date is an error, as on a {@code go} line); otherwise it is text, such as a list of documents
   * or of sentences in a description.
   *
   * @param rawLine the line exactly as in the input
   * @param line its 1-based number
   * @return what the line was read as, or empty if it is text
   */
  public Optional<ParsedLine> readBulleted(String rawLine, int line) {
    // a bullet also marks lists of sentences: a meeting's words must read as names
    return readIfParsed(rawLine, line, WsisParser::entryLine)
        .filter(result -> !(result instanceof ParsedLine.Meetings m) || names(m));
  }

  /**
   * Reads a line with no entry marker: it is an entry only if the whole line is a dated shape and
   * its title, label and places read as names, not as a sentence ("prose stays prose"). A line that
   * is not an entry gives no diagnostic: it is text.
   *
   * @param rawLine the line exactly as in the input
   * @param line its 1-based number
   * @return the meetings of the line, or empty if it is text
   */
  public Optional<ParsedLine> readStandalone(String rawLine, int line) {
    return readIfParsed(rawLine, line, WsisParser::standaloneLine)
        .filter(result -> result instanceof ParsedLine.Meetings m && names(m));
  }

  /** Starts a line and parses it with {@code rule}. */
  private <T extends ParserRuleContext> GrammarRunner.Outcome<T> run(
      String rawLine, int line, Function<WsisParser, T> rule) {
    raw = rawLine;
    lineNo = line;
    span = span(rawLine, line);
    return runner.run(rawLine, rule);
  }

  /** What the line was read as, if the grammar read it; empty (text, no diagnostic) if not. */
  private <T extends ParserRuleContext> Optional<ParsedLine> readIfParsed(
      String rawLine, int line, Function<WsisParser, T> rule) {
    if (!(run(rawLine, line, rule) instanceof GrammarRunner.Parsed<T> parsed)) {
      return Optional.empty();
    }
    chars = parsed.chars();
    tokens = parsed.tokens();
    return Optional.of(visit(parsed.tree()));
  }

  /**
   * Whether a line with no marker, or with a bullet, reads as an entry rather than a sentence: its
   * places, and its title where no separating dash set it apart (a lead, or the only text after the
   * dates), read as names.
   */
  private boolean names(ParsedLine.Meetings meetings) {
    if (!titleSeparated && !Slots.isName(meetings.title())) {
      return false;
    }
    for (ParsedLine.Venue venue : meetings.venues()) {
      Place p = venue.place();
      if (!p.city().map(Slots::isName).orElse(true)
          || !p.country().map(Slots::isName).orElse(true)) {
        return false;
      }
    }
    return true;
  }

  // ===========================================================================================
  // Line kinds
  // ===========================================================================================

  @Override
  public ParsedLine visitLinkLine(LinkLineContext ctx) {
    return new ParsedLine.LinkLine(Text.normalize(Spans.text(chars, ctx.linkText())), span);
  }

  @Override
  public ParsedLine visitDatedLine(DatedLineContext ctx) {
    Optional<ParsedLine> failure = firstDates(ctx.label(), ctx.dateRange());
    return failure.isPresent() ? failure.get() : visit(ctx.afterDate());
  }

  @Override
  public ParsedLine visitStandaloneDated(StandaloneDatedContext ctx) {
    Optional<ParsedLine> failure = firstDates(ctx.label(), ctx.dateRange());
    return failure.isPresent() ? failure.get() : meeting(ctx.meetingRest());
  }

  /** Reads the first dates and the label; a failure is returned. */
  private Optional<ParsedLine> firstDates(LabelContext labelCtx, DateRangeContext dateCtx) {
    label = labelCtx;
    DateRangeBuilder.Outcome dates = DateRangeBuilder.build(dateCtx, chars);
    if (dates instanceof DateRangeBuilder.DateFailure f) {
      return Optional.of(failed(f.column(), f.code(), f.message()));
    }
    DateRangeBuilder.Days days = (DateRangeBuilder.Days) dates;
    firstDates = new DateRange(days.start(), days.end());
    return Optional.empty();
  }

  @Override
  public ParsedLine visitTitledLine(TitledLineContext ctx) {
    return visit(ctx.titled());
  }

  @Override
  public ParsedLine visitStandaloneTitled(StandaloneTitledContext ctx) {
    return visit(ctx.titled());
  }

  /**
   * {@code (see ...)} after the dates. With a label before the dates the line is no cross-reference
   * but a link, as it always was.
   */
  @Override
  public ParsedLine visitCrossReference(CrossReferenceContext ctx) {
    if (label != null) {
      Token last = ctx.stop;
      return new ParsedLine.LinkLine(Text.normalize(Spans.text(chars, label.start, last)), span);
    }
    var note = ctx.crossReferenceNote();
    Token open = note.LPAREN().getSymbol();
    Token close = note.RPAREN().getSymbol();
    String noteText = Text.normalize(between(open, close));
    List<QuotedContext> quoted = new ArrayList<>();
    note.referenceItem().forEach(item -> quoted.add(item.quoted()));
    quoted.removeIf(q -> q == null);
    String referenced =
        quoted.isEmpty()
            ? Text.normalize(between(note.SEE().getSymbol(), close))
            : Text.normalize(
                between(quoted.get(quoted.size() - 1).start, quoted.get(quoted.size() - 1).stop));
    return new ParsedLine.CrossRef(firstDates, noteText, referenced, span);
  }

  /** One meeting per venue; all venues share organizers, title and notes. */
  @Override
  public ParsedLine visitMeeting(MeetingContext ctx) {
    return meeting(ctx.meetingRest());
  }

  private ParsedLine meeting(MeetingRestContext rest) {
    List<ParsedLine.Venue> venues = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    DateRange dates = firstDates;
    Place place = Place.NONE;
    for (ParseTree child : rest.children) {
      if (child instanceof PlaceClauseContext clause) {
        place = place(clause.place(), notes);
      } else if (child instanceof DateRangeContext next) {
        venues.add(new ParsedLine.Venue(dates, place));
        DateRangeBuilder.Outcome outcome = DateRangeBuilder.build(next, chars);
        if (outcome instanceof DateRangeBuilder.DateFailure f) {
          return failed(f.column(), f.code(), f.message());
        }
        DateRangeBuilder.Days days = (DateRangeBuilder.Days) outcome;
        dates = new DateRange(days.start(), days.end());
        place = Place.NONE;
      }
    }
    ParserRuleContext end = rest.lastVenueEnd();
    TailContext tail = null;
    String slotTitle = null;
    List<Diagnostic> slotWarnings = List.of();
    TailParts cityCountry = null;
    if (end instanceof PlacedEndContext placed && placed.tail() == null) {
      // the only text after the dates: a place or a title, by the rules of docs/format.md
      Slot slot = slot(placed.place(), notes);
      place = slot.place();
      slotTitle = slot.title();
      slotWarnings = slot.warnings();
    } else if (end instanceof PlacedEndContext placed) {
      place = place(placed.place(), notes);
      tail = placed.tail();
      if (placed.place() instanceof NamedPlaceContext
          && place.country().isEmpty()
          && placed.placeSeparator().COMMA() != null) {
        cityCountry = countryFirst(tail, place);
        if (cityCountry != null) {
          place = cityCountry.place();
        }
      }
    } else if (end instanceof DatedTitleEndContext titled) {
      tail = titled.tail();
    } else if (!(end instanceof BareEndContext)) {
      throw new IllegalStateException("unknown venue end " + end.getClass());
    }
    venues.add(new ParsedLine.Venue(dates, place));
    TailParts parts =
        cityCountry != null ? cityCountry : tail == null ? TailParts.EMPTY : tail(tail);
    titleSeparated =
        (tail != null && tail.separator != null) || end instanceof DatedTitleEndContext;
    String title =
        slotTitle != null
            ? slotTitle
            : parts.title() == null ? "" : title(parts.title(), parts.titleFrom(), notes);
    if (label != null) {
      String labelText = labelText(label);
      title = title.isEmpty() ? labelText : labelText + ": " + title;
    }
    List<String> organizers = new ArrayList<>(parts.organizers().size());
    for (String name : parts.organizers()) {
      organizers.add(interner.string(name));
    }
    List<Diagnostic> diagnostics =
        parts.recovery() == null
            ? slotWarnings
            : List.of(
                new Diagnostic(
                    Severity.WARNING,
                    DiagnosticCode.MISSING_SEPARATOR,
                    lineNo,
                    parts.recovery().column(),
                    parts.recovery().reason(),
                    raw));
    return new ParsedLine.Meetings(venues, organizers, title, notes, span, diagnostics);
  }

  // ===========================================================================================
  // Titled lines: a title or place first, then the dates
  // ===========================================================================================

  /** {@code Regional Meeting – Lima 5-7 October 2004}: the lead is the title. */
  @Override
  public ParsedLine visitDashedTitle(DashedTitleContext ctx) {
    return titled(
        Text.normalize(Spans.text(chars, ctx.lead())),
        Place.NONE,
        null,
        ctx.venue(),
        ctx.trailingPlace() == null ? null : ctx.trailingPlace().venuePlace());
  }

  /**
   * {@code Workshop on Spam Statistics, 12 May 2005, Nairobi, Kenya}, {@code Cotonou, Benin, 3-4
   * June 2004}, {@code Forum on Rural Connectivity from 9-11 May 2006}: the lead is the title, or
   * ends in a place (see {@link #splitLead}).
   */
  @Override
  public ParsedLine visitConnectedTitle(ConnectedTitleContext ctx) {
    String title;
    Place leadPlace = Place.NONE;
    if (ctx.trailingPlace() != null) {
      title = Text.normalize(Spans.text(chars, ctx.lead()));
    } else {
      String[] split = splitLead(ctx.lead().leadPart());
      title = split[0];
      leadPlace = split[1].isEmpty() ? Place.NONE : placeOf(split[1]);
    }
    return titled(
        title,
        leadPlace,
        ctx.dateRange(),
        ctx.venue(),
        ctx.trailingPlace() == null ? null : ctx.trailingPlace().venuePlace());
  }

  /** {@code Conference on Open Access (Paris, France 12-13 May 2005)}. */
  @Override
  public ParsedLine visitBracketedTitle(BracketedTitleContext ctx) {
    Place place = Place.NONE;
    for (VenuePlaceContext p : ctx.venuePlace()) {
      if (p != ctx.endPlace) {
        place = placeOf(placeText(p));
      }
    }
    return titled(
        Text.normalize(Spans.text(chars, ctx.lead())),
        place,
        ctx.dateRange(),
        List.of(),
        ctx.endPlace);
  }

  /**
   * The meetings of a titled line: one per date range. A place before all the dates (in the lead)
   * holds for every range without a place of its own; a place after them belongs to the last one.
   */
  private ParsedLine titled(
      String title,
      Place leadPlace,
      DateRangeContext first,
      List<VenueContext> more,
      VenuePlaceContext endPlace) {
    titleSeparated = false;
    List<ParsedLine.Venue> venues = new ArrayList<>();
    if (first != null) {
      DateRangeBuilder.Outcome outcome = DateRangeBuilder.build(first, chars);
      if (outcome instanceof DateRangeBuilder.DateFailure f) {
        return failed(f.column(), f.code(), f.message());
      }
      DateRangeBuilder.Days days = (DateRangeBuilder.Days) outcome;
      venues.add(new ParsedLine.Venue(new DateRange(days.start(), days.end()), leadPlace));
    }
    for (VenueContext venue : more) {
      DateRangeBuilder.Outcome outcome = DateRangeBuilder.build(venue.dateRange(), chars);
      if (outcome instanceof DateRangeBuilder.DateFailure f) {
        return failed(f.column(), f.code(), f.message());
      }
      DateRangeBuilder.Days days = (DateRangeBuilder.Days) outcome;
      Place place = venue.venuePlace() == null ? leadPlace : placeOf(placeText(venue.venuePlace()));
      venues.add(new ParsedLine.Venue(new DateRange(days.start(), days.end()), place));
    }
    if (endPlace != null) {
      ParsedLine.Venue last = venues.remove(venues.size() - 1);
      String text = placeText(endPlace);
      Place place =
          last.place() == Place.NONE || last.place() == leadPlace
              ? placeOf(text)
              : placeOf(placeName(last.place()) + ", " + text);
      venues.add(new ParsedLine.Venue(last.dates(), place));
    }
    return new ParsedLine.Meetings(venues, List.of(), title, List.of(), span, List.of());
  }

  /**
   * Splits a lead into title and place at its commas: a last part that is a country (with a
   * city-like part before it), or a known city or {@code City (Country)} with a known country, is
   * the place; what stands before is the title.
   *
   * @return {title, place text}
   */
  private String[] splitLead(List<LeadPartContext> parts) {
    List<String> texts = new ArrayList<>(parts.size());
    for (LeadPartContext part : parts) {
      texts.add(Text.normalize(Spans.text(chars, part)));
    }
    int n = texts.size();
    String last = texts.get(n - 1);
    int placeFrom = n;
    if (Slots.isCountry(last) || isOnline(last)) {
      placeFrom = n >= 2 && Slots.cityLike(texts.get(n - 2)) ? n - 2 : n - 1;
    } else if (Slots.isKnownCity(last) || knownCityAndCountry(last)) {
      placeFrom = n - 1;
    }
    return new String[] {
      String.join(", ", texts.subList(0, placeFrom)), String.join(", ", texts.subList(placeFrom, n))
    };
  }

  private static boolean isOnline(String text) {
    return text.equalsIgnoreCase("online");
  }

  /** {@code Geneva (Switzerland)} where the table knows the country. */
  private static boolean knownCityAndCountry(String text) {
    int open = openingParenthesis(text);
    return open > 0 && Slots.isCountry(text.substring(open + 1, text.length() - 1));
  }

  /** The index of the "(" matching a final ")", or -1. */
  private static int openingParenthesis(String text) {
    if (!text.endsWith(")")) {
      return -1;
    }
    int depth = 0;
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** A place's text, without a final period. */
  private String placeText(VenuePlaceContext ctx) {
    String text = Text.normalize(Spans.text(chars, ctx));
    return text.endsWith(".") && !text.endsWith("..") ? text.substring(0, text.length() - 1) : text;
  }

  private static String placeName(Place place) {
    List<String> parts = new ArrayList<>();
    place.city().ifPresent(parts::add);
    place.country().ifPresent(parts::add);
    return String.join(", ", parts);
  }

  /**
   * A place from its text: {@code City (Country)}; {@code City, Country} when the table knows the
   * country; a country; {@code online}; else a city (a region, a building) with no country.
   */
  private Place placeOf(String text) {
    return interner.place(
        "\u0001" + text,
        t -> {
          if (isOnline(text)) {
            return Place.ONLINE;
          }
          int open = openingParenthesis(text);
          if (open > 0) {
            return cityAndCountry(
                Text.normalize(text.substring(0, open)),
                Text.normalize(text.substring(open + 1, text.length() - 1)));
          }
          int comma = text.lastIndexOf(", ");
          if (comma > 0) {
            String country = text.substring(comma + 2);
            Optional<String> code = CountryCodes.codeOf(country);
            if (code.isPresent()) {
              return new Place(
                  Optional.of(text.substring(0, comma)), Optional.of(country), code, false);
            }
          }
          return namedPlace(text);
        });
  }

  private static Place namedPlace(String name) {
    Optional<String> code = CountryCodes.codeOf(name);
    return code.isPresent()
        ? new Place(Optional.empty(), Optional.of(name), code, false)
        : new Place(Optional.of(name), Optional.empty(), Optional.empty(), false);
  }

  /**
   * The text after the dates, alone: a place or a title.
   *
   * @param place its place, what was read
   * @param title its title, or null
   * @param warnings a warning if it stays ambiguous
   */
  private record Slot(Place place, String title, List<Diagnostic> warnings) {}

  /**
   * Place or title, for the only text after an entry's dates ({@code 3 May 2005, World Press
   * Freedom Day}): a place if it is {@code City (Country)}, online, a country or a known city; a
   * title if it reads as one (a title word, a digit, more than four words); otherwise neither is
   * guessed and a warning says so.
   */
  private Slot slot(PlaceContext ctx, List<String> notes) {
    Place place = place(ctx, notes);
    if (ctx instanceof OnlinePlaceContext) {
      return new Slot(place, null, List.of());
    }
    String text = placeName(place);
    if (ctx instanceof CityAndCountryContext) {
      if (place.countryCode().isPresent() || place.city().isEmpty()) {
        return new Slot(place, null, List.of());
      }
      String whole = place.city().get() + " (" + place.country().orElse("") + ")";
      return Slots.looksLikeTitle(place.city().get())
          ? new Slot(Place.NONE, whole, List.of())
          : new Slot(place, null, List.of());
    }
    if (Slots.isKnownPlace(text)) {
      return new Slot(place, null, List.of());
    }
    if (Slots.looksLikeTitle(text)) {
      return new Slot(Place.NONE, text, List.of());
    }
    return new Slot(
        Place.NONE,
        "",
        List.of(
            new Diagnostic(
                Severity.WARNING,
                DiagnosticCode.PLACE_OR_TITLE,
                lineNo,
                Spans.column(ctx.start),
                "\""
                    + text
                    + "\" after the dates could be a place or a title; it is read as neither"
                    + " (write City (Country), City, Country, or a title with a dash before it)",
                raw)));
  }

  /**
   * {@code 12 May 2005, Nairobi, Kenya, ...}: a country after the city's comma belongs to the
   * place.
   *
   * @return the tail without the country, and the place with it; null if the tail does not start
   *     with a country
   */
  private TailParts countryFirst(TailContext tail, Place city) {
    List<Token> items = items(tail);
    int end = 0;
    while (end < items.size()
        && !isToken(items.get(end), WsisLexer.COMMA)
        && !isToken(items.get(end), WsisLexer.SEPARATOR)
        && !isToken(items.get(end), WsisLexer.DATE_SEPARATOR)
        && !isToken(items.get(end), WsisLexer.SLASH)) {
      end++;
    }
    if (end == 0) {
      return null;
    }
    String country = Text.normalize(text(items.subList(0, end)));
    Optional<String> code = CountryCodes.codeOf(country);
    if (code.isEmpty()) {
      return null;
    }
    Place place = new Place(city.city(), Optional.of(country), code, false);
    if (end == items.size()) {
      return new TailParts(List.of(), null, -1, null, place);
    }
    if (!isToken(items.get(end), WsisLexer.COMMA)) {
      return null; // "Kenya - Title" or "Kenya/ITU": the tail's own reading stands
    }
    TailParts rest = tail(tail);
    if (tail.separator != null && !rest.organizers().isEmpty()) {
      List<String> organizers = new ArrayList<>(rest.organizers());
      String firstName = organizers.remove(0);
      String remaining = Text.normalize(firstName.substring(firstName.indexOf(',') + 1));
      if (!remaining.isEmpty()) {
        organizers.add(0, remaining);
      }
      return new TailParts(
          List.copyOf(organizers), rest.title(), rest.titleFrom(), rest.recovery(), place);
    }
    return new TailParts(
        List.of(), new ArrayList<>(items.subList(end + 1, items.size())), -1, null, place);
  }

  // ===========================================================================================
  // Places
  // ===========================================================================================

  /** The place of a venue; its trailing notes are added to {@code notes}. */
  private Place place(PlaceContext ctx, List<String> notes) {
    if (ctx instanceof CityAndCountryContext cc) {
      placeNotes(cc.placeNote(), notes);
      String country = Text.normalize(Spans.text(chars, cc.country));
      String city = cc.city == null ? "" : Text.normalize(Spans.text(chars, cc.city));
      return interner.place(city + "\u0000" + country, key -> cityAndCountry(city, country));
    }
    if (ctx instanceof OnlinePlaceContext online) {
      placeNotes(online.placeNote(), notes);
      return Place.ONLINE;
    }
    List<Token> items = items((NamedPlaceContext) ctx);
    trailingNotes(items, notes);
    String text = Text.normalize(text(items));
    return interner.place(text, EntryBuilder::namedPlace);
  }

  /**
   * {@code City (Country)}; but where the whole is a country name of the UN's style ({@code Iran
   * (Islamic Republic of)}, {@code Korea (Republic of)}) and the part in parentheses alone is none,
   * the whole is the country.
   */
  private static Place cityAndCountry(String city, String country) {
    Optional<String> code = CountryCodes.codeOf(country);
    if (code.isEmpty() && !city.isEmpty()) {
      String whole = city + " (" + country + ")";
      Optional<String> wholeCode = CountryCodes.codeOf(whole);
      if (wholeCode.isPresent()) {
        return new Place(Optional.empty(), Optional.of(whole), wholeCode, false);
      }
    }
    return new Place(
        city.isEmpty() ? Optional.empty() : Optional.of(city), Optional.of(country), code, false);
  }

  private void placeNotes(List<PlaceNoteContext> placeNotes, List<String> notes) {
    for (PlaceNoteContext n : placeNotes) {
      String text = noteText(n.NOTE().getSymbol());
      if (!text.isEmpty()) {
        notes.add(text);
      }
    }
  }

  // ===========================================================================================
  // Organizers and title
  // ===========================================================================================

  /**
   * Organizers, the title's items (flattened tokens and notes, or null for no title) and the
   * recovered separator, if any.
   */
  private record TailParts(
      List<String> organizers, List<Token> title, int titleFrom, Recovery recovery, Place place) {
    static final TailParts EMPTY = new TailParts(List.of(), null, -1, null, Place.NONE);

    TailParts(List<String> organizers, List<Token> title, int titleFrom, Recovery recovery) {
      this(organizers, title, titleFrom, recovery, Place.NONE);
    }
  }

  /**
   * A separator assumed where none was written.
   *
   * @param column 1-based column where the title starts
   * @param reason plain English
   */
  private record Recovery(int column, String reason) {}

  private TailParts tail(TailContext ctx) {
    if (ctx.separator != null) {
      return new TailParts(organizers(ctx.organizers().organizer()), items(ctx.title()), -1, null);
    }
    OrganizersContext organizers = ctx.organizers();
    List<Token> items = items(organizers);
    TailParts glued = afterClosingParenthesis(items);
    if (glued == null) {
      glued = acronymGluedToWord(organizers, items);
    }
    return glued != null ? glued : new TailParts(List.of(), items, -1, null);
  }

  /** {@code CODATA (ICSU)WSIS Session}: a word right after an outer ")" starts the title. */
  private TailParts afterClosingParenthesis(List<Token> items) {
    for (int i = 0; i + 1 < items.size(); i++) {
      Token close = items.get(i);
      Token word = items.get(i + 1);
      if (close.getType() == WsisLexer.RPAREN
          && word.getType() == WsisLexer.WORD
          && word.getStartIndex() == close.getStopIndex() + 1) {
        return new TailParts(
            organizersOf(items.subList(0, i + 1)),
            new ArrayList<>(items.subList(i + 1, items.size())),
            -1,
            new Recovery(
                Spans.column(word),
                "no dash between organizers and title; took the title to start at \""
                    + word.getText()
                    + "\" right after \")\""));
      }
    }
    return null;
  }

  /**
   * {@code World Summit Award/UNDPGlobal ICT Conference}: "UNDP" from "Global", after the last "/".
   */
  private TailParts acronymGluedToWord(OrganizersContext ctx, List<Token> items) {
    List<TerminalNode> slashes = ctx.SLASH();
    if (slashes.isEmpty()) {
      return null;
    }
    int lastSlash = slashes.get(slashes.size() - 1).getSymbol().getTokenIndex();
    for (int i = 0; i < items.size(); i++) {
      Token word = items.get(i);
      if (word.getTokenIndex() <= lastSlash || word.getType() != WsisLexer.WORD) {
        continue;
      }
      String text = word.getText();
      if (!startsWithTwoCapitals(text)) {
        continue; // the cheap half of the pattern first
      }
      Matcher m = GLUED.matcher(text);
      if (!m.matches()) {
        continue;
      }
      int acronymLength = m.group(1).codePointCount(0, m.group(1).length());
      int cut = word.getStartIndex() + acronymLength;
      int slash = i - 1;
      while (!isToken(items.get(slash), WsisLexer.SLASH)) {
        slash--;
      }
      List<String> organizers = new ArrayList<>(organizersOf(items.subList(0, slash)));
      organizers.add(
          Text.normalize(chars.getText(Interval.of(startIndex(items.get(slash + 1)), cut - 1))));
      return new TailParts(
          List.copyOf(organizers),
          new ArrayList<>(items.subList(i, items.size())),
          cut,
          new Recovery(
              Spans.column(word) + acronymLength,
              "no dash between organizers and title; took \""
                  + m.group(1)
                  + "\" as the last organizer and \""
                  + m.group(2)
                  + "\" as the start of the title"));
    }
    return null;
  }

  private static boolean startsWithTwoCapitals(String text) {
    if (text.length() < 5 || !Character.isUpperCase(text.codePointAt(0))) {
      return false;
    }
    return Character.isUpperCase(text.codePointAt(Character.charCount(text.codePointAt(0))));
  }

  /** Organizer names from a run of items: split at outer "/", empty names left out. */
  private List<String> organizersOf(List<Token> items) {
    List<String> names = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= items.size(); i++) {
      boolean slash = i < items.size() && items.get(i).getType() == WsisLexer.SLASH;
      if (i == items.size() || slash) {
        String name = Text.normalize(text(items.subList(from, i)));
        if (!name.isEmpty()) {
          names.add(name);
        }
        from = i + 1;
      }
    }
    return names;
  }

  private List<String> organizers(List<OrganizerContext> organizers) {
    List<String> names = new ArrayList<>(organizers.size());
    for (OrganizerContext o : organizers) {
      String name = Text.normalize(Spans.text(chars, o));
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * The title from its items: trailing notes moved to {@code notes}, a trailing colon removed, and
   * a pair of matching quotes that encloses the whole title removed.
   */
  private String title(List<Token> items, int from, List<String> notes) {
    List<Token> title = new ArrayList<>(items);
    trailingNotes(title, notes);
    while (!title.isEmpty() && isToken(title.get(title.size() - 1), WsisLexer.COLON)) {
      title.remove(title.size() - 1);
    }
    if (title.size() >= 3) {
      String first = title.get(0).getText();
      String last = title.get(title.size() - 1).getText();
      String inner = text(title.subList(1, title.size() - 1));
      for (String[] q : QUOTES) {
        if (q[0].equals(first)
            && q[1].equals(last)
            && !inner.contains(q[0])
            && !inner.contains(q[1])) {
          return Text.normalize(inner);
        }
      }
    }
    return Text.normalize(text(title, from));
  }

  // ===========================================================================================
  // Items, notes, text
  // ===========================================================================================

  /**
   * The tokens of a rule, in order, from the line's token stream: from the rule's first token to
   * its last (a rule covers a run of tokens with none skipped, as the lexer makes no hidden
   * tokens). Free-text rules have no leaves in the tree (see the parser grammar's members), so
   * their tokens are taken from here, never from the tree.
   */
  private List<Token> items(ParserRuleContext ctx) {
    int from = ctx.start.getTokenIndex();
    int to = ctx.stop == null ? from - 1 : ctx.stop.getTokenIndex();
    List<Token> items = new ArrayList<>(Math.max(0, to - from + 1));
    for (int i = from; i <= to; i++) {
      items.add(tokens.get(i));
    }
    return items;
  }

  /**
   * Moves trailing notes ({@code . [Proxy site]}) from the end of {@code items} to {@code notes},
   * in page order, with the period before them.
   */
  private void trailingNotes(List<Token> items, List<String> notes) {
    List<String> found = new ArrayList<>();
    while (!items.isEmpty() && isToken(items.get(items.size() - 1), WsisLexer.NOTE)) {
      Token note = items.remove(items.size() - 1);
      String text = noteText(note);
      if (!text.isEmpty()) {
        found.add(text);
      }
      if (!found.isEmpty()
          && !items.isEmpty()
          && isToken(items.get(items.size() - 1), WsisLexer.DOT)) {
        items.remove(items.size() - 1);
      }
    }
    Collections.reverse(found);
    notes.addAll(found);
  }

  /** The text inside a note's brackets. */
  private static String noteText(Token note) {
    String text = note.getText();
    return Text.normalize(text.substring(1, text.length() - 1));
  }

  private static boolean isToken(Token item, int type) {
    return item.getType() == type;
  }

  private static int startIndex(Token item) {
    return item.getStartIndex();
  }

  private static int stopIndex(Token item) {
    return item.getStopIndex();
  }

  /** The original text from the first item to the last (hidden white space included). */
  private String text(List<Token> items) {
    return text(items, -1);
  }

  /** The same, starting at character {@code from} inside the first item if it is not -1. */
  private String text(List<Token> items, int from) {
    if (items.isEmpty()) {
      return "";
    }
    int start = from >= 0 ? from : startIndex(items.get(0));
    return chars.getText(Interval.of(start, stopIndex(items.get(items.size() - 1))));
  }

  /** The text strictly between two tokens. */
  private String between(Token open, Token close) {
    int from = open.getStopIndex() + 1;
    int to = close.getStartIndex() - 1;
    return to < from ? "" : chars.getText(Interval.of(from, to));
  }

  private String labelText(LabelContext label) {
    List<? extends ParserRuleContext> parts = label.labelPart();
    Token last = parts.isEmpty() ? label.labelStart().stop : parts.get(parts.size() - 1).stop;
    return Text.normalize(Spans.text(chars, label.start, last));
  }

  private ParsedLine failed(int column, DiagnosticCode code, String message) {
    return new ParsedLine.Failed(
        new Diagnostic(Severity.ERROR, code, lineNo, Math.max(1, column), message, raw));
  }

  /**
   * The span from the first to the last non-space code point of the line.
   *
   * @param raw the line
   * @param line its number
   * @return the span
   */
  static SourceSpan span(String raw, int line) {
    // white space is never a surrogate, so the ends are found char by char
    int from = 0;
    while (from < raw.length() && Text.isSpace(raw.charAt(from))) {
      from++;
    }
    int to = raw.length();
    while (to > from && Text.isSpace(raw.charAt(to - 1))) {
      to--;
    }
    int startColumn = raw.codePointCount(0, from) + 1;
    int endColumn = startColumn - 1 + raw.codePointCount(from, to);
    return new SourceSpan(line, startColumn, endColumn, raw.substring(from, to));
  }
}
