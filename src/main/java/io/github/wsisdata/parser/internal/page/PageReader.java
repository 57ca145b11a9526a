package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.LineRole;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.internal.build.LineParser;
import io.github.wsisdata.parser.internal.build.ParsedLine;
import io.github.wsisdata.parser.internal.source.SourceLine;
import io.github.wsisdata.parser.internal.text.CharClass;
import io.github.wsisdata.parser.internal.text.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a page into its parts (banner, title, headings, paragraphs, {@code go} lines, footer) one
 * line at a time, with one line of look-ahead, and hands them to a {@link PageSink}. Each {@code
 * go} line is read on its own by the page's {@link LineParser}.
 */
final class PageReader {
  private static final Pattern BANNER =
      Pattern.compile("(?i)united nations\\b.*\\binternational telecommunication union");
  private static final Pattern UPDATED = Pattern.compile("(?i)updated\\s*:?\\s*(\\S+)");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern COPYRIGHT = Pattern.compile("(?i).*(\\bcopyright\\b|©).*");
  private static final Pattern PRIVACY = Pattern.compile("(?i)privacy notices?");

  /** Longest line (in characters) that can be a banner or footer line; paragraphs are longer. */
  static final int MAX_FRAME_LENGTH = 300;

  /** Longest line (in characters) that can still be a heading. */
  static final int MAX_HEADING_LENGTH = 120;

  private final PageSink sink;

  private int lineNo;
  private int blanksBefore = Integer.MAX_VALUE;
  private boolean previousWasParagraph;
  private boolean expectHeading = true;
  private boolean titleSeen;
  private boolean sectionOpen;
  private boolean sectionHasEntries;
  private final Paragraphs introduction = new Paragraphs();
  private OpenEntry open;
  private Orphan orphan;

  /** A {@code go} line whose description paragraphs are still being read. */
  private record OpenEntry(ParsedLine parsed, String section, Paragraphs paragraphs) {}

  /** A paragraph nothing can own: reported as a warning once complete. */
  private record Orphan(int line, String raw, Paragraphs text) {}

  private String sectionHeading = "";

  private final LineParser entries = new LineParser();

  /** Whether a sign of a WSIS page was seen: a go line, a banner or a footer line. */
  private boolean wsisSign;

  /** The first non-blank line (number and raw text), for the not-a-WSIS-page warning. */
  private int firstTextLine;

  private String firstText;

  private final PageOutline outline;

  PageReader(PageSink sink) {
    this.sink = sink;
    this.outline = sink.outline();
  }

  private Iterator<SourceLine> lines;
  private SourceLine lookahead;
  private boolean finished;

  /** How the page is wrapped, found from its first lines at the first step. */
  private Wrapping wrapping = Wrapping.NONE;

  /** Lines joined to the line of the key (a wrapped line's continuation): how many. */
  private final Map<Integer, Integer> continuations = new HashMap<>();

  /** Whether the line being read ends at the wrap width without being continued. */
  private boolean cutAtWidth;

  /** Longest line (in characters) with no entry marker that can still be an entry. */
  static final int MAX_STANDALONE_LENGTH = 200;

  /** Reads all lines; the iterator yields raw lines without their terminators. */
  void read(Iterator<SourceLine> source) {
    start(source);
    while (step()) {
      // one line at a time
    }
  }

  /** Starts reading; then call {@link #step()} until it returns false. */
  void start(Iterator<SourceLine> source) {
    this.lines = source;
  }

