package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.DateRange;
import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.Place;
import io.github.wsisdata.parser.internal.grammar.WsisParser.BracketedTitleContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.ConnectedTitleContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.CrossReferenceNoteContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DashedTitleContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DateRangeContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DatedLineContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.LabelContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.LeadContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.LeadPartContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.LinkLineContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.MeetingRestContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.QuotedContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.ReferenceItemContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.StandaloneDatedContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.StandaloneTitledContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.TitledLineContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.TrailingPlaceContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.VenueContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.VenuePlaceContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.VenueStepContext;
import io.github.wsisdata.parser.internal.grammar.WsisParserBaseVisitor;
import io.github.wsisdata.parser.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Builds what one entry line is from the tree of one parse (Trino's {@code AstBuilder} is the
 * model): one visit method per labelled alternative of the line rules ({@code entryLine}, {@code
 * standaloneLine}, {@code titled}). Places are read by {@link PlaceVisitor}, the end of a go line
 * by {@link VenueEndVisitor}, dates by {@link DateRangeBuilder}. One instance per line; it holds
 * the line and nothing that one visit leaves for another.
 */
final class EntryVisitor extends WsisParserBaseVisitor<ParsedLine> {
  private final LineText line;
  private final Interner interner;
  private final DateOrder order;

  EntryVisitor(LineText line, Interner interner, DateOrder order) {
    this.line = line;
    this.interner = interner;
    this.order = order;
  }

  /** A date of the line that is no calendar date: the line fails with it. */
  static final class DateFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The line as failed. */
    final transient ParsedLine.Failed failed;

