package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.LineRole;
import io.github.wsisdata.parser.PageListener;
import io.github.wsisdata.parser.internal.build.LineParser;
import io.github.wsisdata.parser.internal.build.ParsedLine;
import io.github.wsisdata.parser.internal.build.Prose;
import io.github.wsisdata.parser.internal.page.LineClassifier.Frame;
import io.github.wsisdata.parser.internal.source.SourceLine;
import io.github.wsisdata.parser.internal.text.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a page into its parts (banner, title, headings, paragraphs, entry lines, footer) one line
 * at a time, with one line of look-ahead, and hands them to a {@link PageListener}. Where it is on
 * the page is an explicit {@link State}; what a line looks like on its own comes from {@link
 * LineClassifier}; each entry line is read on its own by the page's {@link LineParser}.
 */
final class PageReader {
  /** Where the reader is on the page: what a go link and a paragraph line are there. */
  enum State {
    /** Before the title and any section: a go link is the page's title; text is unattributed. */
    START,
    /** After the title (or an unreadable entry line), before any section. */
    TITLED,
    /** In a section that has no entry yet: text is its introduction. */
    INTRODUCTION,
    /** In a section with entries. */
    ENTRIES;

    boolean sectionOpen() {
      return this == INTRODUCTION || this == ENTRIES;
    }
  }

  private final PageListener listener;
  private final LynxLinks links;
  private final LineClassifier.Digits digits = new LineClassifier.Digits();
  private final LineParser entries = new LineParser();

  private State state = State.START;

  /** Whether a short standalone line is a heading here (after the title, a banner or a footer). */
  private boolean headingExpected = true;

  /** The entry whose description is being read, or null. */
  private OpenEntry open;

  /** Text that nothing can own, reported as a warning once complete, or null. */
  private Orphan orphan;

  private String sectionHeading = "";
  private final Paragraphs introduction = new Paragraphs();

  /** Blank lines right before the current line (MAX_VALUE at the page's start). */
  private int blanksBefore = Integer.MAX_VALUE;

  /** Whether the line before the current one was a paragraph line. */
  private boolean previousWasParagraph;

  /** The last paragraph line, raw. */
  private String previousParagraph = "";

  /**
   * Whether the last paragraph line started with a full date: a list of dated lines with no
   * markers, whose next line is a list item of its own, not the paragraph's continuation.
   */
  private boolean previousStartedDated() {
    return digits.in(previousParagraph) && entries.startsWithDate(previousParagraph);
  }

  /** Whether a sign of a WSIS page was seen: an entry, a banner or a footer line. */
  private boolean wsisSign;

  private boolean updatedSeen;

  /** The first non-blank line (number and raw text), for the not-a-WSIS-page warning. */
  private int firstTextLine;

  private String firstText;

  /** Frame-shaped and blank lines held back until the page shows whether they end it. */
  private final ArrayDeque<Held> held = new ArrayDeque<>();

  /** Lines joined to the line of the key (a wrapped line's continuation): how many. */
  private final Map<Integer, Integer> continuations = new HashMap<>();

  private PageLines lines;
  private Blocks blocks;
  private boolean finished;

  /** A go line whose description paragraphs are still being read. */
  private record OpenEntry(ParsedLine parsed, String section, Paragraphs paragraphs) {}

  /** A paragraph nothing can own: reported as a warning once complete. */
  private record Orphan(int line, String raw, Paragraphs text) {}

  /** A frame-shaped or blank line held back until the page shows whether it ends the page. */
  private record Held(int line, String raw, String norm, Frame frame) {}

  PageReader(PageListener listener) {
    this.links = new LynxLinks(listener);
    this.listener = links;
  }

  /** Reads all lines; the iterator yields raw lines without their terminators. */
  void read(Iterator<SourceLine> source) {
    start(source);
    while (step()) {
      // one line at a time
    }
  }

  /** Starts reading; then call {@link #step()} until it returns false. */
  void start(Iterator<SourceLine> source) {
    this.lines = new PageLines(source);
    this.blocks = new Blocks(lines, entries, digits);
  }

