package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.Meeting;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One RFC 4180 row per meeting (Apache Commons CSV), with a header row. */
final class CsvWriter implements DocumentWriter {
  static final String[] HEADER = {
    "id",
    "source",
    "section",
    "start",
    "end",
    "city",
    "country",
    "country_code",
    "online",
    "organizers",
    "title",
    "description",
    "line"
  };

  @Override
  public void write(List<SourcedDocument> documents, Writer out) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
    CSVPrinter printer = new CSVPrinter(out, format);
    for (SourcedDocument d : documents) {
      for (Meeting m : d.document().meetings()) {
        printer.printRecord(
            m.id(),
            d.source(),
            m.section(),
            m.dates().start(),
            m.dates().end(),
            m.place().city().orElse(""),
            m.place().country().orElse(""),
            m.place().countryCode().orElse(""),
            m.place().online(),
            String.join("; ", m.organizers()),
            m.title(),
            m.description(),
            m.line());
      }
    }
    printer.flush();
  }
}
