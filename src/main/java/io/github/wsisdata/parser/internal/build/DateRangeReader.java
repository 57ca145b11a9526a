package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.internal.grammar.GrammarRunner;
import io.github.wsisdata.parser.internal.grammar.WsisParser;
import io.github.wsisdata.parser.internal.grammar.WsisParser.StandaloneDateRangeContext;
import io.github.wsisdata.parser.internal.text.Text;
import java.time.LocalDate;

/**
 * Reads a date range on its own with the grammar's {@code standaloneDateRange} rule: the same rules
 * as the entry lines, one parse (SLL, then LL only if SLL fails). Backs {@code DateRange.parse}; it
 * gives days or a rejection, never a {@code DateRange}, so that the public type and this class do
 * not depend on each other.
 */
public final class DateRangeReader {
  /** Longest date text read; longer text is rejected before any parsing. */
  static final int MAX_LENGTH = 10_000;

  private DateRangeReader() {}

  /** Either two days or a rejection. */
  public sealed interface Result permits Read, Rejected {}

  /**
   * A valid range.
   *
   * @param start first day
   * @param end last day, not before {@code start}
   */
  public record Read(LocalDate start, LocalDate end) implements Result {}

  /**
   * Why the text is not a date range.
   *
   * @param code the reason
   * @param column 1-based column in the text
   * @param message plain English
   */
  public record Rejected(DiagnosticCode code, int column, String message) implements Result {}

  /**
   * Reads a date range.
   *
   * @param text the date text
   * @return the days, or why not
   */
  public static Result read(String text) {
    if (Text.isBlank(text)) {
      return new Rejected(DiagnosticCode.EMPTY_INPUT, 1, "the date text is empty");
    }
    if (text.length() > MAX_LENGTH) {
      return new Rejected(
          DiagnosticCode.MALFORMED_DATE,
          1,
          "date text of " + text.length() + " characters is longer than " + MAX_LENGTH);
    }
    GrammarRunner.Outcome<StandaloneDateRangeContext> outcome =
        new GrammarRunner().run(text, WsisParser::standaloneDateRange);
    if (outcome instanceof GrammarRunner.Parsed<StandaloneDateRangeContext> parsed) {
      DateRangeBuilder.Outcome days =
          DateRangeBuilder.build(parsed.tree().dateRange(), parsed.chars(), new DateOrder());
      if (days instanceof DateRangeBuilder.Days d && d.lostDash() != null) {
        return new Rejected(
            DiagnosticCode.MALFORMED_DATE,
            Spans.column(d.lostDash()),
            "\"" + Text.normalize(text) + "\": no dash before \"" + d.lostDash().getText() + "\"");
      }
      if (days instanceof DateRangeBuilder.Days d && d.undecided() != null) {
        // a date on its own has no page to say which number is the day
        return new Rejected(
            DiagnosticCode.AMBIGUOUS_NUMERIC_DATE,
            Spans.column(d.undecided().at()),
            "\""
                + Text.normalize(text)
                + "\": neither number is over 12, so the day and the month cannot be told apart;"
                + " write the month's name or an ISO date (2005-06-05)");
      }
      if (days instanceof DateRangeBuilder.Days d) {
        return new Read(d.start(), d.end());
      }
      DateRangeBuilder.DateFailure f = (DateRangeBuilder.DateFailure) days;
      return new Rejected(f.code(), f.column(), f.message());
    }
    if (outcome instanceof GrammarRunner.Failed<StandaloneDateRangeContext> failed) {
      SyntaxErrors.Explained e = SyntaxErrors.explain(failed.error(), true);
      return new Rejected(e.code(), e.column(), e.message());
    }
    if (outcome instanceof GrammarRunner.TooManyTokens<StandaloneDateRangeContext>) {
      return new Rejected(DiagnosticCode.TOO_MANY_TOKENS, 1, "the date text has too many words");
    }
    return new Rejected(DiagnosticCode.TOO_DEEP, 1, "the date text is nested too deeply");
  }
}
