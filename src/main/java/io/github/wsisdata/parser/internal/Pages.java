package io.github.wsisdata.parser.internal;

import io.github.wsisdata.parser.WsisDocument;

/** Entry point of the internals: text in, document out. */
public final class Pages {
  private Pages() {}

  /**
   * Reads a whole page (or several concatenated pages) into a document, leniently.
   *
   * @param text the page text; a leading byte-order mark is ignored
   * @return the document with all diagnostics
   */
  public static WsisDocument read(CharSequence text) {
    CharSequence body =
        text.length() > 0 && text.charAt(0) == '\uFEFF' ? text.subSequence(1, text.length()) : text;
    DocumentAssembler assembler = new DocumentAssembler();
    new PageReader(assembler).read(new Lines(body));
    return assembler.build();
  }
}
