package io.github.wsisdata.parser.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.DateRange;
import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.Link;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.Section;
import io.github.wsisdata.parser.WsisDocument;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole documents as JSON, with the field names documented in {@code docs/cli.md} and {@code
 * docs/wsis-document.schema.json}. Dates are ISO 8601 strings; absent values are {@code null}.
 */
final class JsonWriter implements DocumentWriter {

  private JsonGenerator generator;

  @Override
  public void begin(Writer out, int inputs) throws IOException {
    generator = Json.generator(out);
    generator.writeStartObject();
    generator.writeArrayFieldStart("documents");
  }

  /** One page's tree at a time, through Jackson's streaming generator. */
  @Override
  public void document(SourcedDocument d, Writer out) throws IOException {
    Json.tree(generator, document(d));
  }

  @Override
  public void end(Writer out) throws IOException {
    generator.writeEndArray();
    generator.writeEndObject();
    Json.finish(generator, out);
  }

  static ObjectNode document(SourcedDocument sourced) {
    WsisDocument doc = sourced.document();
    ObjectNode node = Json.object();
    node.put("source", sourced.source());
    Json.put(node, "title", doc.title());
    Json.put(node, "lastUpdated", doc.lastUpdated().map(Object::toString));
    Map<CrossReference, Optional<Meeting>> resolved = doc.resolveAll();
    ArrayNode sections = node.putArray("sections");
    for (Section s : doc.sections()) {
      ObjectNode section = sections.addObject();
      section.put("heading", s.heading());
      section.put("introduction", s.introduction());
      ArrayNode entries = section.putArray("entries");
      for (Entry e : s.entries()) {
        entries.add(entry(e, resolved));
      }
    }
    ArrayNode diagnostics = node.putArray("diagnostics");
    for (Diagnostic d : doc.diagnostics()) {
      ObjectNode diagnostic = diagnostics.addObject();
      diagnostic.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
      diagnostic.put("code", d.code().name());
      diagnostic.put("line", d.line());
      diagnostic.put("column", d.column());
      diagnostic.put("message", d.message());
      diagnostic.put("sourceLine", d.sourceLine());
      diagnostic.put("followingText", d.followingText());
    }
    return node;
  }

  private static ObjectNode entry(Entry entry, Map<CrossReference, Optional<Meeting>> resolved) {
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
      node.set("organizers", Json.strings(m.organizers()));
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
          .get(c)
          .ifPresentOrElse(
              m -> node.put("resolvesToLine", m.line()), () -> node.putNull("resolvesToLine"));
    } else {
      Link l = (Link) entry;
      node.put("type", "link");
      source(node, entry);
      node.put("text", l.text());
    }
    node.put("description", entry.description());
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
