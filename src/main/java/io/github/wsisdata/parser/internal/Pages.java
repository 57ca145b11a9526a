package io.github.wsisdata.parser.internal;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.WsisDocument;
import java.util.List;

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
    return read(text, Limits.DEFAULT, List.of());
  }

  /**
   * Reads a whole page with limits, adding diagnostics found before parsing (such as malformed
   * UTF-8).
   *
   * @param text the page text; a leading byte-order mark is ignored
   * @param limits size limits (the input size must have been checked by the caller)
   * @param earlier diagnostics from decoding
   * @return the document with all diagnostics
   */
  public static WsisDocument read(CharSequence text, Limits limits, List<Diagnostic> earlier) {
    CharSequence body =
        text.length() > 0 && text.charAt(0) == '\uFEFF' ? text.subSequence(1, text.length()) : text;
    DocumentAssembler assembler = new DocumentAssembler();
    earlier.forEach(assembler::diagnostic);
    new PageReader(assembler, limits).read(new Lines(body));
    return assembler.build();
  }
}
