package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.SourceSpan;
import io.github.wsisdata.parser.internal.grammar.WsisLexer;
import io.github.wsisdata.parser.internal.text.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * One parsed line as the visitors read it: its characters and tokens (of the same parse), its raw
 * text, number and span, and the helpers that cut original text from them and make its diagnostics.
 * Immutable; one per line.
 */
final class LineText {
  private final CharStream chars;
  private final TokenStream tokens;
  private final String raw;
  private final int lineNo;
  private final SourceSpan span;

  LineText(CharStream chars, TokenStream tokens, String raw, int lineNo, SourceSpan span) {
    this.chars = chars;
    this.tokens = tokens;
    this.raw = raw;
    this.lineNo = lineNo;
    this.span = span;
  }

  CharStream chars() {
    return chars;
  }

  SourceSpan span() {
    return span;
  }

  /** The normalized original text of a rule. */
  String text(ParserRuleContext ctx) {
    return Text.normalize(Spans.text(chars, ctx));
  }

  /** The normalized original text from one token to another, both included. */
  String text(Token first, Token last) {
    return Text.normalize(Spans.text(chars, first, last));
  }

  /**
   * The tokens of a rule, in order, from the line's token stream (from the rule's first token to
   * its last: a rule covers a run of tokens with none skipped, as the lexer makes no hidden
   * tokens), in a list of their own that the caller may change.
   */
  List<Token> items(ParserRuleContext ctx) {
    int from = ctx.start.getTokenIndex();
    int to = ctx.stop == null ? from - 1 : ctx.stop.getTokenIndex();
    List<Token> items = new ArrayList<>(Math.max(0, to - from + 1));
    for (int i = from; i <= to; i++) {
      items.add(tokens.get(i));
    }
    return items;
  }

  /** The tokens from one token to another, both included, in a list of their own. */
  List<Token> items(Token first, Token last) {
    List<Token> items =
        new ArrayList<>(Math.max(0, last.getTokenIndex() - first.getTokenIndex() + 1));
    for (int i = first.getTokenIndex(); i <= last.getTokenIndex(); i++) {
      items.add(tokens.get(i));
    }
    return items;
  }

  /** The original text from the first item to the last (white space between them included). */
  String raw(List<Token> items) {
    return raw(items, -1);
  }

  /** The same, starting at character {@code from} inside the first item if it is not -1. */
  String raw(List<Token> items, int from) {
    if (items.isEmpty()) {
      return "";
    }
    int start = from >= 0 ? from : items.get(0).getStartIndex();
    return chars.getText(Interval.of(start, items.get(items.size() - 1).getStopIndex()));
  }

  /** The original text from character {@code from} to character {@code to}, both included. */
  String raw(int from, int to) {
    return chars.getText(Interval.of(from, to));
  }

  /** The original text strictly between two tokens. */
  String between(Token open, Token close) {
    int from = open.getStopIndex() + 1;
    int to = close.getStartIndex() - 1;
    return to < from ? "" : chars.getText(Interval.of(from, to));
  }

  /**
   * Moves trailing notes ({@code . [Proxy site]}) from the end of {@code items} to {@code notes},
   * in page order, with the period before them.
   */
  static void trailingNotes(List<Token> items, List<String> notes) {
    List<String> found = new ArrayList<>();
    while (!items.isEmpty() && is(items.get(items.size() - 1), WsisLexer.NOTE)) {
      Token note = items.remove(items.size() - 1);
      String text = noteText(note);
      if (!text.isEmpty()) {
        found.add(text);
      }
      if (!found.isEmpty() && !items.isEmpty() && is(items.get(items.size() - 1), WsisLexer.DOT)) {
        items.remove(items.size() - 1);
      }
    }
    Collections.reverse(found);
    notes.addAll(found);
  }

  /** The text inside a note's brackets. */
  static String noteText(Token note) {
    String text = note.getText();
    return Text.normalize(text.substring(1, text.length() - 1));
  }

  static boolean is(Token item, int type) {
    return item.getType() == type;
  }

  /** The line as an error that ends its reading. */
  ParsedLine.Failed failed(int column, DiagnosticCode code, String message) {
    return new ParsedLine.Failed(
        new Diagnostic(Severity.ERROR, code, lineNo, Math.max(1, column), message, raw));
  }

  /** A warning about the line. */
  Diagnostic warning(DiagnosticCode code, int column, String message) {
    return new Diagnostic(Severity.WARNING, code, lineNo, column, message, raw);
  }

  /**
   * The span from the first to the last non-space code point of a line.
   *
   * @param raw the line
   * @param line its number
   * @return the span
   */
  static SourceSpan span(String raw, int line) {
    // white space is never a surrogate, so the ends are found char by char
    int from = 0;
    while (from < raw.length() && Text.isSpace(raw.charAt(from))) {
      from++;
    }
    int to = raw.length();
    while (to > from && Text.isSpace(raw.charAt(to - 1))) {
      to--;
    }
    int startColumn = raw.codePointCount(0, from) + 1;
    int endColumn = startColumn - 1 + raw.codePointCount(from, to);
    return new SourceSpan(line, startColumn, endColumn, raw.substring(from, to));
  }
}