    DateFailed(ParsedLine.Failed failed) {
      super(null, null, false, false);
      this.failed = failed;
    }
  }

  /**
   * Reads a parsed line.
   *
   * @param tree the line's tree
   * @return what the line is
   */
  ParsedLine read(org.antlr.v4.runtime.tree.ParseTree tree) {
    try {
      return visit(tree);
    } catch (DateFailed e) {
      return e.failed;
    }
  }

  // ===========================================================================================
  // Line kinds
  // ===========================================================================================

  @Override
  public ParsedLine visitLinkLine(LinkLineContext ctx) {
    return new ParsedLine.LinkLine(line.text(ctx.linkText()), line.span());
  }

  @Override
  public ParsedLine visitDatedLine(DatedLineContext ctx) {
    return dated(ctx.label(), ctx.dateRange(), ctx.crossReferenceNote(), ctx.meetingRest());
  }

  @Override
  public ParsedLine visitStandaloneDated(StandaloneDatedContext ctx) {
    return dated(ctx.label(), ctx.dateRange(), ctx.crossReferenceNote(), ctx.meetingRest());
  }

  /** Dates first (after a label, maybe): a cross-reference, or meetings. */
  private ParsedLine dated(
      LabelContext label,
      DateRangeContext dateRange,
      CrossReferenceNoteContext note,
      MeetingRestContext rest) {
    List<Diagnostic> warnings = new ArrayList<>();
    DateRange dates = dates(dateRange, warnings);
    return note != null
        ? crossReference(label, dates, note)
        : meeting(label, dates, rest, warnings);
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
  private ParsedLine crossReference(
      LabelContext label, DateRange dates, CrossReferenceNoteContext note) {
    Token close = note.RPAREN().getSymbol();
    if (label != null) {
      return new ParsedLine.LinkLine(line.text(label.start, close), line.span());
    }
    String noteText = Text.normalize(line.between(note.LPAREN().getSymbol(), close));
    QuotedContext last = null;
    for (ReferenceItemContext item : note.referenceItem()) {
      if (item.quoted() != null) {
        last = item.quoted();
      }
    }
    String referenced =
        Text.normalize(
            last == null
                ? line.between(note.SEE().getSymbol(), close)
                : line.between(last.start, last.stop));
    return new ParsedLine.CrossRef(dates, noteText, referenced, line.span());
  }

  /** One meeting per venue; all venues share organizers, title and notes. */
  private ParsedLine meeting(
      LabelContext label, DateRange first, MeetingRestContext rest, List<Diagnostic> warnings) {
    List<ParsedLine.Venue> venues = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    PlaceVisitor places = new PlaceVisitor(line, interner, notes);
    DateRange dates = first;
    for (VenueStepContext step : rest.venueStep()) {
      Place place =
          step.placeClause() == null
              ? Place.NONE
              : places.visit(step.placeClause().place()).place();
      venues.add(new ParsedLine.Venue(dates, place));
      dates = dates(step.dateRange(), warnings);
    }
    VenueEndVisitor.End end = new VenueEndVisitor(line, places, notes).visit(rest.lastVenueEnd());
    venues.add(new ParsedLine.Venue(dates, end.place()));
    String title = end.title();
    if (label != null) {
      String labelText = labelText(label);
      title = title.isEmpty() ? labelText : labelText + ": " + title;
    }
    List<String> organizers = new ArrayList<>(end.organizers().size());
    for (String name : end.organizers()) {
      organizers.add(interner.string(name));
    }
    warnings.addAll(end.warnings());
    return new ParsedLine.Meetings(
        venues, organizers, title, notes, line.span(), warnings, end.separated());
  }

  /** The label's text, without its colon. */
  private String labelText(LabelContext label) {
    int parts = label.labelPart().size();
    Token last = parts == 0 ? label.labelStart().stop : label.labelPart(parts - 1).stop;
    return line.text(label.start, last);
  }

  // ===========================================================================================
  // Titled lines: a title or place first, then the dates
  // ===========================================================================================

  /** {@code Regional Meeting – Lima 5-7 October 2004}: the lead is the title. */
  @Override
  public ParsedLine visitDashedTitle(DashedTitleContext ctx) {
    return titled(
        leadTitle(ctx.lead()), Place.NONE, null, ctx.venue(), endPlace(ctx.trailingPlace()));
  }

  /**
   * {@code Workshop on Spam Statistics, 12 May 2005, Nairobi, Kenya}, {@code Cotonou, Benin, 3-4
   * June 2004}, {@code Forum on Rural Connectivity from 9-11 May 2006}: the lead is the title, or
   * ends in a place (see {@link #placeFrom}).
   */
  @Override
  public ParsedLine visitConnectedTitle(ConnectedTitleContext ctx) {
    if (ctx.trailingPlace() != null) {
      return titled(
          leadTitle(ctx.lead()),
          Place.NONE,
          ctx.dateRange(),
          ctx.venue(),
          endPlace(ctx.trailingPlace()));
    }
    List<LeadPartContext> parts = ctx.lead().leadPart();
    PlaceVisitor places = new PlaceVisitor(line, interner, new ArrayList<>());
    int from = placeFrom(parts, places);
    String title = from == 0 ? "" : line.text(parts.get(0).start, parts.get(from - 1).stop);
    Place leadPlace = from == parts.size() ? Place.NONE : places.place(places.parts(parts, from));
    return titled(title, leadPlace, ctx.dateRange(), ctx.venue(), null);
  }

  /** {@code Conference on Open Access (Paris, France 12-13 May 2005)}. */
  @Override
  public ParsedLine visitBracketedTitle(BracketedTitleContext ctx) {
    PlaceVisitor places = new PlaceVisitor(line, interner, new ArrayList<>());
    Place place = ctx.startPlace == null ? Place.NONE : places.titled(ctx.startPlace);
    VenuePlaceContext end = ctx.endPlace != null ? ctx.endPlace : ctx.afterPlace;
    return titled(
        leadTitle(ctx.lead()),
        place,
        ctx.dateRange(),
        List.of(),
        end == null ? null : places.parts(end));
  }

  /** A lead as a title: a pair of quotes around all of it is left out, as after a dash. */
  private String leadTitle(LeadContext lead) {
    return tails().unquoted(line.items(lead));
  }

  private Tails tails() {
    return new Tails(line);
  }

  private Places.Parts endPlace(TrailingPlaceContext trailing) {
    return trailing == null
        ? null
        : new PlaceVisitor(line, interner, new ArrayList<>()).parts(trailing.venuePlace());
  }

  /**
   * Where the place at the end of a lead starts: a last part that is a country (with a city-like
   * part before it), or a known city or {@code City (Country)} with a known country, is the place;
   * what stands before is the title. The number of parts if no place ends the lead.
   */
  private int placeFrom(List<LeadPartContext> parts, PlaceVisitor places) {
    int n = parts.size();
    LeadPartContext lastPart = parts.get(n - 1);
    String last = line.text(lastPart);
    if (Slots.isCountry(last) || Places.isOnline(last)) {
      return n >= 2 && Slots.cityLike(line.text(parts.get(n - 2))) ? n - 2 : n - 1;
    }
    String group = places.finalGroup(lastPart);
    if (Slots.isKnownCity(last) || (group != null && Slots.isCountry(group))) {
      return n - 1;
    }
    return n;
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
      Places.Parts endPlace) {
    PlaceVisitor places = new PlaceVisitor(line, interner, new ArrayList<>());
    List<ParsedLine.Venue> venues = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    if (first != null) {
      venues.add(new ParsedLine.Venue(dates(first, warnings), leadPlace));
    }
    for (VenueContext venue : more) {
      Place place = venue.venuePlace() == null ? leadPlace : places.titled(venue.venuePlace());
      venues.add(new ParsedLine.Venue(dates(venue.dateRange(), warnings), place));
    }
    if (endPlace != null) {
      ParsedLine.Venue last = venues.remove(venues.size() - 1);
      Places.Parts parts =
          last.place() == Place.NONE || last.place() == leadPlace
              ? endPlace
              : endPlace.after(last.place());
      venues.add(new ParsedLine.Venue(last.dates(), places.place(parts)));
    }
    return new ParsedLine.Meetings(
        venues, List.of(), title, List.of(), line.span(), warnings, false);
  }

  /**
   * The dates of a range, or the line fails with the reason they are no calendar dates; a range
   * whose dash was lost adds a warning to {@code warnings}.
   */
  private DateRange dates(DateRangeContext ctx, List<Diagnostic> warnings) {
    DateRangeBuilder.Outcome outcome = DateRangeBuilder.build(ctx, line.chars(), order);
    if (outcome instanceof DateRangeBuilder.DateFailure f) {
      throw new DateFailed(line.failed(f.column(), f.code(), f.message()));
    }
    DateRangeBuilder.Days days = (DateRangeBuilder.Days) outcome;
    DateRange range = new DateRange(days.start(), days.end());
    if (days.lostDash() != null) {
      warnings.add(
          line.warning(
              DiagnosticCode.MISSING_RANGE_DASH,
              Spans.column(days.lostDash()),
              "no dash before \""
                  + days.lostDash().getText()
                  + "\": read as the range "
                  + range.format()));
    }
    if (days.undecided() != null) {
      warnings.add(
          line.warning(
              DiagnosticCode.AMBIGUOUS_NUMERIC_DATE,
              Spans.column(days.undecided().at()),
              days.undecided().message()));
    }
    return range;
  }
}
