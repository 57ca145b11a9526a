package io.github.wsisdata.parser;

/** What a page's bytes are: plain text, HTML, or told by their content and file name. */
public enum InputFormat {
  /**
   * HTML when the file name ends in {@code .html}, {@code .htm}, {@code .shtml}, {@code .xhtml},
   * {@code .asp}, {@code .aspx}, {@code .jsp} or {@code .php}, or when the first 4 KiB hold a
   * doctype, an {@code <html>} tag or two HTML tags; else text. The default.
   */
  AUTO,
  /** Plain text: a text browser's rendering or a text dump. */
  TEXT,
  /** An HTML page, as saved from a browser or a web archive. */
  HTML;

  private static final java.util.List<String> HTML_NAMES =
      java.util.List.of(".html", ".htm", ".shtml", ".xhtml", ".asp", ".aspx", ".jsp", ".php");

  /**
   * Whether a file name ends like an HTML page's ({@code .html}, {@code .htm}, {@code .shtml},
   * {@code .xhtml}, {@code .asp}, {@code .aspx}, {@code .jsp}, {@code .php}, in any case): what
   * {@link #AUTO} reads as HTML by its name.
   *
   * @param name a file name
   * @return true for an HTML page's name
   */
  public static boolean isHtmlFileName(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return HTML_NAMES.stream().anyMatch(lower::endsWith);
  }
}
