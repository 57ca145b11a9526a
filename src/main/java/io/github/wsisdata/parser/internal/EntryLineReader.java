package io.github.wsisdata.parser.internal;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.Place;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.SourceSpan;
import io.github.wsisdata.parser.internal.grammar.WsisLexer;
import io.github.wsisdata.parser.internal.grammar.WsisParser;
import io.github.wsisdata.parser.internal.grammar.WsisParser.CrossReferenceLineContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.CrossReferenceNoteContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.EntryLineContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.LabelContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.LinkLineContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.MeetingLineContext;
import io.github.wsisdata.parser.internal.grammar.WsisParser.VenueContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Reads one {@code go} line with the grammar's {@code entryLine} rule and builds its parts. */
final class EntryLineReader {
  private EntryLineReader() {}

  static ParsedLine read(String raw, int line, Interner interner) {
    SourceSpan span = span(raw, line);
    GrammarRunner.Run<EntryLineContext> run;
    try {
      run = GrammarRunner.run(raw, WsisParser::entryLine);
    } catch (StackOverflowError e) {
      return failed(
          raw, line, span.startColumn(), DiagnosticCode.TOO_DEEP, "the line is nested too deeply");
    }
    if (!run.ok()) {
      return explain(raw, line, run);
    }
    EntryLineContext tree = run.tree();
    if (tree instanceof MeetingLineContext m) {
      return meeting(m, run, raw, line, span, interner);
    }
    if (tree instanceof CrossReferenceLineContext c) {
      return crossReference(c, run, raw, line, span);
    }
    LinkLineContext link = (LinkLineContext) tree;
    return new ParsedLine.LinkLine(Text.normalize(Spans.text(run.chars(), link.linkText())), span);
  }

  private static ParsedLine meeting(
      MeetingLineContext ctx,
      GrammarRunner.Run<EntryLineContext> run,
      String raw,
      int line,
      SourceSpan span,
      Interner interner) {
    CharStream chars = run.chars();
    List<ParsedLine.Venue> venues = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (VenueContext v : ctx.venue()) {
      DateRangeBuilder.Outcome dates = DateRangeBuilder.build(v.dateRange(), chars);
      if (dates.failure() != null) {
        DateRangeBuilder.DateFailure f = dates.failure();
        return failed(raw, line, f.column(), f.code(), f.message());
      }
      Place place = Place.NONE;
      if (v.place() != null) {
        Notes.Split placeNotes = Notes.split(Text.normalize(Spans.text(chars, v.place())));
        notes.addAll(placeNotes.notes());
        place = interner.place(placeNotes.text(), PlaceReader::read);
      }
      venues.add(new ParsedLine.Venue(dates.range(), place));
    }
    List<String> organizers = List.of();
    String title = "";
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (ctx.tail() != null) {
      TailSplitter.Split split = TailSplitter.split(defaultChannel(run, ctx.tail()), chars);
      organizers = split.organizers().stream().map(interner::string).toList();
      Notes.Split titleNotes = Notes.split(split.title());
      notes.addAll(titleNotes.notes());
      title = Titles.clean(titleNotes.text());
      if (split.recovery() != null) {
        diagnostics.add(
            new Diagnostic(
                Severity.WARNING,
                DiagnosticCode.MISSING_SEPARATOR,
                line,
                split.recovery().column(),
                split.recovery().reason(),
                raw));
      }
    }
    if (ctx.label() != null) {
      String label = label(ctx.label(), chars);
      title = title.isEmpty() ? label : label + ": " + title;
    }
    return new ParsedLine.Meetings(venues, organizers, title, notes, span, diagnostics);
  }

  private static String label(LabelContext label, CharStream chars) {
    List<? extends ParserRuleContext> parts = label.labelPart();
    Token last = parts.isEmpty() ? label.labelStart().stop : parts.get(parts.size() - 1).stop;
    return Text.normalize(Spans.text(chars, label.start, last));
  }

