package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.Place;
import io.github.wsisdata.parser.internal.grammar.WsisLexer;
import io.github.wsisdata.parser.internal.grammar.WsisParser.CityAndCountryContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.LeadPartContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.NamedPlaceContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.OnlinePlaceContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.PlaceGroupContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.PlaceNoteContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.PlacePartContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.VenuePlaceContext;
import io.github.wsisdata.parser.internal.grammar.WsisParserBaseVisitor;
import io.github.wsisdata.parser.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Reads the places of one line from the grammar's place rules: one visit per alternative of {@code
 * place} (a go line's venue), and the parts of a titled line's {@code venuePlace} and lead. What a
 * place is ({@link Places}) is decided on those parts; trailing notes go to the line's notes.
 */
final class PlaceVisitor extends WsisParserBaseVisitor<PlaceVisitor.Read> {
  /** Which alternative of {@code place} a venue's place was. */
  enum Kind {
    CITY_AND_COUNTRY,
    ONLINE,
    NAMED
  }

  /**
   * A place as read.
   *
   * @param place the place
   * @param kind the alternative it was
   * @param text its original text, normalized, without notes
   */
  record Read(Place place, Kind kind, String text) {}

  private final LineText line;
  private final Interner interner;
  private final List<String> notes;

  /**
   * A visitor for one line.
   *
   * @param line the line
   * @param interner shares equal places
   * @param notes receives the places' trailing notes
   */
  PlaceVisitor(LineText line, Interner interner, List<String> notes) {
    this.line = line;
    this.interner = interner;
    this.notes = notes;
  }

  @Override
  public Read visitCityAndCountry(CityAndCountryContext ctx) {
    placeNotes(ctx.placeNote());
    String country = line.text(ctx.country);
    String city = ctx.city == null ? "" : line.text(ctx.city);
    Place place =
        interner.place(city + "\u0000" + country, key -> Places.cityAndCountry(city, country));
    return new Read(place, Kind.CITY_AND_COUNTRY, line.text(ctx.start, ctx.RPAREN().getSymbol()));
  }

  @Override
  public Read visitOnlinePlace(OnlinePlaceContext ctx) {
    placeNotes(ctx.placeNote());
    return new Read(Place.ONLINE, Kind.ONLINE, ctx.ONLINE().getText());
  }

  @Override
  public Read visitNamedPlace(NamedPlaceContext ctx) {
    List<Token> items = line.items(ctx);
    LineText.trailingNotes(items, notes);
    String text = line.text(items.get(0), items.get(items.size() - 1));
    return new Read(interner.place(text, Places::named), Kind.NAMED, text);
  }

  private void placeNotes(List<PlaceNoteContext> placeNotes) {
    for (PlaceNoteContext n : placeNotes) {
      String text = LineText.noteText(n.NOTE().getSymbol());
      if (!text.isEmpty()) {
        notes.add(text);
      }
    }
  }

  // ===========================================================================================
  // Titled lines
  // ===========================================================================================

  /** A titled line's place. */
  Place titled(VenuePlaceContext ctx) {
    return place(parts(ctx));
  }

  /** A place from its parts, shared with equal places of the page. */
  Place place(Places.Parts parts) {
    return interner.place(parts.key(), key -> Places.of(parts));
  }

  /**
   * The parts of a titled line's place: the text of each part, and a group in parentheses that ends
   * the last part. A final period ends the sentence, not the place.
   */
  Places.Parts parts(VenuePlaceContext ctx) {
    List<PlacePartContext> parts = ctx.placePart();
    Token end = ctx.stop;
    if (end.getType() == WsisLexer.DOT && end.getTokenIndex() > ctx.start.getTokenIndex()) {
      Token before = line.items(ctx).get(end.getTokenIndex() - ctx.start.getTokenIndex() - 1);
      if (before.getType() != WsisLexer.DOT) {
        end = before;
      }
    }
    List<String> texts = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size() - 1; i++) {
      texts.add(line.text(parts.get(i)));
    }
    PlacePartContext last = parts.get(parts.size() - 1);
    List<PlaceGroupContext> groups = last.placeGroup();
    return lastPart(texts, last, groups.isEmpty() ? null : groups.get(groups.size() - 1), end);
  }

  /**
   * The parts of the end of a lead, from its part {@code from} on.
   *
   * @param leadParts the lead's parts
   * @param from the first part of the place
   */
  Places.Parts parts(List<LeadPartContext> leadParts, int from) {
    List<String> texts = new ArrayList<>(leadParts.size() - from);
    for (int i = from; i < leadParts.size() - 1; i++) {
      texts.add(line.text(leadParts.get(i)));
    }
    LeadPartContext last = leadParts.get(leadParts.size() - 1);
    List<PlaceGroupContext> groups = last.placeGroup();
    return lastPart(
        texts, last, groups.isEmpty() ? null : groups.get(groups.size() - 1), last.stop);
  }

  /**
   * Whether a lead part is {@code Something (Group)}: a group in parentheses ends it.
   *
   * @param part a lead part
   * @return the group's words, or null
   */
  String finalGroup(LeadPartContext part) {
    List<PlaceGroupContext> groups = part.placeGroup();
    PlaceGroupContext group = groups.isEmpty() ? null : groups.get(groups.size() - 1);
    return group != null && group.stop == part.stop ? inner(group) : null;
  }

  /** Adds the last part; a group that ends it (at {@code end}) is the country. */
  private Places.Parts lastPart(
      List<String> texts, ParserRuleContext last, PlaceGroupContext group, Token end) {
    if (group != null && group.stop == end) {
      // a part starts with a word, never with its group: a token stands before the group
      List<Token> items = line.items(last);
      Token before = items.get(group.start.getTokenIndex() - last.start.getTokenIndex() - 1);
      texts.add(line.text(last.start, before));
      return new Places.Parts(texts, inner(group));
    }
    texts.add(line.text(last.start, end));
    return new Places.Parts(texts, null);
  }

  private String inner(PlaceGroupContext group) {
    return Text.normalize(line.between(group.LPAREN().getSymbol(), group.RPAREN().getSymbol()));
  }
}