  /**
   * Reads one line (the listener hears about what it completes).
   *
   * @return false once the input is exhausted and everything has been handed to the listener
   */
  boolean step() {
    if (finished) {
      return false;
    }
    PageLines.Line line = lines.next();
    if (line == null) {
      finish();
      finished = true;
      return false;
    }
    if (line.tooLong() != null) {
      if (!held.isEmpty()) {
        releaseAsText();
      }
      tooLong(line.number(), line.tooLong());
      return true;
    }
    if (line.joined() > 0) {
      continuations.put(line.number(), line.joined());
    }
    accept(line.number(), line.text(), lines.nextText(), line.cutAtWidth());
    return true;
  }

  /** Gives a line its role, and the lines joined to it (a wrapped line's continuation) the same. */
  private void role(int line, LineRole role) {
    listener.lineRole(line, role);
    Integer joined = continuations.remove(line);
    for (int k = 1; joined != null && k <= joined; k++) {
      listener.lineRole(line + k, role);
    }
  }

  private void accept(int lineNo, String raw, String next, boolean cutAtWidth) {
    String text = LineClassifier.withoutLinkMarks(raw);
    if (text != raw || links.holding()) {
      links.see(lineNo, raw);
    }
    if (LineClassifier.startsGoLine(text)) {
      // what follows for any go line, without its normalized text (only its start decides)
      noteFirstText(lineNo, raw);
      if (!held.isEmpty()) {
        releaseAsText();
      }
      entry(lineNo, entries.read(raw, text, lineNo), raw, cutAtWidth);
      return;
    }
    String norm = Text.normalize(text);
    if (!norm.isEmpty()) {
      noteFirstText(lineNo, raw);
    }
    boolean startsBlock = blanksBefore > 0;
    Frame frame = LineClassifier.frame(norm);
    boolean marked = LineClassifier.isMarkerLine(norm);
    if (!held.isEmpty()) {
      // held lines are the page's frame unless an entry or a heading follows them
      if (!marked && !(frame == Frame.NONE && !norm.isEmpty() && isHeading(raw, norm, next))) {
        held.add(new Held(lineNo, raw, norm, frame));
        return;
      }
      releaseAsText();
    }
    if (norm.isEmpty()) {
      blank(lineNo);
      return;
    }
    LineParser.Reading reading = null;
    LineParser.Block block;
    Blocks.TitleFirst titled;
    if (LineClassifier.isGoLine(norm)) {
      entry(lineNo, entries.read(raw, text, lineNo), raw, cutAtWidth);
    } else if (marked
        && digits.in(norm) // every dated shape has a number
        && (reading = entries.readBulleted(raw, text, lineNo)).entry() != null) {
      entry(lineNo, reading.entry(), raw, cutAtWidth);
    } else if (!marked
        && frame == Frame.NONE
        && (block = blocks.block(lineNo, raw, norm, next, blanksBefore)) != null) {
      continuations.merge(lineNo, block.lines() - 1, Math::max);
      for (int k = 1; k < block.lines(); k++) {
        lines.next(); // the block's other lines are this entry's
      }
      entry(lineNo, block.entry(), raw, false);
      if (!block.descriptionStart().isEmpty()) {
        open.paragraphs().add(block.descriptionStart(), false);
        previousWasParagraph = true;
      }
    } else if (!marked
        && frame == Frame.NONE
        && (reading = standalone(lineNo, raw, text, norm)) != null
        && reading.entry() != null
        && !(placeless(reading.entry()) && headsAMarkedList(norm, next))) {
      entry(lineNo, reading.entry(), raw, cutAtWidth);
    } else if (!marked && frame == Frame.NONE && headsAMarkedList(norm, next)) {
      heading(lineNo, norm);
    } else if (frame != Frame.NONE && state.sectionOpen()) {
      // after the first heading or entry, a banner or footer line is only one at the page's
      // end: hold it until the end shows it (or a later entry or heading makes it text)
      held.add(new Held(lineNo, raw, norm, frame));
    } else if (frame != Frame.NONE) {
      frame(lineNo, raw, norm, frame);
    } else if (!marked
        && frame == Frame.NONE
        && (titled = blocks.titleFirst(lineNo, raw, norm, next, blanksBefore)) != null) {
      continuations.merge(lineNo, titled.datedLine(), Math::max);
      for (int k = 1; k <= titled.datedLine(); k++) {
        lines.next(); // the lines down to the dates are this entry's
      }
      entry(lineNo, titled.entry(), raw, false);
    } else if (isHeading(raw, norm, next)) {
      heading(lineNo, norm);
    } else {
      paragraphLine(lineNo, raw, norm);
      if (reading != null
          && (marked
              || next == null
              || Text.isBlank(next)
              || entries.startsWithDate(next)
              || (startsBlock && entries.startsWithDate(raw)))) {
        unreadDated(lineNo, raw, norm, reading.reason());
      } else if (reading == null
          && entries.startsWithDate(raw) // a cheap test of the first word first
          && !Prose.isSentence(norm)) {
        // "(17 November 2005, 3-6 p.m., Room Amilcar)" under a list item: dates of their own
        unreadDated(lineNo, raw, norm, "the line continues a paragraph or a list item");
      }
    }
  }

