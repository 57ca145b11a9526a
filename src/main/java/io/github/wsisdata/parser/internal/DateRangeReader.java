package io.github.wsisdata.parser.internal;

import io.github.wsisdata.parser.DateRange;
import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.internal.grammar.WsisLexer;
import io.github.wsisdata.parser.internal.grammar.WsisParser;
import io.github.wsisdata.parser.internal.grammar.WsisParser.StandaloneDateRangeContext;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Reads a date range on its own with the grammar's {@code standaloneDateRange} rule. Backs {@link
 * DateRange#parse(CharSequence)} and the date part of entry-line error messages.
 */
public final class DateRangeReader {
  /** Longest date text read; longer text is rejected before any parsing. */
  static final int MAX_LENGTH = 10_000;

  private DateRangeReader() {}

  /**
   * Either a range or a diagnostic (line 1) explaining why there is none.
   *
   * @param range the range, or null
   * @param error the error, or null
   */
  public record Result(DateRange range, Diagnostic error) {}

  /**
   * Reads a date range.
   *
   * @param text the date text
   * @return the range or the error
   */
  public static Result read(String text) {
    return read(text, true);
  }

  private static Result read(String text, boolean explainTrailingText) {
    if (Text.isBlank(text)) {
      return failure(text, DiagnosticCode.EMPTY_INPUT, 1, "the date text is empty");
    }
    if (text.length() > MAX_LENGTH) {
      return failure(
          text,
          DiagnosticCode.MALFORMED_DATE,
          1,
          "date text of " + text.length() + " characters is longer than " + MAX_LENGTH);
    }
    GrammarRunner.Run<StandaloneDateRangeContext> run;
    try {
      run = GrammarRunner.run(text, WsisParser::standaloneDateRange);
    } catch (StackOverflowError e) {
      return failure(text, DiagnosticCode.TOO_DEEP, 1, "the date text is nested too deeply");
    }
    if (!run.ok()) {
      return syntaxFailure(text, run, explainTrailingText);
    }
    DateRangeBuilder.Outcome outcome = DateRangeBuilder.build(run.tree().dateRange(), run.chars());
    if (outcome.failure() != null) {
      DateRangeBuilder.DateFailure f = outcome.failure();
      return failure(text, f.code(), f.column(), f.message());
    }
    return new Result(outcome.range(), null);
  }

  private static Result syntaxFailure(
      String text, GrammarRunner.Run<?> run, boolean explainTrailingText) {
    Token offending = run.problem().offending();
    int column = run.problem().column();
    String quoted = "\"" + Text.normalize(text) + "\"";
    if (offending != null && offending.getType() != Token.EOF) {
      int startIndex = offending.getStartIndex();
      if (explainTrailingText && startIndex > 0) {
        String head = new String(text.codePoints().limit(startIndex).toArray(), 0, startIndex);
        if (read(head, false).range() != null) {
          return failure(
              text,
              DiagnosticCode.TRAILING_TEXT,
              column,
              quoted + ": unexpected text \"" + offending.getText() + "\" after the date");
        }
      }
      if (offending.getType() == WsisLexer.WORD && nextToNumber(run, offending)) {
        return failure(
            text,
            DiagnosticCode.UNKNOWN_MONTH,
            column,
            quoted + ": unknown month \"" + offending.getText() + "\"");
      }
      return failure(
          text,
          DiagnosticCode.MALFORMED_DATE,
          column,
          quoted + ": \"" + offending.getText() + "\" does not fit a date here");
    }
    return failure(
        text, DiagnosticCode.MALFORMED_DATE, column, quoted + ": the date is incomplete");
  }

  private static boolean nextToNumber(GrammarRunner.Run<?> run, Token word) {
    List<Token> tokens = run.tokens();
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

  private static Result failure(String text, DiagnosticCode code, int column, String message) {
    return new Result(
        null, new Diagnostic(Severity.ERROR, code, 1, Math.max(1, column), message, text));
  }
}
