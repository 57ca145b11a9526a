package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.internal.build.LineParser;
import io.github.wsisdata.parser.internal.build.ParsedLine;
import io.github.wsisdata.parser.internal.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Entries printed over several lines, found by looking ahead on the page: the dates first, then the
 * title (and maybe the place) on the next lines or, in a calendar laid out as a table, alone after
 * a blank line; or the title first, over a dated line with no title (see docs/format.md, "Entries
 * over several lines").
 */
final class Blocks {
  private final PageLines lines;
  private final LineParser entries;

  private final LineClassifier.Digits digits;

  Blocks(PageLines lines, LineParser entries, LineClassifier.Digits digits) {
    this.digits = digits;
    this.lines = lines;
    this.entries = entries;
  }

  /**
   * Whether {@code next} is the page's next line as the look-ahead sees it (not a held line read
   * again at the page's end, whose following lines the look-ahead no longer has).
   */
  private boolean live(String next) {
    return next == lines.peek(1);
  }

  /** Longest first line (in characters) of an entry printed over several lines. */
  private static final int MAX_DATE_LINE = 60;

  /**
   * An entry printed over several lines: a short line with no marker that starts a block (a blank
   * line or the page's start before it) and holds a digit, directly followed by its title line and
   * maybe its place line ({@link LineParser#readBlock}).
   */
  LineParser.Block block(int lineNo, String raw, String norm, String next, int blanksBefore) {
    if (blanksBefore == 0 || norm.length() > MAX_DATE_LINE || !digits.in(norm) || next == null) {
      return null;
    }
    if (Text.isBlank(next)) {
      if (!live(next)) {
        return null;
      }
      // a calendar laid out as a table: the dates alone, a blank line, the title alone
      int title = loneLineAfter(0);
      if (title < 0 || !isTextLine(lines.peek(title))) {
        return null;
      }
      return entries
          .readBlock(List.of(raw, lines.peek(title)), lineNo)
          .map(b -> new LineParser.Block(b.entry(), title + 1, b.descriptionStart()))
          .orElse(null);
    }
    if (!isTextLine(next)) {
      return null;
    }
    List<String> blockLines = new ArrayList<>(List.of(raw, next));
    String third = live(next) ? lines.peek(2) : null;
    if (third != null && !Text.isBlank(third)) {
      blockLines.add(third);
    }
    return entries.readBlock(blockLines, lineNo).orElse(null);
  }

  /** Most blank lines between the lines of an entry laid out as a table. */
  private static final int MAX_BLOCK_GAP = 3;

  /** Longest title line (in characters) over the dates of an entry. */
  private static final int MAX_TITLE_LINE = 150;

  /**
   * The first non-blank line after the {@code k}-th line ahead (0: the current line), when blank
   * lines (at most {@link #MAX_BLOCK_GAP}) come before it and it stands alone (a blank line or the
   * page's end after it): how far ahead it is, or -1.
   */
  private int loneLineAfter(int k) {
    int j = nonBlankAfter(k);
    if (j <= k + 1) {
      return -1; // none, or no blank line before it
    }
    String after = lines.peek(j + 1);
    return after == null || Text.isBlank(after) ? j : -1;
  }

  /** Whether a line can be part of an entry's block: text, no marker, no frame. */
  private static boolean isTextLine(String raw) {
    String norm = Text.normalize(raw);
    return !norm.isEmpty() && !LineClassifier.isMarkerLine(norm) && !LineClassifier.isFrame(norm);
  }

  /**
   * An entry whose title stands above its dates: one to three short lines that are no sentence and
   * hold no date (a title wrapped over lines), starting a block, over a dated line with no title
   * and no final period (right under them, or alone after blank lines, maybe with its place on the
   * line under it), unless that dated line has its own title under it (a calendar laid out as a
   * table, {@link #block}).
   */
  TitleFirst titleFirst(int lineNo, String raw, String norm, String next, int blanksBefore) {
    if (blanksBefore == 0
        || next == null
        || norm.length() > MAX_TITLE_LINE
        || digits.in(norm) && entries.fullDate(raw).isPresent()
        || !live(next)) {
      return null;
    }
    StringBuilder title = new StringBuilder(norm);
    for (int k = 0; k < MAX_TITLE_LINES; k++) {
      String after = lines.peek(k + 1);
      if (after == null) {
        return null;
      }
      boolean gap = Text.isBlank(after);
      int dated = gap ? nonBlankAfter(k) : k + 1;
      if (dated < 0) {
        return null;
      }
      TitleFirst found = dated(lineNo, title.toString(), dated, gap);
      if (found != null || gap) {
        return found;
      }
      // the line under is the title's next line (a title wrapped over lines)
      String more = Text.normalize(after);
      if (!isTextLine(after)
          || more.length() > MAX_TITLE_LINE
          || digits.in(more) && entries.fullDate(after).isPresent()) {
        return null;
      }
      title.append(' ').append(more);
    }
    return null;
  }

  /** Whether the dates {@code dated} lines ahead have their own title alone under them. */
  private boolean titleUnder(int dated) {
    int title = loneLineAfter(dated);
    return title > 0 && !entries.blockTitle(lines.peek(title)).isEmpty();
  }

  /** Most lines of a title over its dates. */
  private static final int MAX_TITLE_LINES = 3;

  /** The first non-blank line after blank lines (at most {@link #MAX_BLOCK_GAP}) after line k. */
  private int nonBlankAfter(int k) {
    int j = k + 1;
    while (j <= k + MAX_BLOCK_GAP + 1 && lines.peek(j) != null && Text.isBlank(lines.peek(j))) {
      j++;
    }
    return j > k + MAX_BLOCK_GAP + 1 || lines.peek(j) == null ? -1 : j;
  }

  /** The entry whose title is {@code title} and whose dates are {@code dated} lines ahead. */
  private TitleFirst dated(int lineNo, String title, int dated, boolean gap) {
    String datedRaw = lines.peek(dated);
    String datedNorm = Text.normalize(datedRaw);
    if (!isTextLine(datedRaw)
        || datedNorm.length() > LineClassifier.MAX_STANDALONE_LENGTH
        || !digits.in(datedNorm)
        || datedNorm.endsWith(".")
        || entries.startsWithDayName(datedRaw)) {
      // "Monday 28th February 2005.", "Tuesday, 14 February 2006": a post's or news item's date
      return null;
    }
    String placeRaw = null;
    int last = dated;
    if (gap) {
      String under = lines.peek(dated + 1);
      if (under != null && !Text.isBlank(under)) {
        String below = lines.peek(dated + 2);
        if (below != null && !Text.isBlank(below)) {
          return null; // the dates do not stand alone
        }
        placeRaw = under;
        last = dated + 1;
      } else if (titleUnder(dated)) {
        return null; // the dates have their own title under them
      }
    }
    int end = last;
    return entries
        .readTitleFirst(title, datedRaw, lineNo, lineNo + dated, placeRaw)
        .map(parsed -> new TitleFirst(parsed, end))
        .orElse(null);
  }

  /** An entry whose title is on its first line and its dates {@code datedLine} lines below. */
  record TitleFirst(ParsedLine entry, int datedLine) {}
}
