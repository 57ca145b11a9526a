package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.WsisDocument;
import java.util.Objects;

/**
 * A parsed page and where it came from.
 *
 * @param source the input as named on the command line ({@code <stdin>} for standard input)
 * @param document the parsed page
 */
record SourcedDocument(String source, WsisDocument document) {
  SourcedDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(document, "document");
  }
}