  /**
   * Reads one line (the sink hears about what it completes).
   *
   * @return false once the input is exhausted and everything has been handed to the sink
   */
  boolean step() {
    if (finished) {
      return false;
    }
    if (lineNo == 0 && lookahead == null) {
      // the first lines are read at the first step, so that starting a stream reads nothing
      lookWhetherWrapped();
      lookahead = lines.hasNext() ? lines.next() : null;
    }
    if (lookahead == null) {
      finish();
      finished = true;
      return false;
    }
    SourceLine current = lookahead;
    lookahead = lines.hasNext() ? lines.next() : null;
    lineNo++;
    if (current instanceof SourceLine.TooLong tooLong) {
      if (!held.isEmpty()) {
        releaseAsText();
      }
      tooLong(tooLong);
    } else {
      String text = current.text();
      int first = lineNo;
      cutAtWidth = false;
      if (wrapping.wrapped() && !Text.isBlank(text) && !isFrame(Text.normalize(text))) {
        String last = text;
        StringBuilder joined = null;
        int indentation = Text.indentation(text);
        while (lookahead instanceof SourceLine.Whole next
            && !Text.isBlank(next.text())
            && wrapping.full(last, next.text())
            && !isFrame(Text.normalize(next.text()))
            // a marker starts the next entry, unless it is indented under this line's text
            // (a hanging indent: "   * Workshop ... Access Points" / "     – Bamako, ...")
            && (Text.indentation(next.text()) > indentation
                || !isMarkerLine(Text.normalize(next.text())))) {
          joined = joined == null ? new StringBuilder(text) : joined;
          joined.append(' ').append(next.text().strip());
          last = next.text();
          lookahead = lines.hasNext() ? lines.next() : null;
          lineNo++;
        }
        if (joined != null) {
          continuations.put(first, lineNo - first);
          text = joined.toString();
        }
        cutAtWidth = wrapping.endsAtWidth(last);
      }
      int end = lineNo;
      lineNo = first;
      accept(text, lookahead == null ? null : lookahead.text());
      lineNo = end;
    }
    return true;
  }

  /**
   * Reads the first lines (at most {@link Wrapping#WINDOW_LINES} and {@link Wrapping#WINDOW_CHARS})
   * to find whether the page is wrapped, then reads on from them.
   */
  private void lookWhetherWrapped() {
    List<SourceLine> window = new ArrayList<>();
    long chars = 0;
    while (window.size() < Wrapping.WINDOW_LINES
        && chars < Wrapping.WINDOW_CHARS
        && lines.hasNext()) {
      SourceLine line = lines.next();
      window.add(line);
      chars += line.text().length();
    }
    wrapping = Wrapping.detect(window);
    Iterator<SourceLine> rest = lines;
    Iterator<SourceLine> held = window.iterator();
    lines =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return held.hasNext() || rest.hasNext();
          }