  /**
   * A list item, or a short line standing alone between blank lines, that holds a full date but is
   * text: warned, unless it reads as a sentence (a date in prose is prose; a line that runs on into
   * the next is part of a paragraph and is not looked at).
   */
  private void unreadDated(int lineNo, String raw, String norm, String reason) {
    String text = LineClassifier.isMarkerLine(norm) ? norm.substring(1).strip() : norm;
    if (Prose.isSentence(text) && !entries.startsWithDate(raw)) {
      return;
    }
    Optional<Integer> column = entries.fullDate(raw);
    if (column.isPresent()) {
      listener.diagnostic(PageWarnings.unreadDatedLine(lineNo, column.get(), reason, norm, raw));
    }
  }

  private void noteFirstText(int lineNo, String raw) {
    if (firstText == null) {
      firstTextLine = lineNo;
      firstText = raw;
    }
  }

  private void blank(int lineNo) {
    role(lineNo, LineRole.BLANK);
    blanksBefore = blanksBefore == Integer.MAX_VALUE ? blanksBefore : blanksBefore + 1;
    previousWasParagraph = false;
  }

  /** A line that is neither blank nor a paragraph line has been read. */
  private void notParagraph() {
    blanksBefore = 0;
    previousWasParagraph = false;
  }

  /** A banner or footer line: it ends the open entry; the update date is read from it. */
  private void frame(int lineNo, String raw, String norm, Frame frame) {
    wsisSign = true;
    closeEntry();
    if (frame == Frame.FOOTER) {
      updateDate(lineNo, raw, norm);
    }
    role(lineNo, frame == Frame.FOOTER ? LineRole.FOOTER : LineRole.BANNER);
    headingExpected = true;
    notParagraph();
  }

