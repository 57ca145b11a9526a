package io.github.wsisdata.parser.internal.html;

import io.github.wsisdata.parser.Hyperlink;
import io.github.wsisdata.parser.internal.text.CharClass;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page rendered into text lines the way a text browser lays it out, so that the text reader
 * and its grammar read it: block elements and {@code <br>} end lines, table cells of a row stand
 * side by side, images become their alt text, entities are decoded ({@code &nbsp;} stays a no-break
 * space), and scripts, styles, comments, forms, hidden elements and the toolbars web archives
 * insert are dropped. Every line keeps the position in the HTML source where its text starts
 * (jsoup's position tracking), and the hyperlinks on it.
 *
 * <p>jsoup is only loaded when a page is HTML: nothing outside this package refers to it.
 */
public final class HtmlPage {
  /** Deepest element nesting the parser builds; deeper elements are kept flat. */
  static final int MAX_DEPTH = 512;

  /** A place in the HTML source (1-based line and column). */
  public record Origin(int line, int column) {}

  /**
   * Where a run of a rendered line comes from: the characters from {@code start} (0-based, in the
   * rendered line) on are the text at {@code origin} in the HTML.
   */
  public record Segment(int start, Origin origin) {}

  /**
   * A rendered page.
   *
   * @param lines the rendered lines
   * @param origins for each line, where its text starts in the HTML
   * @param segments for each line, where each run of its text comes from
   * @param links for each line, the hyperlinks whose text starts on it
   * @param htmlTitle the {@code <title>}
   * @param originalUrl the page's own URL before a web archive copied it
   * @param captured when a web archive captured it
   * @param charset how the bytes were decoded
   */
  public record Rendered(
      List<String> lines,
      List<Origin> origins,
      List<List<Segment>> segments,
      List<List<Hyperlink>> links,
      Optional<String> htmlTitle,
      Optional<URI> originalUrl,
      Optional<LocalDateTime> captured,
      Charset charset) {}

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.+-]+)");

  /** A web-archive rewritten URL: {@code /web/20050301000000im_/http://www.itu.int/...}. */
  private static final Pattern ARCHIVED =
      Pattern.compile("(?i)^(?:https?://[^/]*archive[^/]*)?/web/(\\d{4,14})(?:[a-z]{2}_)?/(.+)$");

  /** The Wayback Machine's own script call naming the page and the capture. */
  private static final Pattern WOMBAT = Pattern.compile("wombat\\(\"([^\"]+)\",\\s*\"(\\d{14})\"");

  /** The comment the Wayback Machine appends: {@code FILE ARCHIVED ON 10:20:30 Mar 01, 2005}. */
  private static final Pattern ARCHIVED_ON =
      Pattern.compile("FILE ARCHIVED ON (\\d{1,2}:\\d{2}:\\d{2} [A-Z][a-z]{2} \\d{1,2}, \\d{4})");

  private HtmlPage() {}

  /**
   * Decodes, parses and renders a page.
   *
   * @param bytes the page's bytes
   * @param base what relative links are resolved against when the page names no base and no
   *     original URL ({@code null}: links stay as written)
   * @return the rendered lines and what the page says about itself
   */
  public static Rendered render(byte[] bytes, URI base) {
    return render(bytes, base, null);
  }

  /**
   * Decodes, parses and renders a page whose transport named its charset (an HTTP {@code
   * Content-Type}): a byte order mark still wins, then the transport's charset, then the page's own
   * {@code <meta>}, as browsers decide.
   *
   * @param bytes the page's bytes
   * @param base see {@link #render(byte[], URI)}
   * @param declared the transport's charset, or {@code null}
   * @return the rendered lines and what the page says about itself
   */
  public static Rendered render(byte[] bytes, URI base, Charset declared) {
    Charset charset =
        declared != null && bomLength(bytes) == 0
            ? named(declared.name()).orElse(declared)
            : charset(bytes);
    int skip = bomLength(bytes);
    String html = new String(bytes, skip, bytes.length - skip, charset);
    Optional<URI> original = Optional.empty();
    Optional<LocalDateTime> captured = Optional.empty();
    Matcher wombat = WOMBAT.matcher(html);
    if (wombat.find()) {
      original = uri(wombat.group(1));
      captured = timestamp(wombat.group(2));
    }
    Matcher archivedOn = ARCHIVED_ON.matcher(html);
    if (captured.isEmpty() && archivedOn.find()) {
      try {
        captured =
            Optional.of(
                LocalDateTime.parse(
                    archivedOn.group(1),
                    DateTimeFormatter.ofPattern("H:mm:ss MMM d, yyyy", Locale.ENGLISH)));
      } catch (DateTimeParseException e) {
        captured = Optional.empty();
      }
    }
    Parser parser = Parser.htmlParser().setTrackPosition(true).setMaxDepth(MAX_DEPTH);
    Document doc = parser.parseInput(html, "");
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      Optional<URI> named = uri(unarchived(canonical.attr("href")));
      if (named.isPresent() && named.get().isAbsolute()) {
        original = named;
      }
    }
    URI resolveAgainst = original.orElse(base);
    Element baseElement = doc.selectFirst("base[href]");
    if (baseElement != null) {
      String href = baseElement.attr("href").strip();
      Optional<URI> named = uri(unarchived(href));
      if (named.isPresent() && named.get().isAbsolute()) {
        resolveAgainst = named.get();
        // the Wayback Machine of the 2000s named the archived page itself as the base
        Matcher archived = ARCHIVED.matcher(href);
        if (archived.matches() && original.isEmpty()) {
          original = named;
          captured = captured.isPresent() ? captured : timestamp(archived.group(1));
        }
      }
    }
    Optional<String> title =
        Optional.ofNullable(doc.selectFirst("title"))
            .map(t -> t.text().strip())
            .filter(t -> !t.isEmpty());
    dropUnseen(doc);
    Renderer renderer = new Renderer(resolveAgainst);
    renderer.traverse(doc.body() != null ? doc.body() : doc);
    renderer.end();
    return new Rendered(
        renderer.lines,
        renderer.origins,
        renderer.segments,
        renderer.links,
        title,
        original,
        captured,
        charset);
  }

  /**
   * How browsers decode the page: a byte order mark, else the {@code <meta>} charset (ISO-8859-1
   * and US-ASCII read as windows-1252, as the WHATWG Encoding Standard says), else UTF-8 if the
   * bytes are valid UTF-8, else windows-1252.
   */
  static Charset charset(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher meta = META_CHARSET.matcher(head);
    if (meta.find()) {
      Optional<Charset> declared = named(meta.group(1));
      if (declared.isPresent()) {
        return declared.get();
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return WINDOWS_1252;
    }
  }

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** A declared charset, by its WHATWG meaning. */
  static Optional<Charset> named(String label) {
    String name = label.toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1")
        || name.equals("iso8859-1")
        || name.equals("latin1")
        || name.equals("l1")
        || name.equals("us-ascii")
        || name.equals("ascii")
        || name.equals("windows-1252")
        || name.equals("cp1252")
        || name.equals("x-cp1252")) {
      return Optional.of(WINDOWS_1252);
    }
    if (name.startsWith("utf-16")) {
      return Optional.of(StandardCharsets.UTF_8); // a meta read as ASCII cannot be UTF-16
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalArgumentException e) { // illegal or unsupported name
      return Optional.empty();
    }
  }

  private static int bomLength(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return 3;
    }
    if (bytes.length >= 2
        && (((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)
            || ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe))) {
      return 2;
    }
    return 0;
  }

  /** The original URL behind a web archive's rewritten one; any other URL as it is. */
  static String unarchived(String url) {
    Matcher m = ARCHIVED.matcher(url.strip());
    if (!m.matches()) {
      return url.strip();
    }
    String original = m.group(2);
    if (original.matches("(?i)https?:/[^/].*")) {
      original = original.replaceFirst(":/", "://"); // some archives collapse the double slash
    }
    return original.matches("(?i)[a-z][a-z0-9+.-]*:.*") ? original : "http://" + original;
  }

  private static Optional<URI> uri(String text) {
    try {
      return Optional.of(new URI(text.strip().replace(" ", "%20")));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDateTime> timestamp(String digits) {
    try {
      return Optional.of(
          LocalDateTime.parse(digits, DateTimeFormatter.ofPattern("uuuuMMddHHmmss")));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Removes what a reader never sees, and the web archive's toolbar. */
  private static void dropUnseen(Document doc) {
    List<Node> drop = new ArrayList<>();
    boolean[] inToolbar = {false};
    doc.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Comment c) {
              String data = c.getData();
              if (data.contains("BEGIN WAYBACK TOOLBAR INSERT")) {
                inToolbar[0] = true;
              } else if (data.contains("END WAYBACK TOOLBAR INSERT")) {
                inToolbar[0] = false;
              }
              drop.add(node);
            } else if (inToolbar[0] && node.parent() != null && !drop.contains(node.parent())) {
              drop.add(node);
            } else if (node instanceof Element e && unseen(e)) {
              drop.add(node);
            }
          }
        });
    for (Node node : drop) {
      if (node.parent() != null) {
        node.remove();
      }
    }
  }

  private static boolean unseen(Element e) {
    String tag = e.normalName();
    if (switch (tag) {
      case "script",
          "style",
          "noscript",
          "template",
          "form",
          "select",
          "textarea",
          "button",
          "input",
          "iframe",
          "object",
          "embed",
          "head" ->
          true;
      default -> false;
    }) {
      return true;
    }
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
    if (style.contains("display:none") || style.contains("visibility:hidden")) {
      return true;
    }
    String id = e.id();
    return id.startsWith("wm-ipp") || id.equals("donato");
  }

  /** Lays out the body as lines, as a text browser would. */
  private static final class Renderer implements NodeVisitor {
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

    Renderer(URI base) {
      this.base = base;
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
        case "a" -> openLinks.add(new int[] {built, line.length()});
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
      Origin at = origin(node);
      if (line.isEmpty()) {
        origin = at;
        String shown = text.strip();
        if (bullet && !shown.equals("go") && !shown.startsWith("go ")) {
          line.append(CharClass.LIST_BULLET).append(' ');
        }
      }
      bullet = false;
      lineSegments.add(new Segment(line.length(), at));
      if (!text.isBlank() && bold == 0) {
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
      StringBuilder out = new StringBuilder(text.length());
      boolean space = false;
      for (int i = 0; i < text.length(); i++) {
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
      int column = range.start().columnNumber();
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
          origins.add(origin);
          segments.add(List.of());
          links.add(List.of());
        }
        lines.add(text);
        origins.add(origin);
        segments.add(List.copyOf(lineSegments));
        links.add(List.copyOf(lineLinks));
        blanksBefore = Math.max(0, breaks - 1);
      } else {
        blanksBefore = Math.max(blanksBefore, breaks - 1);
      }
      line.setLength(0);
      lineLinks = new ArrayList<>();
      lineSegments = new ArrayList<>();
      breaks = 0;
      allBold = true;
      built++;
    }

    /** How many lines were begun: identifies the line being built for the links on it. */
    private int built;

    private void closeLink(Element a) {
      if (openLinks.isEmpty()) {
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
      Optional<URI> target = uri(unarchived(href));
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
      lineLinks.add(new Hyperlink(text, uri));
    }

    void end() {
      if (!line.isEmpty()) {
        flush();
      }
    }
  }
}