          @Override
          public SourceLine next() {
            return held.hasNext() ? held.next() : rest.next();
          }
        };
  }

  /** Gives a line its role, and the lines joined to it (a wrapped line's continuation) the same. */
  private void role(int line, LineRole role) {
    outline.role(line, role);
    Integer joined = continuations.remove(line);
    for (int k = 1; joined != null && k <= joined; k++) {
      outline.role(line + k, role);
    }
  }

  private void accept(String raw, String next) {
    if (startsGoLine(raw)) {
      // what follows for any go line, without its normalized text (only its start decides)
      if (firstText == null) {
        firstTextLine = lineNo;
        firstText = raw;
      }
      if (!held.isEmpty()) {
        releaseAsText();
      }
      goLine(raw);
      blanksBefore = 0;
      previousWasParagraph = false;
      return;
    }
    String norm = Text.normalize(raw);
    if (firstText == null && !norm.isEmpty()) {
      firstTextLine = lineNo;
      firstText = raw;
    }
    Frame frame = frameShape(norm);
    boolean marked = isMarkerLine(norm);
    if (!held.isEmpty()) {
      // held lines are the page's frame unless an entry or a heading follows them
      if (!marked && !(frame == Frame.NONE && !norm.isEmpty() && isHeading(raw, norm, next))) {
        held.add(new Held(lineNo, raw, norm, frame));
        return;
      }
      releaseAsText();
    }
    if (norm.isEmpty()) {
      blank();
      return;
    }
    Optional<ParsedLine> standalone;
    if (isGoLine(norm)) {
      goLine(raw);
    } else if (marked
        && hasDigit(norm) // every dated shape has a number: "• Chairman's report" is text
        && (standalone = entries.readBulleted(raw, lineNo)).isPresent()) {
      entry(standalone.get(), raw);
    } else if (!marked && frame == Frame.NONE && (standalone = standalone(raw, norm)).isPresent()) {
      entry(standalone.get(), raw);
    } else if (frame != Frame.NONE) {
      if (sectionOpen) {
        // after the first heading or entry, a banner or footer line is only one at the page's
        // end: hold it until the end shows it (or a later entry or heading makes it text)
        held.add(new Held(lineNo, raw, norm, frame));
        return;
      }
      frame(raw, norm, frame);
    } else if (isHeading(raw, norm, next)) {
      heading(norm);
    } else {
      paragraphLine(raw, norm);
      blanksBefore = 0;
      return;
    }
    blanksBefore = 0;
    previousWasParagraph = false;
  }

  private void blank() {
    role(lineNo, LineRole.BLANK);
    blanksBefore = blanksBefore == Integer.MAX_VALUE ? blanksBefore : blanksBefore + 1;
    previousWasParagraph = false;
  }

  /** A line of the banner's or footer's shape: never joined to a wrapped line. */
  static boolean isFrame(String norm) {
    return frameShape(norm) != Frame.NONE;
  }

  /** Which frame line (footer or banner) a line has the shape of, if any. */
  private enum Frame {
    NONE,
    FOOTER,
    BANNER
  }

  /** A frame-shaped or blank line held back until the page shows whether it ends the page. */
  private record Held(int line, String raw, String norm, Frame frame) {}

  private final java.util.ArrayDeque<Held> held = new java.util.ArrayDeque<>();

  /**
   * The shapes of the site's frame: short lines that do not end like a sentence, holding the
   * banner's words, a navigation bar, a copyright notice, a privacy notice, or the update date.
   */
  private static Frame frameShape(String norm) {
    if (norm.isEmpty() || norm.length() > MAX_FRAME_LENGTH) {
      return Frame.NONE;
    }
    char last = norm.charAt(norm.length() - 1);
    if (last == '.' || last == '!' || last == '?') {
      return Frame.NONE; // a sentence, even one about copyright, is text
    }
    if ((startsWithIgnoreCase(norm, "updated") && UPDATED.matcher(norm).matches())
        || navigationBar(norm)
        || ((norm.indexOf('©') >= 0 || containsIgnoreCase(norm, "copyright"))
            && COPYRIGHT.matcher(norm).matches())
        || (startsWithIgnoreCase(norm, "privacy") && PRIVACY.matcher(norm).matches())) {
      return Frame.FOOTER;
    }
    if (containsIgnoreCase(norm, "nations") && BANNER.matcher(norm).find()) {
      return Frame.BANNER;
    }
    return Frame.NONE;
  }

  /** A banner or footer line: it ends the open entry; the update date is read from it. */
  private void frame(String raw, String norm, Frame frame) {
    wsisSign = true;
    closeEntry();
    if (frame == Frame.FOOTER) {
      updateDate(raw, norm);
    }
    role(lineNo, frame == Frame.FOOTER ? LineRole.FOOTER : LineRole.BANNER);
    expectHeading = true;
    blanksBefore = 0;
    previousWasParagraph = false;
  }

  /** Held lines turn out to be inside the page: they are text, where text lands. */
  private void releaseAsText() {
    int current = lineNo;
    for (Held h : held) {
      lineNo = h.line();
      if (h.norm().isEmpty()) {
        blank();
      } else {
        paragraphLine(h.raw(), h.norm());
        blanksBefore = 0;
      }
    }
    held.clear();
    lineNo = current;
  }

  /**
   * Held lines reached the end of the page with no entry or heading after them: the frame-shaped
   * ones are its frame, and the text among them is read as text after a frame is.
   */
  private void releaseAsFrame() {
    List<Held> lines = new ArrayList<>(held);
    held.clear();
    for (int i = 0; i < lines.size(); i++) {
      Held h = lines.get(i);
      lineNo = h.line();
      if (h.frame() != Frame.NONE) {
        frame(h.raw(), h.norm(), h.frame());
      } else {
        accept(h.raw(), i + 1 < lines.size() ? lines.get(i + 1).raw() : null);
      }
    }
  }

  /**
   * A line over the limit is not read; its start is kept in an error, like an unreadable go line.
   */
  private void tooLong(SourceLine.TooLong line) {
    closeEntry();
    role(lineNo, LineRole.DIAGNOSTIC);
    open =
        new OpenEntry(
            new ParsedLine.Failed(
                new Diagnostic(
                    Severity.ERROR,
                    DiagnosticCode.LINE_TOO_LONG,
                    lineNo,
                    1,
                    "line of "
                        + line.size()
                        + " is longer than the limit of "
                        + line.limit()
                        + " characters; it was not read (up to "
                        + SourceLine.KEPT_PREFIX
                        + " characters of it are kept here)",
                    line.text())),
            sectionHeading,
            new Paragraphs());
    blanksBefore = 0;
    previousWasParagraph = false;
    expectHeading = false;
  }

  static boolean isGoLine(String norm) {
    return norm.equals("go") || norm.startsWith("go ");
  }

  /**
   * Whether a raw line is a go line: {@link #isGoLine} of its normalized text, decided on its start
   * (after leading white space, "go" and then white space or the end of the line).
   */
  static boolean startsGoLine(String raw) {
    int length = raw.length();
    int i = 0;
    while (i < length && Text.isSpace(raw.charAt(i))) {
      i++;
    }
    return i + 1 < length
        && raw.charAt(i) == 'g'
        && raw.charAt(i + 1) == 'o'
        && (i + 2 == length || Text.isSpace(raw.charAt(i + 2)));
  }

  /**
   * An entry line with a marker: {@code go}, or a bullet ({@code •}, {@code ·}, {@code *}, {@code
   * -}, {@code o}, {@code >}...) with text after it.
   *
   * @param norm the normalized line (trimmed, single spaces)
   */
  static boolean isMarkerLine(String norm) {
    if (isGoLine(norm)) {
      return true;
    }
    if (norm.length() < 2) {
      return false;
    }
    char c = norm.charAt(0);
    if (CharClass.isBullet(c) && !CharClass.isAsciiBullet(c)) {
      return true; // a list bullet marks an item with or without a space after it
    }
    // the ASCII bullets, dashes and "o" only with a space after them
    return (CharClass.isBullet(c) || CharClass.isDash(c) || c == 'o')
        && norm.charAt(1) == ' '
        && norm.length() > 2;
  }

  /** The footer's {@code Updated : YYYY-MM-DD}, or a warning if the date is not valid. */
  private void updateDate(String raw, String norm) {
    Matcher updated = startsWithIgnoreCase(norm, "updated") ? UPDATED.matcher(norm) : null;
    if (updated == null || !updated.matches()) {
      return;
    }
    LocalDate date = isoDate(updated.group(1));
    if (date != null) {
      outline.lastUpdated(date);
    } else {
      sink.diagnostics()
          .accept(
              new Diagnostic(
                  Severity.WARNING,
                  DiagnosticCode.INVALID_UPDATE_DATE,
                  lineNo,
                  1,
                  "\"" + updated.group(1) + "\" is not a valid update date (YYYY-MM-DD)",
                  raw));
    }
  }

  /** Two or more " | " separators: the site's navigation bar. */
  private static boolean navigationBar(String norm) {
    int first = norm.indexOf(" | ");
    return first >= 0 && norm.indexOf(" | ", first + 3) >= 0;
  }

  /**
   * A cheap filter before a regular expression, as case-insensitive as the expression (whose {@code
   * (?i)} folds ASCII letters only): {@code c | 0x20} folds an ASCII capital to its small letter,
   * and no other character folds to a small ASCII letter.
   *
   * @param text the line
   * @param word a word of small ASCII letters
   */
  private static boolean containsIgnoreCase(String text, String word) {
    int last = text.length() - word.length();
    char first = word.charAt(0);
    for (int i = 0; i <= last; i++) {
      if ((text.charAt(i) | 0x20) == first) {
        int j = 1;
        while (j < word.length() && (text.charAt(i + j) | 0x20) == word.charAt(j)) {
          j++;
        }
        if (j == word.length()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /** A strict YYYY-MM-DD date (no rolling over of 2008-02-30), or null. */
  private static LocalDate isoDate(String text) {
    Matcher m = ISO_DATE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 1) {
      return null; // year 0000 does not exist in ISO 8601's four-digit years as dates are written
    }
    try {
      return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A heading is a short standalone line: blank lines (or the page edge) around it, at most {@link
   * #MAX_HEADING_LENGTH} characters, not ending like a sentence, not a bullet, and with at least
   * one more sign of being a heading: indented, two or more blank lines before it, or standing
   * where a heading is expected (after the banner, title or footer).
   */
  private boolean isHeading(String raw, String norm, String next) {
    boolean standalone = blanksBefore > 0 && (next == null || Text.isBlank(next));
    if (!standalone || norm.length() > MAX_HEADING_LENGTH) {
      return false;
    }
    int first = norm.codePointAt(0);
    char last = norm.charAt(norm.length() - 1);
    if (".,;:!?".indexOf(last) >= 0 || !Character.isLetterOrDigit(first)) {
      return false;
    }
    boolean indented = wrapping.indentation(raw) != 0;
    return indented || blanksBefore >= 2 || (expectHeading && open == null);
  }

  /**
   * A line with no marker that is an entry: short, standing alone (not continuing a paragraph),
   * with a digit, and read by the grammar as a whole dated shape whose words are names.
   */
  private Optional<ParsedLine> standalone(String raw, String norm) {
    if (norm.length() > MAX_STANDALONE_LENGTH
        || (previousWasParagraph && blanksBefore == 0)
        || !hasDigit(norm)) {
      return Optional.empty();
    }
    return entries.readStandalone(raw, lineNo);
  }

  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private void goLine(String raw) {
    entry(entries.read(raw, lineNo), raw);
  }

  private void entry(ParsedLine parsed, String raw) {
    wsisSign = true;
    closeEntry();
    if (cutAtWidth && !(parsed instanceof ParsedLine.Failed)) {
      sink.diagnostics()
          .accept(
              new Diagnostic(
                  Severity.WARNING,
                  DiagnosticCode.CUT_AT_WRAP_WIDTH,
                  lineNo,
                  Text.indentation(raw) + 1,
                  "the entry ends at the page's wrap width ("
                      + wrapping.width()
                      + " characters) and is not continued on the next line: its title may be"
                      + " cut",
                  raw));
    }
    if (parsed instanceof ParsedLine.LinkLine link && !titleSeen && !sectionOpen) {
      titleSeen = true;
      role(lineNo, LineRole.TITLE);
      outline.title(link.text());
      expectHeading = true;
      return;
    }
    if (parsed instanceof ParsedLine.Failed) {
      role(lineNo, LineRole.DIAGNOSTIC);
    } else {
      role(lineNo, LineRole.ENTRY);
      if (!sectionOpen) {
        heading("");
      }
      flushIntroduction();
    }
    titleSeen = true;
    open = new OpenEntry(parsed, sectionHeading, new Paragraphs());
    expectHeading = false;
  }

  private void heading(String heading) {
    closeEntry();
    flushIntroduction();
    if (!heading.isEmpty()) {
      role(lineNo, LineRole.HEADING);
    }
    outline.heading(heading);
    sectionHeading = heading;
    sectionOpen = true;
    sectionHasEntries = false;
    expectHeading = false;
  }

  private void flushIntroduction() {
    if (sectionOpen && !sectionHasEntries) {
      outline.introduction(introduction.text());
      introduction.clear();
      sectionHasEntries = true;
    }
  }

  private void paragraphLine(String raw, String norm) {
    boolean continues = previousWasParagraph && blanksBefore == 0;
    previousWasParagraph = true;
    if (open != null) {
      role(
          lineNo,
          open.parsed() instanceof ParsedLine.Failed ? LineRole.DIAGNOSTIC : LineRole.DESCRIPTION);
      open.paragraphs().add(norm, continues);
    } else if (sectionOpen && !sectionHasEntries) {
      role(lineNo, LineRole.INTRODUCTION);
      introduction.add(norm, continues);
    } else {
      role(lineNo, LineRole.DIAGNOSTIC);
      if (continues && orphan != null) {
        orphan.text().add(norm, true);
      } else {
        closeOrphan();
        orphan = new Orphan(lineNo, raw, new Paragraphs());
        orphan.text().add(norm, false);
      }
      return;
    }
    closeOrphan();
  }

  /**
   * Paragraph text as it grows, in one buffer: lines of a paragraph joined by a space, paragraphs
   * by a blank line. Appending is linear in the text, however long a paragraph runs.
   */
  private static final class Paragraphs {
    /** The text while it is one line (most descriptions): no buffer, no copy. */
    private String single;

    private final StringBuilder text = new StringBuilder();

    void add(String line, boolean continuesParagraph) {
      if (single == null && text.length() == 0) {
        single = line;
        return;
      }
      if (single != null) {
        text.append(single);
        single = null;
      }
      if (text.length() > 0) {
        text.append(continuesParagraph ? " " : "\n\n");
      }
      text.append(line);
    }

    String text() {
      return single != null ? single : text.toString();
    }

    void clear() {
      single = null;
      text.setLength(0);
    }
  }

  private void closeOrphan() {
    if (orphan != null) {
      sink.diagnostics()
          .accept(
              new Diagnostic(
                  Severity.WARNING,
                  DiagnosticCode.UNATTRIBUTED_TEXT,
                  orphan.line(),
                  Text.indentation(orphan.raw()) + 1,
                  "text outside any section or entry: \"" + abbreviate(orphan.text().text()) + "\"",
                  orphan.raw(),
                  orphan.text().text()));
      orphan = null;
    }
  }

  private static String abbreviate(CharSequence text) {
    return text.length() <= 60 ? text.toString() : text.subSequence(0, 57) + "...";
  }

  private void closeEntry() {
    closeOrphan();
    if (open == null) {
      return;
    }
    String description = open.paragraphs().text();
    ParsedLine parsed = open.parsed();
    String section = open.section();
    open = null;
    if (parsed instanceof ParsedLine.Failed failed) {
      sink.diagnostics().accept(failed.error().withFollowingText(description));
      return;
    }
    parsed.diagnostics().forEach(sink.diagnostics());
    for (Entry entry : parsed.complete(section, description)) {
      sink.entries().accept(entry);
    }
  }

  private void finish() {
    releaseAsFrame();
    closeEntry();
    flushIntroduction();
    if (!wsisSign && firstText != null) {
      sink.diagnostics()
          .accept(
              new Diagnostic(
                  Severity.WARNING,
                  DiagnosticCode.NOT_A_WSIS_PAGE,
                  firstTextLine,
                  Text.indentation(firstText) + 1,
                  "this does not look like a WSIS meeting page: it has no entry line (\"go\" or a"
                      + " bullet followed by dates, a label or a link, or a title or place with"
                      + " dates), no banner (United Nations, International Telecommunication"
                      + " Union) and no footer (navigation bar, copyright, Updated : date)",
                  firstText));
    }
  }
}
