package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.Place;
import io.github.wsisdata.parser.internal.grammar.WsisLexer;
import io.github.wsisdata.parser.internal.grammar.WsisParser.BareEndContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DatedTitleEndContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.PlaceContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.PlacedEndContext;
import io.github.wsisdata.parser.internal.grammar.WsisParserBaseVisitor;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Reads the end of a go line's last venue ({@code lastVenueEnd}): one visit per alternative. After
 * a place come organizers and title; the only text after the dates is a place or a title ({@link
 * #slot}); a dash or colon right after the dates sets a title apart.
 */
final class VenueEndVisitor extends WsisParserBaseVisitor<VenueEndVisitor.End> {
  /**
   * The end of a line's last venue.
   *
   * @param place the last venue's place
   * @param organizers the organizers
   * @param title the title ({@code ""} for none)
   * @param separated whether a separating dash or colon set the title apart
   * @param warnings warnings about the reading
   */
  record End(
      Place place,
      List<String> organizers,
      String title,
      boolean separated,
      List<Diagnostic> warnings) {}

  private final LineText line;
  private final PlaceVisitor places;
  private final Tails tails;
  private final List<String> notes;

  VenueEndVisitor(LineText line, PlaceVisitor places, List<String> notes) {
    this.line = line;
    this.places = places;
    this.tails = new Tails(line);
    this.notes = notes;
  }

  @Override
  public End visitPlacedEnd(PlacedEndContext ctx) {
    if (ctx.COLON() != null) {
      return colonEnd(ctx);
    }
    if (ctx.tail() == null) {
      return slot(ctx.place());
    }
    PlaceVisitor.Read read = places.visit(ctx.place());
    Place place = read.place();
    Tails.Parts parts = null;
    if (read.kind() == PlaceVisitor.Kind.NAMED
        && place.country().isEmpty()
        && ctx.placeSeparator().COMMA() != null) {
      parts = tails.countryFirst(ctx.tail(), place);
    }
    if (parts != null) {
      place = parts.place();
    } else {
      parts = tails.read(ctx.tail());
    }
    return end(place, parts, ctx.tail().separator != null);
  }

  /**
   * {@code , Brussels: Working Group}: a place, a colon, the title. What stands in the place's slot
   * may be an organization's acronym instead ({@code May 17, UN: World Information Day}): a word of
   * capitals that names no country is an organizer.
   */
  private End colonEnd(PlacedEndContext ctx) {
    PlaceVisitor.Read read = places.visit(ctx.place());
    String title = tails.title(line.items(ctx.title()), -1, notes);
    if (Slots.isAcronym(read.text()) && !Slots.isKnownPlace(read.text())) {
      return new End(Place.NONE, List.of(read.text()), title, true, List.of());
    }
    return new End(read.place(), List.of(), title, true, List.of());
  }

  @Override
  public End visitDatedTitleEnd(DatedTitleEndContext ctx) {
    return end(Place.NONE, tails.read(ctx.tail()), true);
  }

  @Override
  public End visitBareEnd(BareEndContext ctx) {
    return new End(Place.NONE, List.of(), "", false, List.of());
  }

  private End end(Place place, Tails.Parts parts, boolean separated) {
    List<Token> titleItems = parts.title();
    if (place == Place.NONE && titleItems != null) {
      // "12 May 2004: Workshop on Spam (Geneva, Switzerland)": a place at the title's end
      int open = finalGroup(titleItems);
      if (open > 0) {
        Place found = groupPlace(titleItems.subList(open + 1, titleItems.size() - 1));
        if (found != null) {
          place = found;
          titleItems = new ArrayList<>(titleItems.subList(0, open));
        }
      }
    }
    String title = titleItems == null ? "" : tails.title(titleItems, parts.titleFrom(), notes);
    List<Diagnostic> warnings =
        parts.recovery() == null
            ? List.of()
            : List.of(
                line.warning(
                    DiagnosticCode.MISSING_SEPARATOR,
                    parts.recovery().column(),
                    parts.recovery().reason()));
    return new End(place, parts.organizers(), title, separated, warnings);
  }

  /**
   * Where the outer group in parentheses that ends a title starts ({@code (Geneva, Switzerland)}),
   * or -1 if the title does not end with one.
   */
  private static int finalGroup(List<Token> items) {
    if (items.size() < 3 || items.get(items.size() - 1).getType() != WsisLexer.RPAREN) {
      return -1;
    }
    for (int i = items.size() - 2; i >= 0; i--) {
      if (items.get(i).getType() == WsisLexer.LPAREN) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The place a group in parentheses names, read as a titled line's place (comma-separated parts):
   * {@code City, Country} with a known country, or a known city alone; else null (an acronym, a
   * note).
   */
  private Place groupPlace(List<Token> inner) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= inner.size(); i++) {
      if (i == inner.size() || inner.get(i).getType() == WsisLexer.COMMA) {
        if (i == from) {
          return null;
        }
        parts.add(line.text(inner.get(from), inner.get(i - 1)));
        from = i + 1;
      } else if (inner.get(i).getType() == WsisLexer.NUMBER) {
        return null; // a date or a count, no place
      }
    }
    if (parts.size() == 1) {
      // one word or name alone: a known city ("(Nairobi)"), never an acronym ("(WSIS)")
      return Slots.isKnownCity(parts.get(0)) ? places.place(new Places.Parts(parts, null)) : null;
    }
    Place place = places.place(new Places.Parts(parts, null));
    return place.countryCode().isPresent() ? place : null;
  }

  /**
   * Place or title, for the only text after an entry's dates ({@code 3 May 2005, World Press
   * Freedom Day}): a place if it is {@code City (Country)}, online, a country or a known city; a
   * title if it reads as one (a title word, a digit, more than four words); otherwise neither is
   * guessed and a warning says so (see docs/format.md, "Place or title").
   */
  private End slot(PlaceContext ctx) {
    List<Token> items = line.items(ctx);
    if (items.size() >= 3
        && items.get(0).getType() == WsisLexer.QUOTE
        && items.get(items.size() - 1).getType() == WsisLexer.QUOTE) {
      return titled(tails.unquoted(items)); // "E-learning": a quoted title, never a place
    }
    PlaceVisitor.Read read = places.visit(ctx);
    Place place = read.place();
    switch (read.kind()) {
      case ONLINE:
        return placed(place);
      case CITY_AND_COUNTRY:
        if (place.countryCode().isPresent() || place.city().isEmpty()) {
          return placed(place);
        }
        return Slots.looksLikeTitle(place.city().get()) ? titled(read.text()) : placed(place);
      default:
        break;
    }
    if (Slots.isKnownPlace(read.text())) {
      return placed(place);
    }
    if (Slots.looksLikeTitle(read.text())) {
      return titled(read.text());
    }
    return new End(
        Place.NONE,
        List.of(),
        "",
        false,
        List.of(
            line.warning(
                DiagnosticCode.PLACE_OR_TITLE,
                Spans.column(ctx.start),
                "\""
                    + read.text()
                    + "\" after the dates could be a place or a title; it is read as neither"
                    + " (write City (Country), City, Country, or a title with a dash before it)")));
  }

  private static End placed(Place place) {
    return new End(place, List.of(), "", false, List.of());
  }

  private static End titled(String title) {
    return new End(Place.NONE, List.of(), title, false, List.of());
  }
}
