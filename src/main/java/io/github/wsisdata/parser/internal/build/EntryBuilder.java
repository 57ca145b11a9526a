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
import io.github.wsisdata.parser.internal.grammar.WsisParser.CityAndCountryContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.CrossReferenceContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DateRangeContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DatedLineContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DatedTitleEndContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.EntryLineContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.LabelContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.LinkLineContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.MeetingContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.NamedPlaceContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.OnlinePlaceContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.OrganizerContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.OrganizersContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.PlaceClauseContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.PlaceContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.PlaceNoteContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.PlacedEndContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.QuotedContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.SeparatedTailContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.TailContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.UnseparatedTailContext;
import io.github.wsisdata.parser.internal.grammar.WsisParserBaseVisitor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
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
  private String raw;
  private int lineNo;
  private SourceSpan span;
  private LabelContext label;
  private DateRange firstDates;

  /**
   * Reads one {@code go} line.
   *
   * @param rawLine the line exactly as in the input
   * @param line its 1-based number
   * @return what the line was read as
   */
  public ParsedLine read(String rawLine, int line) {
    raw = rawLine;
    lineNo = line;
    span = span(rawLine, line);
    GrammarRunner.Outcome<EntryLineContext> outcome = runner.run(rawLine, WsisParser::entryLine);
    if (outcome instanceof GrammarRunner.Parsed<EntryLineContext> parsed) {
      chars = parsed.chars();
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

  // ===========================================================================================
  // Line kinds
  // ===========================================================================================

  @Override
  public ParsedLine visitLinkLine(LinkLineContext ctx) {
    return new ParsedLine.LinkLine(Text.normalize(Spans.text(chars, ctx.linkText())), span);
  }

  @Override
  public ParsedLine visitDatedLine(DatedLineContext ctx) {
    DateRangeBuilder.Outcome dates = DateRangeBuilder.build(ctx.dateRange(), chars);
    if (dates instanceof DateRangeBuilder.DateFailure f) {
      return failed(f.column(), f.code(), f.message());
    }
    DateRangeBuilder.Days days = (DateRangeBuilder.Days) dates;
    firstDates = new DateRange(days.start(), days.end());
    label = ctx.label();
    return visit(ctx.afterDate());
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
    List<ParsedLine.Venue> venues = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    DateRange dates = firstDates;
    Place place = Place.NONE;
    for (ParseTree child : ctx.meetingRest().children) {
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
    ParserRuleContext end = ctx.meetingRest().lastVenueEnd();
    TailContext tail = null;
    if (end instanceof PlacedEndContext placed) {
      place = place(placed.place(), notes);
      tail = placed.tail();
    } else if (end instanceof DatedTitleEndContext titled) {
      tail = titled.tail();
    } else if (!(end instanceof BareEndContext)) {
      throw new IllegalStateException("unknown venue end " + end.getClass());
    }
    venues.add(new ParsedLine.Venue(dates, place));
    TailParts parts = tail == null ? TailParts.EMPTY : tail(tail);
    String title = parts.title() == null ? "" : title(parts.title(), parts.titleFrom(), notes);
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
            ? List.of()
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
    List<ParseTree> items = items((NamedPlaceContext) ctx);
    trailingNotes(items, notes);
    String text = Text.normalize(text(items));
    return interner.place(
        text,
        name -> {
          Optional<String> code = CountryCodes.codeOf(name);
          return code.isPresent()
              ? new Place(Optional.empty(), Optional.of(name), code, false)
              : new Place(Optional.of(name), Optional.empty(), Optional.empty(), false);
        });
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
      List<String> organizers, List<ParseTree> title, int titleFrom, Recovery recovery) {
    static final TailParts EMPTY = new TailParts(List.of(), null, -1, null);
  }

  /**
   * A separator assumed where none was written.
   *
   * @param column 1-based column where the title starts
   * @param reason plain English
   */
  private record Recovery(int column, String reason) {}

  private TailParts tail(TailContext ctx) {
    if (ctx instanceof SeparatedTailContext separated) {
      return new TailParts(
          organizers(separated.organizers().organizer()), items(separated.title()), -1, null);
    }
    OrganizersContext organizers = ((UnseparatedTailContext) ctx).organizers();
    List<ParseTree> items = items(organizers);
    TailParts glued = afterClosingParenthesis(items);
    if (glued == null) {
      glued = acronymGluedToWord(organizers, items);
    }
    return glued != null ? glued : new TailParts(List.of(), items, -1, null);
  }

  /** {@code CODATA (ICSU)WSIS Session}: a word right after an outer ")" starts the title. */
  private TailParts afterClosingParenthesis(List<ParseTree> items) {
    for (int i = 0; i + 1 < items.size(); i++) {
      if (items.get(i) instanceof TerminalNode close
          && close.getSymbol().getType() == WsisLexer.RPAREN
          && items.get(i + 1) instanceof TerminalNode next
          && next.getSymbol().getType() == WsisLexer.WORD
          && next.getSymbol().getStartIndex() == close.getSymbol().getStopIndex() + 1) {
        Token word = next.getSymbol();
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
  private TailParts acronymGluedToWord(OrganizersContext ctx, List<ParseTree> items) {
    List<TerminalNode> slashes = ctx.SLASH();
    if (slashes.isEmpty()) {
      return null;
    }
    int lastSlash = slashes.get(slashes.size() - 1).getSymbol().getTokenIndex();
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof TerminalNode node)
          || node.getSymbol().getTokenIndex() <= lastSlash
          || node.getSymbol().getType() != WsisLexer.WORD) {
        continue;
      }
      Token word = node.getSymbol();
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
  private List<String> organizersOf(List<ParseTree> items) {
    List<String> names = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= items.size(); i++) {
      boolean slash =
          i < items.size()
              && items.get(i) instanceof TerminalNode t
              && t.getSymbol().getType() == WsisLexer.SLASH;
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
  private String title(List<ParseTree> items, int from, List<String> notes) {
    List<ParseTree> title = new ArrayList<>(items);
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
   * The tokens of a rule, in order; an organizer list's organizers are opened (the tree of a tail
   * is two levels deep, so this one level of recursion is bounded by the grammar).
   */
  private static List<ParseTree> items(ParserRuleContext ctx) {
    List<ParseTree> items = new ArrayList<>();
    if (ctx.children == null) {
      return items;
    }
    for (ParseTree child : ctx.children) {
      if (child instanceof TerminalNode) {
        items.add(child);
      } else {
        items.addAll(items((ParserRuleContext) child));
      }
    }
    return items;
  }

  /**
   * Moves trailing notes ({@code . [Proxy site]}) from the end of {@code items} to {@code notes},
   * in page order, with the period before them.
   */
  private void trailingNotes(List<ParseTree> items, List<String> notes) {
    List<String> found = new ArrayList<>();
    while (!items.isEmpty() && isToken(items.get(items.size() - 1), WsisLexer.NOTE)) {
      Token note = ((TerminalNode) items.remove(items.size() - 1)).getSymbol();
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

  private static boolean isToken(ParseTree item, int type) {
    return item instanceof TerminalNode t && t.getSymbol().getType() == type;
  }

  private static int startIndex(ParseTree item) {
    return ((TerminalNode) item).getSymbol().getStartIndex();
  }

  private static int stopIndex(ParseTree item) {
    return ((TerminalNode) item).getSymbol().getStopIndex();
  }

  /** The original text from the first item to the last (hidden white space included). */
  private String text(List<ParseTree> items) {
    return text(items, -1);
  }

  /** The same, starting at character {@code from} inside the first item if it is not -1. */
  private String text(List<ParseTree> items, int from) {
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
    int from = 0;
    while (from < raw.length() && Text.isSpace(raw.codePointAt(from))) {
      from += Character.charCount(raw.codePointAt(from));
    }
    int to = raw.length();
    while (to > from && Text.isSpace(raw.codePointBefore(to))) {
      to -= Character.charCount(raw.codePointBefore(to));
    }
    int startColumn = raw.codePointCount(0, from) + 1;
    int endColumn = startColumn - 1 + raw.codePointCount(from, to);
    return new SourceSpan(line, startColumn, endColumn, raw.substring(from, to));
  }
}
