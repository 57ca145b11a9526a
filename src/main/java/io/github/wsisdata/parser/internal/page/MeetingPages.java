package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.internal.build.LineParser;
import io.github.wsisdata.parser.internal.html.HtmlPage;
import io.github.wsisdata.parser.internal.source.ReaderLines;
import io.github.wsisdata.parser.internal.source.SourceLine;
import io.github.wsisdata.parser.internal.text.CharClass;
import io.github.wsisdata.parser.internal.text.Text;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The test that lets a page of a crawl (a web archive, or pages read with {@code --crawl}) that
 * cannot be a meeting page ({@link io.github.wsisdata.parser.WsisDocument#isMeetingPage}) be
 * skipped before it is rendered.
 *
 * <p>First the bytes ({@link #mayHoldEntry}, {@link ByteText}): every date the grammar reads has a
 * day, a number of one or two ASCII digits, and an entry with no date is a {@code go} line, so a
 * page whose text holds neither cannot hold an entry. Then, for HTML, the lines, laid out without
 * their positions ({@link #htmlMayHoldEntry}, {@link #linesMayHoldEntry}). Both are conservative:
 * when the bytes are not in an ASCII-compatible charset, or markup never ends, or a page is wrapped
 * at a width, the page is read.
 */
public final class MeetingPages {
  private MeetingPages() {}

  /**
   * Whether a page's bytes may hold an entry: false only if its text certainly has no number of one
   * or two digits and no word {@code go}.
   *
   * @param body the page's bytes
   * @param html whether it is read as HTML (markup is not text)
   * @param declared the charset its transport names, or null
   * @return false if it can be skipped without being read
   */
  public static boolean mayHoldEntry(byte[] body, boolean html, Charset declared) {
    if (!asciiCompatible(declared) || utf16or32(body)) {
      return true;
    }
    return html ? ByteText.html(body) : ByteText.text(body);
  }

  /**
   * Whether an HTML page may hold an entry: its bytes may ({@link #mayHoldEntry(byte[], boolean,
   * Charset)}), and so may its lines, rendered without their positions ({@link HtmlPage#lines};
   * {@link #linesMayHoldEntry}). The page is parsed once here; a page that may hold an entry is
   * parsed again, with positions, to be read.
   *
   * @param body the page's bytes
   * @param declared the charset its transport names, or null
   * @param maxLineLength the longest line read whole (the reader's limit)
   * @return false if it can be skipped without being read
   */
  public static boolean htmlMayHoldEntry(byte[] body, Charset declared, int maxLineLength) {
    return true && linesMayHoldEntry(HtmlPage.lines(body, declared), maxLineLength);
  }

  /**
   * Whether a page's lines, as the reader takes them, may hold an entry or a line read as one: a
   * necessary condition of every way the reader finds an entry (docs/format.md, "Crawls"). False
   * only when the page is not wrapped at a width (no line is joined with the next) and no line is
   *
   * <ul>
   *   <li>a {@code go} line,
   *   <li>a line with a list marker and a digit (read as a bullet line, where a bad date is an
   *       error), or
   *   <li>a line with a digit and no marker, of at most {@link
   *       LineClassifier#MAX_STANDALONE_LENGTH} characters (or at most {@link
   *       LineClassifier#MAX_FULL_SHAPE_LENGTH} starting with a digit), that holds a month name or
   *       a numeric date as the lexer reads it: the only lines that an entry standing alone, the
   *       dates of one printed over several lines, or the dated line under a title can be.
   * </ul>
   *
   * @param lines the page's lines, as rendered
   * @param maxLineLength the longest line read whole
   * @return false if no entry can be found in them
   */
  public static boolean linesMayHoldEntry(List<String> lines, int maxLineLength) {
    List<SourceLine> all = sourceLines(lines, maxLineLength);
    if (Wrapping.detect(window(all)).wrapped()) {
      return true; // joined lines are other lines: let the reader read them
    }
    LineParser parser = null;
    for (SourceLine line : all) {
      if (line instanceof SourceLine.TooLong) {
        continue; // a line over the limit is not read, only reported
      }
      String raw = line.text();
      String text = LineClassifier.withoutLinkMarks(raw);
      if (LineClassifier.startsGoLine(text)) {
        return true;
      }
      // (a go line by its normalized text is one by its start: normalizing only trims and
      // collapses white space.) The digit is looked for in the line as written, link marks
      // included: the dated line under a title is looked at as written.
      if (!LineClassifier.hasDigit(raw)) {
        continue;
      }
      if (longText(text)) {
        continue;
      }
      String norm = Text.normalize(text);
      if (LineClassifier.isMarkerLine(norm)) {
        return true;
      }
      if (norm.length() > LineClassifier.MAX_FULL_SHAPE_LENGTH
          || (norm.length() > LineClassifier.MAX_STANDALONE_LENGTH
              && !Character.isDigit(norm.charAt(0)))) {
        continue;
      }
      // the line is lexed as the reader lexes it (its text; under a title, as written) only if
      // its characters may hold a date at all
      boolean byText = LineParser.mayHoldDateChars(text);
      boolean byRaw = text != raw && LineParser.mayHoldDateChars(raw);
      if (!byText && !byRaw) {
        continue;
      }
      if (LineClassifier.frame(norm) != LineClassifier.Frame.NONE
          && (text == raw || LineClassifier.isFrame(Text.normalize(raw)))) {
        continue; // a banner or footer line (an update date) is no entry unless it has a marker
      }
      parser = parser == null ? new LineParser() : parser;
      if ((byText && parser.mayHoldDate(text)) || (byRaw && parser.mayHoldDate(raw))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A quick answer for a long line, before it is normalized: true if it is longer than {@link
   * LineClassifier#MAX_STANDALONE_LENGTH} once normalized and can start neither with a digit nor
   * with a marker (its first character is no bullet, dash, {@code o} or {@code g}), so that no way
   * of reading an entry takes it.
   */
  private static boolean longText(String text) {
    if (text.length() <= LineClassifier.MAX_STANDALONE_LENGTH) {
      return false;
    }
    int first = 0;
    while (first < text.length() && Text.isSpace(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return false;
    }
    char c = text.charAt(first);
    return !Character.isDigit(c)
        && !CharClass.isBullet(c)
        && !CharClass.isDash(c)
        && c != 'o'
        && c != 'g'
        && Text.nonSpaceMoreThan(text, LineClassifier.MAX_STANDALONE_LENGTH);
  }

  /**
   * The lines as the reader gets them: the rendered lines joined by line feeds and read again
   * ({@link ReaderLines}, as {@link Inputs} does), or, when that changes nothing (no line holds a
   * line break or is over the limit, none starts the page with a byte order mark, the last is not
   * empty), the rendered lines themselves.
   */
  static List<SourceLine> sourceLines(List<String> lines, int maxLineLength) {
    List<SourceLine> all = new ArrayList<>(lines.size());
    boolean same =
        lines.isEmpty()
            || (!lines.get(0).startsWith("\uFEFF") && !lines.get(lines.size() - 1).isEmpty());
    for (int i = 0; same && i < lines.size(); i++) {
      String line = lines.get(i);
      same = line.length() <= maxLineLength && line.indexOf('\n') < 0 && line.indexOf('\r') < 0;
      all.add(new SourceLine.Whole(line));
    }
    if (same) {
      return all;
    }
    all.clear();
    try (ReaderLines source =
        new ReaderLines(new StringReader(String.join("\n", lines)), maxLineLength)) {
      source.forEachRemaining(all::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string: not expected
    }
    return all;
  }

  /** The first lines, as the reader looks at them to find whether a page is wrapped. */
  private static List<SourceLine> window(List<SourceLine> all) {
    long chars = 0;
    int n = 0;
    while (n < all.size() && n < Wrapping.WINDOW_LINES && chars < Wrapping.WINDOW_CHARS) {
      chars += all.get(n).text().length();
      n++;
    }
    return all.subList(0, n);
  }

  private static final byte[] PROBE = "0123456789<>&#;!-/".getBytes(StandardCharsets.US_ASCII);

  /** Whether a charset writes digits and the markup signs as ASCII does (null: not known). */
  private static boolean asciiCompatible(Charset charset) {
    if (charset == null) {
      return true;
    }
    if (!charset.canEncode()) {
      return false;
    }
    return Arrays.equals(PROBE, "0123456789<>&#;!-/".getBytes(charset));
  }

  /** Whether the bytes start with a UTF-16 or UTF-32 byte order mark or hold a NUL early on. */
  private static boolean utf16or32(byte[] body) {
    if (body.length >= 2
        && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
            || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
      return true;
    }
    int end = Math.min(body.length, 4096);
    for (int i = 0; i < end; i++) {
      if (body[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
