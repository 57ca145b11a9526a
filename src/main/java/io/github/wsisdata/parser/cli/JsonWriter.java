package io.github.wsisdata.parser.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wsisdata.parser.ArchiveRecord;
import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.DateRange;
import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.Link;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.SourceInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole documents as JSON, with the field names documented in {@code docs/cli.md} and {@code
 * docs/wsis-document.schema.json}. Dates are ISO 8601 strings; absent values are {@code null}.
 */
final class JsonWriter implements DocumentWriter {

  /** How many pages were written. */
  private int pages;

  @Override
  public void begin(Writer out, int inputs) throws IOException {
    out.write("{\n  \"documents\" : [");
  }

  /** A held page needs no other page: it is made into its bytes on the thread that parsed it. */
  @Override
  public boolean rendersAlone() {
    return true;
  }

  @Override
  public String render(Page d) throws IOException {
    java.io.StringWriter text = new java.io.StringWriter();
    write(d, new Indented(text));
    return text.toString();
  }

  @Override
  public void rendered(String page, Writer out) throws IOException {
    out.write(pages++ == 0 ? "\n    " : ",\n    ");
    out.write(page);
  }

  /** A page read again from its file: written as it is read, never held. */
  @Override
  public void document(Page d, Writer out) throws IOException {
    out.write(pages++ == 0 ? "\n    " : ",\n    ");
    Indented indented = new Indented(out);
    write(d, indented);
    indented.flush();
  }

  /**
   * Two levels deeper: what Jackson's pretty printer writes at the top level, with every line after
   * the first indented by four spaces, is what it writes inside {@code "documents"} (a JSON string
   * holds no raw line break, so every line break is the printer's).
   */
  private static final class Indented extends java.io.FilterWriter {
    Indented(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      out.write(c);
      if (c == '\n') {
        out.write("    ");
      }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
      int from = off;
      for (int i = off; i < off + len; i++) {
        if (chars[i] == '\n') {
          out.write(chars, from, i - from + 1);
          out.write("    ");
          from = i + 1;
        }
      }
      out.write(chars, from, off + len - from);
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
      write(text.toCharArray(), off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /**
   * One page through a streaming generator of its own, entry by entry: a page is never one tree in
   * memory (a page read again from its file is never held at all).
   */
  private static void write(Page d, Writer out) throws IOException {
    JsonGenerator generator = Json.generator(out);
    generator.writeStartObject();
    generator.writeStringField("source", d.source());
    field(generator, "title", d.title());
    field(generator, "lastUpdated", d.lastUpdated().map(Object::toString));
    SourceInfo info = d.sourceInfo();
    generator.writeObjectFieldStart("sourceInfo");
    generator.writeStringField("format", info.format().name().toLowerCase(Locale.ROOT));
    generator.writeStringField("charset", info.charset());
    field(generator, "htmlTitle", info.htmlTitle());
    field(generator, "originalUrl", info.originalUrl().map(Object::toString));
    field(generator, "captured", info.captured().map(Json::dateTime));
    if (info.archiveRecord().isPresent()) {
      ArchiveRecord r = info.archiveRecord().get();
      generator.writeObjectFieldStart("archiveRecord");
      generator.writeStringField("file", r.file());
      generator.writeNumberField("offset", r.offset());
      generator.writeStringField("target", r.target().toString());
      generator.writeStringField("date", r.date().toString());
      generator.writeEndObject();
    } else {
      generator.writeNullField("archiveRecord");
    }
    generator.writeEndObject();
    Function<CrossReference, Optional<Page.Target>> resolved = d::resolved;
    generator.writeArrayFieldStart("sections");
    boolean[] open = {false};
    d.sections(
        new Page.SectionVisitor() {
          @Override
          public void section(String heading, String introduction) throws IOException {
            if (open[0]) {
              endSection(generator);
            }
            open[0] = true;
            generator.writeStartObject();
            generator.writeStringField("heading", heading);
            generator.writeStringField("introduction", introduction);
            generator.writeArrayFieldStart("entries");
          }

          @Override
          public void entry(Entry e) throws IOException {
            Json.tree(generator, JsonWriter.entry(e, resolved));
          }
        });
    if (open[0]) {
      endSection(generator);
    }
    generator.writeEndArray();
    generator.writeArrayFieldStart("diagnostics");
    d.diagnostics(diagnostic -> Json.tree(generator, diagnostic(diagnostic)));
    generator.writeEndArray();
    generator.writeEndObject();
    generator.flush();
  }

  private static void endSection(JsonGenerator generator) throws IOException {
    generator.writeEndArray();
    generator.writeEndObject();
  }

  private static void field(JsonGenerator generator, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      generator.writeStringField(name, value.get());
    } else {
      generator.writeNullField(name);
    }
  }

  @Override
  public void end(Writer out) throws IOException {
    out.write(pages == 0 ? " ]\n}\n" : "\n  ]\n}\n");
  }

  private static ObjectNode diagnostic(Diagnostic d) {
    ObjectNode diagnostic = Json.object();
    diagnostic.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
    diagnostic.put("code", d.code().name());
    diagnostic.put("line", d.line());
    diagnostic.put("column", d.column());
    diagnostic.put("message", d.message());
    diagnostic.put("sourceLine", d.sourceLine());
    diagnostic.put("followingText", d.followingText());
    return diagnostic;
  }

  private static ObjectNode entry(
      Entry entry, Function<CrossReference, Optional<Page.Target>> resolved) {
    ObjectNode node = Json.object();
    if (entry instanceof Meeting m) {
      node.put("type", "meeting");
      node.put("id", m.id().toString());
      source(node, entry);
      dates(node, m.dates());
      ObjectNode place = node.putObject("place");
      Json.put(place, "city", m.place().city());
      Json.put(place, "country", m.place().country());
      Json.put(place, "countryCode", m.place().countryCode());
      place.put("online", m.place().online());
      Json.location(place, "location", m.place());
      node.set("organizers", Json.strings(m.organizers()));
      node.set("organizations", Json.organizations(m));
      node.put("title", m.title());
      node.set("notes", Json.strings(m.notes()));
    } else if (entry instanceof CrossReference c) {
      node.put("type", "crossReference");
      node.put("id", c.id().toString());
      source(node, entry);
      dates(node, c.dates());
      node.put("note", c.note());
      node.put("referencedTitle", c.referencedTitle());
      resolved
          .apply(c)
          .ifPresentOrElse(
              m -> node.put("resolvesToLine", m.line()), () -> node.putNull("resolvesToLine"));
    } else {
      Link l = (Link) entry;
      node.put("type", "link");
      source(node, entry);
      node.put("text", l.text());
    }
    node.put("description", entry.description());
    node.set("links", Json.links(entry.links()));
    return node;
  }

  private static void source(ObjectNode node, Entry entry) {
    node.put("line", entry.line());
    node.put("startColumn", entry.source().startColumn());
    node.put("endColumn", entry.source().endColumn());
    node.put("rawText", entry.rawText());
  }

  private static void dates(ObjectNode node, DateRange dates) {
    node.put("start", dates.start().toString());
    node.put("end", dates.end().toString());
  }
}
