package io.github.wsisdata.parser.internal.build;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/** Original text of tokens and rules, and the one place that turns ANTLR positions into columns. */
final class Spans {
  private Spans() {}

  /** The original characters covered by a rule, hidden white space inside included. */
  static String text(CharStream chars, ParserRuleContext ctx) {
    if (ctx.stop == null || ctx.stop.getStopIndex() < ctx.start.getStartIndex()) {
      return "";
    }
    return chars.getText(Interval.of(ctx.start.getStartIndex(), ctx.stop.getStopIndex()));
  }

  /** The original characters from the start of one token to the end of another. */
  static String text(CharStream chars, Token first, Token last) {
    if (last.getStopIndex() < first.getStartIndex()) {
      return "";
    }
    return chars.getText(Interval.of(first.getStartIndex(), last.getStopIndex()));
  }

  /** 1-based column of a token (ANTLR counts code points from 0). */
  static int column(Token token) {
    return token.getCharPositionInLine() + 1;
  }
}
