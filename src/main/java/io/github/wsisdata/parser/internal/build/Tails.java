package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.Place;
import io.github.wsisdata.parser.internal.grammar.WsisLexer;
import io.github.wsisdata.parser.internal.grammar.WsisParser.OrganizerContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.OrganizersContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.TailContext;
import io.github.wsisdata.parser.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Organizers and title of a go line's {@code tail}, with the builder's own decisions on its tokens:
 * where no separating dash was written, whether the text is a title or organizers glued to a title
 * (the two {@code MISSING_SEPARATOR} recoveries); a country right after the city's comma; trailing
 * notes and enclosing quotes of the title.
 */
final class Tails {
  /** An acronym of two or more capitals glued to a capitalized word of three or more letters. */
  private static final Pattern GLUED = Pattern.compile("(\\p{Lu}{2,})(\\p{Lu}\\p{Ll}{2,}.*)");

  /** Opening and closing quote pairs that may enclose a whole title. */
  private static final String[][] QUOTES = {
    {"\"", "\""}, {"“", "”"}, {"„", "“"}, {"«", "»"}, {"‘", "’"}, {"'", "'"}, {"”", "”"}
  };

  private final LineText line;

  Tails(LineText line) {
    this.line = line;
  }

  /**
   * Organizers, the title's items (tokens, or null for no title), where the title starts inside its
   * first item (-1 for its start), the recovered separator if any, and the place where a country
   * was taken from the tail.
   */
  record Parts(
      List<String> organizers, List<Token> title, int titleFrom, Recovery recovery, Place place) {
    static final Parts EMPTY = new Parts(List.of(), null, -1, null, Place.NONE);

    Parts(List<String> organizers, List<Token> title, int titleFrom, Recovery recovery) {
      this(organizers, title, titleFrom, recovery, Place.NONE);
    }
  }

  /**
   * A separator assumed where none was written.
   *
   * @param column 1-based column where the title starts
   * @param reason plain English
   */
  record Recovery(int column, String reason) {}

  /** Organizers and title of a tail. */
  Parts read(TailContext ctx) {
    if (ctx.separator != null) {
      return new Parts(organizers(ctx.organizers().organizer()), line.items(ctx.title()), -1, null);
    }
    OrganizersContext organizers = ctx.organizers();
    List<Token> items = line.items(organizers);
    Parts glued = afterClosingParenthesis(items);
    if (glued == null) {
      glued = acronymGluedToWord(organizers, items);
    }
    return glued != null ? glued : new Parts(List.of(), items, -1, null);
  }

  /**
   * {@code 12 May 2005, Nairobi, Kenya, ...}: a country after the city's comma belongs to the
   * place.
   *
   * @return the tail without the country, and the place with it; null if the tail does not start
   *     with a country
   */
  Parts countryFirst(TailContext tail, Place city) {
    List<Token> items = line.items(tail);
    int end = 0;
    while (end < items.size()
        && !LineText.is(items.get(end), WsisLexer.COMMA)
        && !LineText.is(items.get(end), WsisLexer.SEPARATOR)
        && !LineText.is(items.get(end), WsisLexer.DATE_SEPARATOR)
        && !LineText.is(items.get(end), WsisLexer.SLASH)) {
      end++;
    }
    if (end == 0) {
      return null;
    }
    String country = line.text(items.get(0), items.get(end - 1));
    Optional<String> code = CountryCodes.codeOf(country);
    if (code.isEmpty()) {
      return null;
    }
    Place place = new Place(city.city(), Optional.of(country), code, false);
    if (end == items.size()) {
      return new Parts(List.of(), null, -1, null, place);
    }
    if (!LineText.is(items.get(end), WsisLexer.COMMA)) {
      return null; // "Kenya - Title" or "Kenya/ITU": the tail's own reading stands
    }
    if (tail.separator != null) {
      // the organizers start after the country's comma
      List<String> organizers = new ArrayList<>();
      List<OrganizerContext> names = tail.organizers().organizer();
      List<Token> first = line.items(names.get(0));
      int comma = end; // the country's comma is inside the first organizer
      String remaining =
          comma + 1 < first.size()
              ? line.text(first.get(comma + 1), first.get(first.size() - 1))
              : "";
      if (!remaining.isEmpty()) {
        organizers.add(remaining);
      }
      organizers.addAll(organizers(names.subList(1, names.size())));
      return new Parts(List.copyOf(organizers), line.items(tail.title()), -1, null, place);
    }
    return new Parts(
        List.of(), new ArrayList<>(items.subList(end + 1, items.size())), -1, null, place);
  }

  /** {@code CODATA (ICSU)WSIS Session}: a word right after an outer ")" starts the title. */
  private Parts afterClosingParenthesis(List<Token> items) {
    for (int i = 0; i + 1 < items.size(); i++) {
      Token close = items.get(i);
      Token word = items.get(i + 1);
      if (close.getType() == WsisLexer.RPAREN
          && word.getType() == WsisLexer.WORD
          && word.getStartIndex() == close.getStopIndex() + 1) {
        return new Parts(
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
  private Parts acronymGluedToWord(OrganizersContext ctx, List<Token> items) {
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
      while (!LineText.is(items.get(slash), WsisLexer.SLASH)) {
        slash--;
      }
      List<String> organizers = new ArrayList<>(organizersOf(items.subList(0, slash)));
      organizers.add(Text.normalize(line.raw(items.get(slash + 1).getStartIndex(), cut - 1)));
      return new Parts(
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
        String name = Text.normalize(line.raw(items.subList(from, i)));
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
      String name = line.text(o);
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
  String title(List<Token> items, int from, List<String> notes) {
    List<Token> title = new ArrayList<>(items);
    LineText.trailingNotes(title, notes);
    while (!title.isEmpty() && LineText.is(title.get(title.size() - 1), WsisLexer.COLON)) {
      title.remove(title.size() - 1);
    }
    return unquoted(title, from);
  }

  /**
   * A title from its items, a pair of matching quotes that encloses all of it removed ({@code
   * "Media and the Information Society"}).
   */
  String unquoted(List<Token> title) {
    return unquoted(title, -1);
  }

  private String unquoted(List<Token> title, int from) {
    if (title.size() >= 3) {
      String first = title.get(0).getText();
      String last = title.get(title.size() - 1).getText();
      String inner = line.raw(title.subList(1, title.size() - 1));
      for (String[] q : QUOTES) {
        if (q[0].equals(first)
            && q[1].equals(last)
            && !inner.contains(q[0])
            && !inner.contains(q[1])) {
          return Text.normalize(inner);
        }
      }
    }
    return Text.normalize(line.raw(title, from));
  }
}
