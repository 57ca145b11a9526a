package io.github.wsisdata.parser.internal.html;

import io.github.wsisdata.parser.Hyperlink;
import io.github.wsisdata.parser.internal.html.HtmlPage.Origin;
import io.github.wsisdata.parser.internal.html.HtmlPage.Segment;
import io.github.wsisdata.parser.internal.text.CharClass;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Lays out the body as lines, as a text browser would; with positions (each line's origin and
 * segments in the source) and links, or, for a quick look at a page's text, the lines alone (the
 * same lines: positions and links never change the text).
 */
final class HtmlRenderer implements NodeVisitor {
  final List<String> lines = new ArrayList<>();
  final List<Origin> origins = new ArrayList<>();
  final List<List<Segment>> segments = new ArrayList<>();
  private List<Segment> lineSegments = new ArrayList<>();
  final List<List<Hyperlink>> links = new ArrayList<>();
  private final URI base;
  private final StringBuilder line = new StringBuilder();
  private Origin origin;
  private List<Hyperlink> lineLinks = new ArrayList<>();

  /** Line breaks asked for before the next text: 1 ends the line, 2 leaves a blank line. */
  private int breaks;

  private int pre;
  private int bold;

  /** The next text starts a list item. */
  private boolean bullet;

  private boolean allBold = true;

  /** Open links: where their text starts (line index, offset). */
  private final List<int[]> openLinks = new ArrayList<>();

  /** Positions in the source, in code points; null when only the lines are wanted. */
  private final SourceAligner aligner;

  /**
   * A renderer of lines with their positions and links.
   *
   * @param base what relative links resolve against, or null
   * @param html the source the parse was made from (with positions tracked)
   */
  HtmlRenderer(URI base, String html) {
    this.base = base;
    this.aligner = new SourceAligner(html);
  }

