package io.github.wsisdata.parser;

import java.io.Serializable;
import java.net.URI;
import java.util.Objects;

/**
 * A hyperlink found in an entry of an HTML page: the text it was on and where it points, made
 * absolute (against the page's {@code <base href>} or its original URL) and, for a web-archive
 * copy, the original URL rather than the archive's rewritten one.
 *
 * @param text the link's text as rendered (may be empty, for example an image with no alt text)
 * @param target where it points
 * @serial exclude (the serialized form is described in docs/usage.md)
 */
public record Hyperlink(String text, URI target) implements Serializable {
  /**
   * Checks the values.
   *
   * @param text see {@link #text()}
   * @param target see {@link #target()}
   * @throws NullPointerException if a value is null
   */
  public Hyperlink {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(target, "target");
  }
}