  /** Held lines turn out to be inside the page: they are text, where text lands. */
  private void releaseAsText() {
    for (Held h : held) {
      if (h.norm().isEmpty()) {
        blank(h.line());
      } else {
        paragraphLine(h.line(), h.raw(), h.norm());
        if (h.frame() == Frame.FOOTER && !updatedSeen) {
          // "Actualizado: jueves, 4 mayo 2006" under a news item's headline: text where it
          // stands, and still the page's update date
          updateDate(h.line(), h.raw(), h.norm());
        }
      }
    }
    held.clear();
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
      if (h.frame() != Frame.NONE) {
        frame(h.line(), h.raw(), h.norm(), h.frame());
      } else {
        accept(h.line(), h.raw(), i + 1 < lines.size() ? lines.get(i + 1).raw() : null, false);
      }
    }
  }

  /** A line over the limit is not read; its start is kept in an error. */
  private void tooLong(int lineNo, SourceLine.TooLong line) {
    closeEntry();
    role(lineNo, LineRole.DIAGNOSTIC);
    open =
        new OpenEntry(
            new ParsedLine.Failed(PageWarnings.lineTooLong(lineNo, line)),
            sectionHeading,
            new Paragraphs());
    notParagraph();
    headingExpected = false;
  }

  /** The footer's {@code Updated : YYYY-MM-DD} (the first one counts), or a warning. */
  private void updateDate(int lineNo, String raw, String norm) {
    Optional<String> written = LineClassifier.updated(norm);
    if (written.isEmpty()) {
      return;
    }
    Optional<java.time.LocalDate> date = LineClassifier.isoDate(written.get());
    if (date.isEmpty()) {
      date = LineClassifier.writtenDate(written.get());
    }
    if (date.isEmpty()) {
      listener.diagnostic(PageWarnings.invalidUpdateDate(lineNo, written.get(), raw));
    } else if (!updatedSeen) {
      updatedSeen = true;
      listener.lastUpdated(date.get());
    }
  }

  /**
   * A heading is a short standalone line: blank lines (or the page edge) around it, of a heading's
   * shape ({@link LineClassifier#headingShape}), and with at least one more sign of being a
   * heading: indented, two or more blank lines before it, standing where a heading is expected
   * (after the banner, title or footer), or a headline of at most {@link
   * LineClassifier#MAX_HEADING_WORDS} words ({@link Prose#isHeadline}), or a short phrase right
   * above such a headline (stacked headings: "Key dates" over "Preparatory Committee Meetings").
   */
  private boolean isHeading(String raw, String norm, String next) {
    if (!standsAlone(next) || !LineClassifier.headingShape(norm)) {
      return false;
    }
    boolean indented = lines.wrapping().indentation(raw) != 0;
    return indented
        || blanksBefore >= 2
        || (headingExpected && open == null)
        || Prose.isHeadline(norm, LineClassifier.MAX_HEADING_WORDS)
        || overDatedLines(norm)
        || (Prose.words(norm) <= LineClassifier.MAX_HEADING_WORDS
            && !Prose.isSentence(norm)
            && stackedOverAHeadline());
  }

  /**
   * Whether the next non-blank line starts with a full date, with this line's year for a date that
   * has none ({@code Events throughout 2006} over {@code November 6 24, Turkey (Antalia): ...}).
   */
  private boolean overDatedLines(String norm) {
    String following = lines.nextNonBlank();
    return following != null && entries.startsWithDate(following, LineClassifier.yearOf(norm));
  }

  /** Whether the next non-blank line is a headline with no digit (no entry). */
  private boolean stackedOverAHeadline() {
    String following = lines.nextNonBlank();
    if (following == null) {
      return false;
    }
    String norm = Text.normalize(following);
    return !digits.in(norm)
        && !LineClassifier.isMarkerLine(norm)
        && LineClassifier.headingShape(norm)
        && Prose.isHeadline(norm, LineClassifier.MAX_HEADING_WORDS);
  }

  /** Whether the current line has blank lines (or the page edge) before and after it. */
  private boolean standsAlone(String next) {
    return blanksBefore > 0 && (next == null || Text.isBlank(next));
  }

  /** Whether a line's meetings name no place (an issue line "NEWSLETTER No 12, 4 March 2005"). */
  private static boolean placeless(ParsedLine entry) {
    return entry instanceof ParsedLine.Meetings m
        && m.venues().stream().allMatch(v -> v.place() == io.github.wsisdata.parser.Place.NONE);
  }

  /**
   * A dated line with no marker that stands alone, outside any entry's description, before a list
   * whose items have markers (a newsletter's issue line over its bullets): the list's heading, not
   * a meeting, unless it reads as a meeting with a place.
   */
  private boolean headsAMarkedList(String norm, String next) {
    if (open != null
        || !digits.in(norm)
        || blanksBefore == 0
        || !LineClassifier.headingShape(norm)) {
      return false;
    }
    String following = lines.nextNonBlank();
    return following != null && LineClassifier.isMarkerLine(Text.normalize(following));
  }

  /**
   * A line with no marker that is an entry: short (or, up to {@link
   * LineClassifier#MAX_FULL_SHAPE_LENGTH}, in the full shape of a go line without its go), standing
   * alone (not continuing a paragraph), with a digit, and read by the grammar as a whole dated
   * shape whose words are names.
   */
  private static final String LONG_LINE =
      "a long line with no marker is an entry only as DATES, PLACE, ORGANIZERS - TITLE";

  private LineParser.Reading standalone(int lineNo, String raw, String text, String norm) {
    boolean continues = previousWasParagraph && blanksBefore == 0; // a paragraph's next line
    if (norm.length() <= LineClassifier.MAX_STANDALONE_LENGTH) {
      return digits.in(norm) && !(continues && !previousStartedDated())
          ? entries.readStandalone(raw, text, lineNo)
          : null;
    }
    if (continues && !previousStartedDated()) {
      return null;
    }
    // longer, only in the full shape of a go line without its go: DATES, PLACE, ORGANIZERS - TITLE
    if (norm.length() > LineClassifier.MAX_FULL_SHAPE_LENGTH
        || !Character.isDigit(norm.charAt(0))) {
      return entries.startsWithDate(raw) ? new LineParser.Reading(null, LONG_LINE) : null;
    }
    LineParser.Reading reading = entries.readStandalone(raw, text, lineNo);
    return reading.entry() instanceof ParsedLine.Meetings m
            && m.titleSeparated()
            && !m.organizers().isEmpty()
            && m.venues().get(0).place() != io.github.wsisdata.parser.Place.NONE
        ? reading
        : new LineParser.Reading(null, LONG_LINE);
  }

  private void entry(int lineNo, ParsedLine parsed, String raw, boolean cutAtWidth) {
    wsisSign = true;
    closeEntry();
    notParagraph();
    if (cutAtWidth && !(parsed instanceof ParsedLine.Failed)) {
      listener.diagnostic(PageWarnings.cutAtWrapWidth(lineNo, lines.wrapping().width(), raw));
    }
    if (parsed instanceof ParsedLine.LinkLine link && state == State.START) {
      state = State.TITLED;
      role(lineNo, LineRole.TITLE);
      listener.title(link.text());
      headingExpected = true;
      return;
    }
    if (parsed instanceof ParsedLine.Failed) {
      role(lineNo, LineRole.DIAGNOSTIC);
      if (state == State.START) {
        state = State.TITLED;
      }
    } else {
      role(lineNo, LineRole.ENTRY);
      if (!state.sectionOpen()) {
        heading(lineNo, "");
      }
      flushIntroduction();
    }
    open = new OpenEntry(parsed, sectionHeading, new Paragraphs());
    headingExpected = false;
  }

  private void heading(int lineNo, String heading) {
    closeEntry();
    flushIntroduction();
    if (!heading.isEmpty()) {
      role(lineNo, LineRole.HEADING);
    }
    listener.heading(heading);
    sectionHeading = heading;
    entries.setContextYear(LineClassifier.yearOf(heading));
    state = State.INTRODUCTION;
    headingExpected = false;
    notParagraph();
  }

  private void flushIntroduction() {
    if (state == State.INTRODUCTION) {
      listener.introduction(introduction.text());
      introduction.clear();
      state = State.ENTRIES;
    }
  }

  private void paragraphLine(int lineNo, String raw, String norm) {
    boolean continues = previousWasParagraph && blanksBefore == 0;
    previousWasParagraph = true;
    previousParagraph = raw;
    if (open == null && state == State.START) {
      // text first on the page (no title, no heading before it): a section with an empty
      // heading, whose introduction it is
      heading(lineNo, "");
      previousWasParagraph = true;
    }
    blanksBefore = 0;
    Paragraphs into = introduction;
    if (open != null) {
      closeOrphan();
      role(
          lineNo,
          open.parsed() instanceof ParsedLine.Failed ? LineRole.DIAGNOSTIC : LineRole.DESCRIPTION);
      into = open.paragraphs();
    } else if (state == State.INTRODUCTION) {
      closeOrphan();
      role(lineNo, LineRole.INTRODUCTION);
    } else {
      role(lineNo, LineRole.DIAGNOSTIC);
      if (!continues || orphan == null) {
        closeOrphan();
        orphan = new Orphan(lineNo, raw, new Paragraphs());
      }
      into = orphan.text();
    }
    if (into.add(norm, continues)) {
      listener.diagnostic(PageWarnings.largeForHeap(lineNo, into.length()));
    }
  }

  private void closeOrphan() {
    if (orphan != null) {
      String text = orphan.text().text();
      listener.diagnostic(PageWarnings.unattributed(orphan.line(), orphan.raw(), text));
      orphan = null;
    }
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
      listener.diagnostic(failed.error().withFollowingText(description));
      return;
    }
    parsed.diagnostics().forEach(listener::diagnostic);
    for (Entry entry : parsed.complete(section, description)) {
      listener.entry(entry);
    }
  }

  private void finish() {
    releaseAsFrame();
    closeEntry();
    flushIntroduction();
    if (!wsisSign && firstText != null) {
      listener.diagnostic(PageWarnings.notAWsisPage(firstTextLine, firstText));
    }
    links.finish();
  }
}
