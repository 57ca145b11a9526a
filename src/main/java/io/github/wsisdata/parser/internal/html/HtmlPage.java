package io.github.wsisdata.parser.internal.html;

import io.github.wsisdata.parser.Hyperlink;
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
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
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
   * @param problems what a browser hides that the page may not have meant to hide (an element left
   *     open to the end of the page), to report as warnings
   */
  public record Rendered(
      List<String> lines,
      List<Origin> origins,
      List<List<Segment>> segments,
      List<List<Hyperlink>> links,
      Optional<String> htmlTitle,
      Optional<URI> originalUrl,
      Optional<LocalDateTime> captured,
      Charset charset,
      List<Problem> problems) {}

  /**
   * A place in the HTML where text is lost as a browser loses it.
   *
   * @param malformed whether it is about bytes that are not valid UTF-8 (an error, as for text
   *     input) rather than hidden text (a warning)
   * @param line 1-based line in the HTML
   * @param column 1-based column
   * @param message plain English
   */
  public record Problem(boolean malformed, int line, int column, String message) {}

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
    Charset charset = charset(bytes, declared);
    int skip = bomLength(bytes);
    String html = decode(bytes, charset);
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
    List<Problem> problems = new ArrayList<>(unclosed(doc, html));
    if (charset.equals(StandardCharsets.UTF_8)) {
      problems.addAll(0, HtmlCharsets.malformedUtf8(bytes, skip));
    }
    dropUnseen(doc);
    HtmlRenderer renderer = new HtmlRenderer(resolveAgainst, html);
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
        charset,
        List.copyOf(problems));
  }

  /**
   * The lines of a page's body, as {@link #render(byte[], URI, Charset)} lays them out, without
   * their positions and links and without what the page says about itself: a quicker look at its
   * text (parsed without positions, rendered once), to tell whether it can hold an entry.
   *
   * @param bytes the page's bytes
   * @param declared the transport's charset, or {@code null}
   * @return the lines, the same as {@link Rendered#lines()} of a full rendering
   */
  public static List<String> lines(byte[] bytes, Charset declared) {
    String html = decode(bytes, charset(bytes, declared));
    Document doc = Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(html, "");
    HtmlRenderer renderer = new HtmlRenderer();
    Element body = doc.body();
    if (html.contains(TOOLBAR_BEGIN) || body == null || unseen(body)) {
      dropUnseen(doc);
      renderer.traverse(doc.body() != null ? doc.body() : doc);
    } else {
      // with no toolbar, what dropUnseen takes out is each comment and unseen element with all
      // under it: passed over here, as if taken out
      NodeTraversor.filter(
          new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
              if (dropped(node)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              renderer.head(node, depth);
              return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
              renderer.tail(node, depth);
              return FilterResult.CONTINUE;
            }
          },
          body);
    }
    renderer.end();
    return renderer.lines;
  }

  /** The charset a page is read in: a byte order mark, else the transport's, else its own. */
  private static Charset charset(byte[] bytes, Charset declared) {
    return declared != null && bomLength(bytes) == 0
        ? HtmlCharsets.named(declared.name()).orElse(declared)
        : charset(bytes);
  }

  /** The page's text: decoded after its byte order mark, lone carriage returns as line feeds. */
  private static String decode(byte[] bytes, Charset charset) {
    int skip = bomLength(bytes);
    return loneCarriageReturns(new String(bytes, skip, bytes.length - skip, charset));
  }

  /**
   * A carriage return not followed by a line feed (old Mac line ends) as a line feed: the parser
   * counts lines by line feeds, and a page's positions must count its lines. The length, and so
   * every column, stays the same.
   */
  private static String loneCarriageReturns(String html) {
    int cr = html.indexOf('\r');
    if (cr < 0) {
      return html;
    }
    char[] chars = html.toCharArray();
    for (int i = cr; i < chars.length; i++) {
      if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
        chars[i] = '\n';
      }
    }
    return new String(chars);
  }

  /** Elements whose content is raw text: left open, they hide the rest of the page. */
  private static final java.util.Set<String> RAW_TEXT =
      java.util.Set.of("script", "style", "textarea", "title", "xmp", "noembed", "noframes");

  /**
   * An element whose content is raw text, or a comment, left open to the end of the page: a browser
   * shows nothing of the rest of the page, and neither does the reader, but it says so.
   */
  private static List<Problem> unclosed(Document doc, String html) {
    List<Problem> problems = new ArrayList<>();
    doc.traverse(
        (node, depth) -> {
          String what = null;
          String hidden = "";
          if (node instanceof Element e
              && RAW_TEXT.contains(e.normalName())
              && e.sourceRange().isTracked()
              && (!e.endSourceRange().isTracked()
                  || e.endSourceRange().startPos() == e.endSourceRange().endPos())) {
            // no end tag: jsoup closes it at the end of the input, with an empty end range
            what = "<" + e.normalName() + ">";
            hidden = e.data() + e.wholeText();
          } else if (node instanceof Comment c
              && c.sourceRange().isTracked()
              && c.sourceRange().endPos() >= html.length()
              && !html.stripTrailing().endsWith("-->")) {
            what = "comment <!--";
            hidden = c.getData();
          }
          if (what != null && hidden.chars().anyMatch(Character::isLetterOrDigit)) {
            org.jsoup.nodes.Range.Position at = node.sourceRange().start();
            problems.add(
                new Problem(
                    false,
                    at.lineNumber(),
                    at.columnNumber(),
                    "a "
                        + what
                        + " is never closed: the rest of the page ("
                        + hidden.length()
                        + " characters) is hidden, as a browser hides it, and was not read"));
          }
        });
    return problems;
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
      Optional<Charset> declared = HtmlCharsets.named(meta.group(1));
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

  static Optional<URI> uri(String text) {
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

  private static final String TOOLBAR_BEGIN = "BEGIN WAYBACK TOOLBAR INSERT";
  private static final String TOOLBAR_END = "END WAYBACK TOOLBAR INSERT";

  /**
   * Removes what a reader never sees, and the web archive's toolbar: the nodes between a comment
   * that is exactly {@code BEGIN WAYBACK TOOLBAR INSERT} and the next that is exactly {@code END
   * WAYBACK TOOLBAR INSERT} (a marker with no partner, or a comment that only mentions one, drops
   * nothing but itself). The nodes are taken out parent by parent, each parent's children rebuilt
   * once, so that dropping many nodes costs linear time.
   */
  private static void dropUnseen(Document doc) {
    java.util.Set<Node> drop =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Comment> comments = new ArrayList<>();
    doc.traverse(
        (node, depth) -> {
          if (node instanceof Comment c) {
            comments.add(c);
          }
          if (dropped(node)) {
            drop.add(node); // what the second look drops too, when there is no toolbar
          }
        });
    java.util.Set<Node> toolbarEdges =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Comment begin = null;
    for (Comment c : comments) {
      String data = c.getData().strip();
      if (data.equals(TOOLBAR_BEGIN)) {
        begin = c;
      } else if (data.equals(TOOLBAR_END) && begin != null) {
        toolbarEdges.add(begin);
        toolbarEdges.add(c);
        begin = null;
      }
    }
    if (!toolbarEdges.isEmpty()) {
      dropToolbar(doc, toolbarEdges, drop);
    }
    java.util.Map<Node, List<Node>> byParent = new java.util.IdentityHashMap<>();
    for (Node node : drop) {
      Node parent = node.parent();
      if (parent != null && !drop.contains(parent)) {
        byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(node);
      }
    }
    byParent.forEach(
        (parent, gone) -> {
          if (gone.size() < 8 || !(parent instanceof Element element)) {
            gone.forEach(Node::remove);
            return;
          }
          List<Node> kept = new ArrayList<>(parent.childNodeSize());
          for (Node child : parent.childNodes()) {
            if (!drop.contains(child)) {
              kept.add(child);
            }
          }
          element.empty();
          element.appendChildren(kept);
        });
  }

  /** What {@link #dropUnseen} takes out on any page: a comment, an element no reader sees. */
  private static boolean dropped(Node node) {
    return node instanceof Comment || (node instanceof Element e && unseen(e));
  }

  /**
   * The second look of {@link #dropUnseen}, on a page with a toolbar: what lies between its markers
   * is dropped too (the comments and unseen elements are in {@code drop} already).
   */
  private static void dropToolbar(
      Document doc, java.util.Set<Node> toolbarEdges, java.util.Set<Node> drop) {
    boolean[] inToolbar = {false};
    doc.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Comment) {
              if (toolbarEdges.contains(node)) {
                inToolbar[0] = ((Comment) node).getData().strip().equals(TOOLBAR_BEGIN);
              }
              drop.add(node);
            } else if (inToolbar[0] && node.parent() != null && !drop.contains(node.parent())) {
              drop.add(node);
            } else if (node instanceof Element e && unseen(e)) {
              drop.add(node);
            }
          }
        });
  }

  /**
   * Whether an inline style hides the element: a declaration {@code display: none} or {@code
   * visibility: hidden} (with or without {@code !important}), not a property that merely contains
   * the words ({@code overflow: hidden}, {@code --display: none-ish}).
   */
  static boolean hiddenByStyle(String style) {
    if (style.isEmpty()) {
      return false;
    }
    for (String declaration : style.split(";")) {
      int colon = declaration.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value =
          declaration
              .substring(colon + 1)
              .replace("!important", "")
              .strip()
              .toLowerCase(Locale.ROOT);
      if ((property.equals("display") && value.equals("none"))
          || (property.equals("visibility") && value.equals("hidden"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean unseen(Element e) {
    String tag = e.normalName();
    if (switch (tag) {
      case "script",
          "style",
          "noscript",
          "template",
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
    if (hiddenByStyle(e.attr("style"))) {
      return true;
    }
    String id = e.id();
    return id.startsWith("wm-ipp") || id.equals("donato");
  }
}