  /** A renderer of the lines alone: no positions, no links ({@link #lines} only). */
  HtmlRenderer() {
    this.base = null;
    this.aligner = null;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      text(t.getWholeText(), node);
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    switch (tag) {
      case "br" -> {
        // a second <br> leaves a blank line, as a browser shows it
        if (line.isEmpty() && breaks > 0) {
          breaks = Math.min(breaks + 1, 3);
        } else {
          newline(1);
        }
      }
      case "li" -> {
        // a list item starts with a bullet, as a text browser draws it: the reader's bullet
        // marker, so that a dated item is an entry (items without a date stay text)
        newline(1);
        bullet = true;
      }
      case "img", "area" -> {
        String alt = e.attr("alt").strip();
        if (!alt.isEmpty()) {
          text(" " + alt + " ", node);
        }
      }
      case "td", "th" -> {
        if (!line.isEmpty()) {
          text(" ", node);
        }
      }
      case "a" -> {
        if (aligner != null) {
          openLinks.add(new int[] {built, line.length()});
        }
      }
      case "b", "strong" -> bold++;
      case "pre" -> {
        newline(2);
        pre++;
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        newline(3);
        bold++;
      }
      default -> {
        if (isBlock(tag)) {
          newline(paragraph(tag) ? 2 : 1);
        }
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    switch (tag) {
      case "a" -> closeLink(e);
      case "b", "strong" -> bold--;
      case "pre" -> {
        pre--;
        newline(2);
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        bold--;
        newline(2);
      }
      default -> {
        if (isBlock(tag)) {
          newline(paragraph(tag) ? 2 : 1);
        }
      }
    }
  }

  private static boolean isBlock(String tag) {
    return switch (tag) {
      case "p",
          "div",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "table",
          "tr",
          "tbody",
          "thead",
          "tfoot",
          "caption",
          "blockquote",
          "center",
          "hr",
          "address",
          "fieldset",
          "section",
          "article",
          "header",
          "footer",
          "nav",
          "main",
          "aside",
          "figure",
          "figcaption",
          "body" ->
          true;
      default -> false;
    };
  }

  /** Blocks that stand apart by a blank line, as text browsers show paragraphs and rows. */
  private static boolean paragraph(String tag) {
    return switch (tag) {
      case "p", "tr", "table", "ul", "ol", "dl", "blockquote", "hr", "caption" -> true;
      default -> false;
    };
  }

  private void text(String text, Node node) {
    String collapsed = pre > 0 ? text : collapse(text);
    if (pre > 0 && collapsed.indexOf('\n') >= 0) {
      String[] parts = collapsed.split("\n", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          newline(1);
        }
        append(parts[i], node);
      }
      return;
    }
    append(collapsed, node);
  }

  private void append(String text, Node node) {
    if (breaks > 0 && !text.isBlank()) {
      flush();
    }
    if (line.isEmpty() && pre == 0) {
      text = stripLeadingSpace(text);
    } else if (!line.isEmpty() && line.charAt(line.length() - 1) == ' ' && pre == 0) {
      text = text.startsWith(" ") ? text.substring(1) : text;
    }
    if (text.isEmpty() || (breaks > 0 && text.isBlank())) {
      return;
    }
    boolean first = line.isEmpty();
    if (first && bullet) {
      String shown = text.strip();
      if (!shown.equals("go") && !shown.startsWith("go ")) {
        line.append(CharClass.LIST_BULLET).append(' ');
      }
    }
    bullet = false;
    if (aligner != null) {
      int before = lineSegments.size();
      if (!(node instanceof TextNode
          && node.sourceRange().isTracked()
          && aligner.align(text, line.length(), node.sourceRange(), lineSegments))) {
        lineSegments.add(new Segment(line.length(), origin(node)));
      }
      if (first) {
        origin = lineSegments.get(before).origin();
      }
    }
    if (allBold && bold == 0 && !text.isBlank()) {
      allBold = false;
    }
    line.append(text);
  }

  /**
   * Drops spaces at the start of a line, no-break spaces included: in HTML they are layout (an
   * empty cell holding {@code &nbsp;}), not the indentation a text page uses for headings.
   */
  private static String stripLeadingSpace(String text) {
    int i = 0;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == CharClass.NBSP)) {
      i++;
    }
    return text.substring(i);
  }

  /** White space as a browser shows it: runs of ASCII white space are one space; NBSP stays. */
  private static String collapse(String text) {
    int n = text.length();
    // most text needs nothing done: single spaces between words (String.indexOf is the JDK's
    // vectorized search, quicker than a loop over the characters)
    if (text.indexOf('\n') < 0
        && text.indexOf('\t') < 0
        && text.indexOf('\r') < 0
        && text.indexOf('\f') < 0
        && text.indexOf("  ") < 0) {
      return text;
    }
    int i = 0;
    boolean space = false;
    while (i < n) {
      char c = text.charAt(i);
      if (CharClass.isHtmlSpace(c)) {
        if (space || c != ' ') {
          break;
        }
        space = true;
      } else {
        space = false;
      }
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (CharClass.isHtmlSpace(c)) {
        if (!space) {
          out.append(' ');
        }
        space = true;
      } else {
        out.append(c);
        space = false;
      }
    }
    return out.toString();
  }

  private Origin origin(Node node) {
    Range range = node.sourceRange();
    Node at = node;
    while (!range.isTracked() && at.parent() != null) {
      at = at.parent();
      range = at.sourceRange();
    }
    if (!range.isTracked()) {
      return new Origin(1, 1);
    }
    int lineNo = range.start().lineNumber();
    int column = aligner.origin(range.start()).column();
    if (at == node && node instanceof TextNode t) {
      // the first character that shows, not the white space before it
      String whole = t.getWholeText();
      for (int i = 0; i < whole.length() && CharClass.isHtmlSpace(whole.charAt(i)); i++) {
        if (whole.charAt(i) == '\n') {
          lineNo++;
          column = 1;
        } else {
          column++;
        }
      }
    }
    return new Origin(lineNo, column);
  }

  /** Asks for a line break before the next text: 1 ends the line, 2 and 3 leave blank lines. */
  private void newline(int kind) {
    if (line.isEmpty() && lines.isEmpty()) {
      return; // nothing before the first line
    }
    breaks = Math.max(breaks, kind);
  }

  /** Blank lines to put before the line being built. */
  private int blanksBefore;

  /** Ends the line being built: its blank lines, then itself. */
  private void flush() {
    String text = line.toString().stripTrailing();
    if (!text.isEmpty()) {
      int blanks = blanksBefore;
      if (allBold && blanks == 1) {
        blanks = 2; // a bold line standing alone reads as a heading
      }
      for (int i = 0; i < blanks && !lines.isEmpty(); i++) {
        lines.add("");
        if (aligner != null) {
          origins.add(origin);
          segments.add(List.of());
          links.add(List.of());
        }
      }
      lines.add(text);
      if (aligner != null) {
        origins.add(origin);
        segments.add(List.copyOf(lineSegments));
        links.add(List.copyOf(lineLinks));
      }
      blanksBefore = Math.max(0, breaks - 1);
    } else {
      blanksBefore = Math.max(blanksBefore, breaks - 1);
    }
    line.setLength(0);
    if (aligner != null) {
      lineLinks = new ArrayList<>();
      lineSegments = new ArrayList<>();
    }
    breaks = 0;
    allBold = true;
    built++;
  }

  /** How many lines were begun: identifies the line being built for the links on it. */
  private int built;

  private void closeLink(Element a) {
    if (openLinks.isEmpty()) { // none open, or the lines alone are wanted
      return;
    }
    int[] start = openLinks.remove(openLinks.size() - 1);
    String href = a.attr("href").strip();
    if (href.isEmpty()
        || href.startsWith("#")
        || href.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
      return;
    }
    String text =
        start[0] == built && start[1] <= line.length()
            ? line.substring(start[1]).strip()
            : a.text().strip();
    Optional<URI> target = HtmlPage.uri(HtmlPage.unarchived(href));
    if (target.isEmpty()) {
      return;
    }
    URI uri = target.get();
    if (!uri.isAbsolute() && base != null) {
      try {
        uri = base.resolve(uri);
      } catch (IllegalArgumentException e) {
        // an opaque base: the link stays as written
      }
    }
    if (!kept(uri)) {
      return;
    }
    lineLinks.add(new Hyperlink(text, uri));
  }

  /** Schemes a link of a page may keep: what a reader can follow or write to. */
  private static final java.util.Set<String> SCHEMES =
      java.util.Set.of("http", "https", "ftp", "mailto");

  /**
   * Whether a link is kept: a web, FTP or mail address, or a relative one there was no base to
   * resolve; not {@code vbscript:}, {@code file:} or {@code data:}, and not a protocol-relative
   * {@code //host/path} that no base gave a scheme.
   */
  private static boolean kept(URI uri) {
    if (uri.getScheme() != null) {
      return SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT));
    }
    return uri.getRawAuthority() == null;
  }

  void end() {
    if (!line.isEmpty()) {
      flush();
    }
  }
}
