package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.internal.grammar.SyntaxError;
import io.github.wsisdata.parser.internal.grammar.WsisLexer;
import io.github.wsisdata.parser.internal.grammar.WsisParser;
import io.github.wsisdata.parser.internal.grammar.WsisParser.DateRangeContext;
import io.github.wsisdata.parser.internal.text.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Explains the first syntax error of a parse by the construct it happened in, in the manner of
 * Trino's {@code ErrorHandler}: inside the dates, right after complete dates, or elsewhere in the
 * line. It reads the context and tokens of the same parse; nothing is parsed again.
 */
final class SyntaxErrors {
  private SyntaxErrors() {}

  /**
   * A syntax error in plain English.
   *
   * @param code the reason
   * @param column 1-based column of the offending token
   * @param message plain English
   */
  record Explained(DiagnosticCode code, int column, String message) {}

  /**
   * Explains an error.
   *
   * @param error the first syntax error
   * @param quoteWholeText quote the whole text in date messages (for a date on its own) rather than
   *     the date's text up to the next comma or parenthesis (for an entry line)
   * @return the explanation
   */
  static Explained explain(SyntaxError error, boolean quoteWholeText) {
    Explained calendar = calendarProblemBefore(error);
    if (calendar != null) {
      return calendar;
    }
    Token offending = error.offending();
    int column = Spans.column(offending);
    boolean atEnd = offending.getType() == Token.EOF;
    String what = "\"" + offending.getText() + "\"";
    DateRangeContext date = enclosingDate(error.context());
    if (date != null) {
      String quoted = quote(error, date.start, quoteWholeText);
      if (atEnd) {
        return new Explained(
            DiagnosticCode.MALFORMED_DATE, column, quoted + ": the date is incomplete");
      }
      if (offending.getType() == WsisLexer.WORD && nextToNumber(error.tokens(), offending)) {
        return new Explained(
            DiagnosticCode.UNKNOWN_MONTH, column, quoted + ": unknown month " + what);
      }
      return new Explained(
          DiagnosticCode.MALFORMED_DATE,
          column,
          quoted + ": " + what + " does not fit a date here");
    }
    DateRangeContext before = dateEndingBefore(error);
    if (before != null && !atEnd) {
      return new Explained(
          DiagnosticCode.TRAILING_TEXT,
          column,
          quote(error, before.start, quoteWholeText)
              + ": unexpected text "
              + what
              + " after the date");
    }
    return new Explained(
        DiagnosticCode.MALFORMED_ENTRY,
        column,
        atEnd
            ? "this go line ends before a meeting, cross-reference or link is complete"
            : "cannot read this go line: " + what + " is unexpected here");
  }

  /**
   * Problems are reported from the left: a complete date read before the syntax error that is not a
   * valid calendar range ({@code 31 Febtober 2005 ((((}) is the line's first problem.
   */
  private static Explained calendarProblemBefore(SyntaxError error) {
    ParserRuleContext root = root(error);
    if (root == null) {
      return null;
    }
    int before = error.offending().getTokenIndex();
    List<DateRangeContext> dates = new ArrayList<>();
    walk(
        root,
        node -> {
          DateRangeContext d = dateRange(node);
          if (d != null && complete(d, error) && d.stop.getTokenIndex() < before) {
            dates.add(d);
          }
        });
    dates.sort(java.util.Comparator.comparingInt(d -> d.start.getTokenIndex()));
    for (DateRangeContext d : dates) {
      if (DateRangeBuilder.build(d, error.chars(), new DateOrder())
          instanceof DateRangeBuilder.DateFailure f) {
        return new Explained(f.code(), f.column(), f.message());
      }
    }
    return null;
  }

  /** A rule was read completely if the error did not happen inside it. */
  private static boolean complete(ParserRuleContext rule, SyntaxError error) {
    for (ParserRuleContext c = error.context(); c != null; c = c.getParent()) {
      if (c == rule) {
        return false;
      }
    }
    return rule.stop != null && rule.stop.getTokenIndex() >= rule.start.getTokenIndex();
  }

  private static ParserRuleContext root(SyntaxError error) {
    ParserRuleContext root = error.context();
    while (root != null && root.getParent() != null) {
      root = root.getParent();
    }
    return root;
  }

  /** Visits every rule node of the (small, flat) partial tree of one line, without recursion. */
  private static void walk(ParserRuleContext root, Consumer<ParserRuleContext> visitor) {
    ArrayDeque<ParserRuleContext> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      ParserRuleContext node = todo.pop();
      visitor.accept(node);
      node.getRuleContexts(ParserRuleContext.class).forEach(todo::push);
    }
  }

  private static DateRangeContext enclosingDate(ParserRuleContext ctx) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      DateRangeContext d = dateRange(c);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * A node of a partial tree as a date range, by its rule: in the tree of a failed parse a date
   * whose shape was not yet predicted has no alternative's context, so its rule is what tells.
   */
  private static DateRangeContext dateRange(ParserRuleContext node) {
    return node.getRuleIndex() == WsisParser.RULE_dateRange ? (DateRangeContext) node : null;
  }

  /** A complete date of the partial tree whose last token stands right before the error. */
  private static DateRangeContext dateEndingBefore(SyntaxError error) {
    Token previous = neighbour(error.tokens(), error.offending().getTokenIndex(), -1);
    ParserRuleContext root = root(error);
    if (previous == null || root == null) {
      return null;
    }
    DateRangeContext[] found = new DateRangeContext[1];
    walk(
        root,
        node -> {
          DateRangeContext d = dateRange(node);
          if (d != null
              && complete(d, error)
              && d.stop.getTokenIndex() == previous.getTokenIndex()) {
            found[0] = d;
          }
        });
    return found[0];
  }

  /**
   * The quoted date text: the whole text, or from the date's first token up to the next comma,
   * opening parenthesis or the end.
   */
  private static String quote(SyntaxError error, Token from, boolean wholeText) {
    if (wholeText) {
      return "\"" + Text.normalize(error.chars().toString()) + "\"";
    }
    List<Token> tokens = error.tokens();
    Token last = from;
    for (int i = from.getTokenIndex(); i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int type = t.getType();
      if (type == Token.EOF || type == WsisLexer.COMMA || type == WsisLexer.LPAREN) {
        break;
      }
      last = t;
    }
    return "\"" + Text.normalize(Spans.text(error.chars(), from, last)) + "\"";
  }

  private static boolean nextToNumber(List<Token> tokens, Token word) {
    int i = word.getTokenIndex();
    return isNumber(neighbour(tokens, i, -1)) || isNumber(neighbour(tokens, i, +1));
  }

  private static Token neighbour(List<Token> tokens, int index, int step) {
    for (int i = index + step; i >= 0 && i < tokens.size(); i += step) {
      Token t = tokens.get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        return t;
      }
    }
    return null;
  }

  private static boolean isNumber(Token t) {
    return t != null && (t.getType() == WsisLexer.NUMBER || t.getType() == WsisLexer.ORDINAL);
  }
}