  private static ParsedLine crossReference(
      CrossReferenceLineContext ctx,
      GrammarRunner.Run<EntryLineContext> run,
      String raw,
      int line,
      SourceSpan span) {
    DateRangeBuilder.Outcome dates = DateRangeBuilder.build(ctx.dateRange(), run.chars());
    if (dates.failure() != null) {
      DateRangeBuilder.DateFailure f = dates.failure();
      return failed(raw, line, f.column(), f.code(), f.message());
    }
    CrossReferenceNoteContext note = ctx.crossReferenceNote();
    Token open = note.LPAREN().getSymbol();
    Token close = note.RPAREN().getSymbol();
    String noteText =
        close.getStartIndex() > open.getStopIndex() + 1
            ? Text.normalize(
                run.chars()
                    .getText(
                        org.antlr.v4.runtime.misc.Interval.of(
                            open.getStopIndex() + 1, close.getStartIndex() - 1)))
            : "";
    return new ParsedLine.CrossRef(dates.range(), noteText, Titles.referencedTitle(noteText), span);
  }

  /**
   * Explains a line that matches no line shape. When the dates themselves are at fault the date
   * reader's code and message are used (with columns moved to the line); otherwise the line is a
   * malformed entry.
   */
  private static ParsedLine explain(String raw, int line, GrammarRunner.Run<?> run) {
    List<Token> tokens = defaultChannel(run, null);
    int first = -1;
    for (int i = 0; i < tokens.size(); i++) {
      int type = tokens.get(i).getType();
      if (type == WsisLexer.NUMBER || type == WsisLexer.ORDINAL || MonthTable.isMonth(type)) {
        first = i;
        break;
      }
    }
    if (first >= 0) {
      int end = first;
      while (end < tokens.size()
          && tokens.get(end).getType() != WsisLexer.COMMA
          && tokens.get(end).getType() != WsisLexer.LPAREN
          && tokens.get(end).getType() != Token.EOF) {
        end++;
      }
      Token start = tokens.get(first);
      Token stop = tokens.get(end - 1);
      String dateText = Spans.text(run.chars(), start, stop);
      DateRangeReader.Result dates = DateRangeReader.read(dateText);
      if (dates.error() != null) {
        Diagnostic e = dates.error();
        return failed(raw, line, Spans.column(start) + e.column() - 1, e.code(), e.message());
      }
    }
    GrammarRunner.SyntaxProblem problem = run.problem();
    Token offending = problem.offending();
    String message =
        offending == null || offending.getType() == Token.EOF
            ? "this go line ends before a meeting, cross-reference or link is complete"
            : "cannot read this go line: \"" + offending.getText() + "\" is unexpected here";
    return failed(raw, line, problem.column(), DiagnosticCode.MALFORMED_ENTRY, message);
  }

  private static List<Token> defaultChannel(GrammarRunner.Run<?> run, ParserRuleContext ctx) {
    List<Token> all = run.tokens();
    int from = ctx == null ? 0 : ctx.start.getTokenIndex();
    int to = ctx == null ? all.size() - 1 : ctx.stop.getTokenIndex();
    List<Token> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      Token t = all.get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        out.add(t);
      }
    }
    return out;
  }

  private static ParsedLine failed(
      String raw, int line, int column, DiagnosticCode code, String message) {
    return new ParsedLine.Failed(
        new Diagnostic(Severity.ERROR, code, line, Math.max(1, column), message, raw));
  }

  /** The span from the first to the last non-space code point of the line. */
  static SourceSpan span(String raw, int line) {
    int from = 0;
    while (from < raw.length() && Text.isSpace(raw.codePointAt(from))) {
      from += Character.charCount(raw.codePointAt(from));
    }
    int to = raw.length();
    while (to > from && Text.isSpace(raw.codePointBefore(to))) {
      to -= Character.charCount(raw.codePointBefore(to));
    }
    int startColumn = raw.codePointCount(0, from) + 1;
    int endColumn = startColumn - 1 + raw.codePointCount(from, to);
    return new SourceSpan(line, startColumn, endColumn, raw.substring(from, to));
  }
}
