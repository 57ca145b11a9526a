package io.github.wsisdata.parser.internal;

import io.github.wsisdata.parser.internal.grammar.WsisLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Splits the text after the place into organizers and title.
 *
 * <ul>
 *   <li>The first separating dash (a dash with white space on at least one side) outside
 *       parentheses ends the organizers; everything after it is the title.
 *   <li>Organizers are split at {@code /} outside parentheses.
 *   <li>Without a separating dash, two recovery rules apply (each reported as a warning): a word
 *       glued to a closing parenthesis ({@code CODATA (ICSU)WSIS Session}), and, after the last
 *       {@code /}, an acronym glued to a capitalized word ({@code UNDPGlobal}). Otherwise the whole
 *       text is the title.
 * </ul>
 *
 * Parentheses are counted in a loop, never by recursion, so nesting depth costs no stack.
 */
final class TailSplitter {
  /** An acronym of two or more capitals glued to a capitalized word of three or more letters. */
  private static final Pattern GLUED = Pattern.compile("(\\p{Lu}{2,})(\\p{Lu}\\p{Ll}{2,}.*)");

  private TailSplitter() {}

  /**
   * The result of a split.
   *
   * @param organizers organizer names, normalized, in page order
   * @param title the title text, normalized (notes, quotes and colon still to be handled)
   * @param recovery where a missing separator was assumed (a token and an offset into it), or null
   */
  record Split(List<String> organizers, String title, Recovery recovery) {}

  /**
   * A recovered separator.
   *
   * @param column 1-based column where the title starts
   * @param reason plain English
   */
  record Recovery(int column, String reason) {}

  static Split split(List<Token> tokens, CharStream chars) {
    if (tokens.isEmpty()) {
      return new Split(List.of(), "", null);
    }
    int separator = firstAtDepthZero(tokens, WsisLexer.SEPARATOR);
    if (separator >= 0) {
      return new Split(
          organizers(tokens.subList(0, separator), chars),
          text(chars, tokens.subList(separator + 1, tokens.size())),
          null);
    }
    Split glued = afterClosingParenthesis(tokens, chars);
    if (glued != null) {
      return glued;
    }
    glued = acronymGluedToWord(tokens, chars);
    if (glued != null) {
      return glued;
    }
    return new Split(List.of(), text(chars, tokens), null);
  }

  private static int firstAtDepthZero(List<Token> tokens, int type) {
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int t = tokens.get(i).getType();
      if (t == WsisLexer.LPAREN) {
        depth++;
      } else if (t == WsisLexer.RPAREN) {
        depth = Math.max(0, depth - 1);
      } else if (t == type && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** {@code CODATA (ICSU)WSIS Session}: a word right after ")" with no space starts the title. */
  private static Split afterClosingParenthesis(List<Token> tokens, CharStream chars) {
    int depth = 0;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.getType() == WsisLexer.LPAREN) {
        depth++;
      } else if (t.getType() == WsisLexer.RPAREN) {
        depth = Math.max(0, depth - 1);
        Token next = tokens.get(i + 1);
        if (depth == 0
            && next.getType() == WsisLexer.WORD
            && next.getStartIndex() == t.getStopIndex() + 1) {
          return new Split(
              organizers(tokens.subList(0, i + 1), chars),
              text(chars, tokens.subList(i + 1, tokens.size())),
              new Recovery(
                  Spans.column(next),
                  "no dash between organizers and title; took the title to start at \""
                      + next.getText()
                      + "\" right after \")\""));
        }
      }
    }
    return null;
  }

  /** {@code World Summit Award/UNDPGlobal ICT Conference}: split "UNDP" from "Global". */
  private static Split acronymGluedToWord(List<Token> tokens, CharStream chars) {
    int lastSlash = -1;
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int t = tokens.get(i).getType();
      if (t == WsisLexer.LPAREN) {
        depth++;
      } else if (t == WsisLexer.RPAREN) {
        depth = Math.max(0, depth - 1);
      } else if (t == WsisLexer.SLASH && depth == 0) {
        lastSlash = i;
      }
    }
    if (lastSlash < 0 || lastSlash + 1 >= tokens.size()) {
      return null;
    }
    for (int i = lastSlash + 1; i < tokens.size(); i++) {
      Token word = tokens.get(i);
      if (word.getType() != WsisLexer.WORD) {
        continue;
      }
      Matcher m = GLUED.matcher(word.getText());
      if (!m.matches()) {
        continue;
      }
      int cut = word.getStartIndex() + m.group(1).codePointCount(0, m.group(1).length());
      Token last = tokens.get(tokens.size() - 1);
      String organizersText = chars.getText(Interval.of(tokens.get(0).getStartIndex(), cut - 1));
      String title = Text.normalize(chars.getText(Interval.of(cut, last.getStopIndex())));
      List<String> organizers = splitAtSlashes(organizersText);
      return new Split(
          organizers,
          title,
          new Recovery(
              Spans.column(word) + m.group(1).length(),
              "no dash between organizers and title; took \""
                  + m.group(1)
                  + "\" as the last organizer and \""
                  + m.group(2)
                  + "\" as the start of the title"));
    }
    return null;
  }

  private static List<String> organizers(List<Token> tokens, CharStream chars) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    return splitAtSlashes(text(chars, tokens));
  }

  /** Splits at "/" outside parentheses; blank parts are dropped. */
  static List<String> splitAtSlashes(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == '/' && depth == 0) {
        add(parts, text.substring(from, i));
        from = i + 1;
      }
    }
    add(parts, text.substring(from));
    return List.copyOf(parts);
  }

  private static void add(List<String> parts, String raw) {
    String part = Text.normalize(raw);
    if (!part.isEmpty()) {
      parts.add(part);
    }
  }

  private static String text(CharStream chars, List<Token> tokens) {
    if (tokens.isEmpty()) {
      return "";
    }
    return Text.normalize(Spans.text(chars, tokens.get(0), tokens.get(tokens.size() - 1)));
  }
}
