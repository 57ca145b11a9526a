package io.github.wsisdata.parser.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes parsed pages in one output format; the same input always gives the same bytes. */
interface DocumentWriter {
  void write(List<SourcedDocument> documents, Writer out) throws IOException;

  static DocumentWriter of(Format format, boolean excel, boolean flat) {
    return switch (format) {
      case TABLE -> new TableWriter();
      case JSON -> flat ? new FlatWriter(false) : new JsonWriter();
      case JSONL -> new FlatWriter(true);
      case CSV -> new CsvWriter(excel);
      case ICS -> new IcsWriter();
      case JSONLD -> new JsonLdWriter();
    };
  }
}
