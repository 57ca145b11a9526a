package io.github.wsisdata.parser.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.MeetingMerger;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One flat record per meeting and per cross-reference, every record with the same fields in the
 * same order (absent values {@code null}): as JSON Lines ({@code -f jsonl}, one compact object per
 * line, for jq, pandas {@code read_json(lines=True)} and DuckDB {@code read_json_auto}), or as one
 * JSON array ({@code -f json --flat}).
 */
final class FlatWriter implements DocumentWriter {

  private final boolean lines;

  /**
   * @param lines JSON Lines; otherwise one indented JSON array
   */
  FlatWriter(boolean lines) {
    this.lines = lines;
  }

  private JsonGenerator generator;

  @Override
  public void begin(Writer out, int inputs) throws IOException {
    if (!lines) {
      generator = Json.generator(out);
      generator.writeStartArray();
    }
  }

  /** JSON Lines: each page's lines need only the page. */
  @Override
  public boolean rendersAlone() {
    return lines;
  }

  @Override
  public void document(Page d, Writer out) throws IOException {
    Function<CrossReference, Optional<Page.Target>> resolved = d::resolved;
    d.entries(
        entry -> {
          ObjectNode record = record(d.source(), entry, resolved);
          if (record != null) {
            provenance(record, d.sourceInfo());
            emit(record, out);
          }
        });
  }

  /** One record: a line of JSON Lines, or the next element of the array. */
  private void emit(ObjectNode record, Writer out) throws IOException {
    if (lines) {
      Json.write(record, out, false);
    } else {
      Json.tree(generator, record);
    }
  }

  @Override
  public void mergedReference(
      String source, CrossReference reference, Optional<Page.Target> target, Writer out)
      throws IOException {
    ObjectNode record = record(source, reference, c -> target);
    provenance(record, io.github.wsisdata.parser.SourceInfo.UTF8_TEXT);
    emit(record, out);
  }

  /** A merged meeting: its flat record (from where it was first found) and its sources. */
  @Override
  public void merged(MeetingMerger.MergedMeeting merged, Writer out) throws IOException {
    MeetingMerger.Occurrence first = merged.occurrences().get(0);
    ObjectNode record = record(first.document(), merged.meeting(), c -> Optional.empty());
    provenance(record, io.github.wsisdata.parser.SourceInfo.UTF8_TEXT); // per source: "sources"
    ArrayNode sources = record.putArray("sources");
    for (MeetingMerger.Occurrence at : merged.occurrences()) {
      ObjectNode source = sources.addObject();
      source.put("source", at.document());
      source.put("line", at.line());
      source.put("section", at.section());
    }
    emit(record, out);
  }

  @Override
  public void end(Writer out) throws IOException {
    if (!lines) {
      generator.writeEndArray();
      Json.finish(generator, out);
    }
  }

  /** The flat record of a meeting or cross-reference; null for a link. */
  static ObjectNode record(
      String source, Entry entry, Function<CrossReference, Optional<Page.Target>> resolved) {
    ObjectNode node = Json.object();
    if (entry instanceof Meeting m) {
      node.put("id", m.id().toString());
      node.put("type", "meeting");
      common(node, source, entry, m.dates().start(), m.dates().end());
      Json.put(node, "city", m.place().city());
      Json.put(node, "country", m.place().country());
      Json.put(node, "countryCode", m.place().countryCode());
      node.put("online", m.place().online());
      node.set("organizers", Json.strings(m.organizers()));
      node.put("title", m.title());
      node.set("notes", Json.strings(m.notes()));
      node.putNull("note");
      node.putNull("resolvesToLine");
      Optional<io.github.wsisdata.parser.Location> at = m.place().location();
      if (at.isPresent()) {
        node.put("geonamesId", at.get().geonameId());
        node.put("latitude", at.get().latitude());
        node.put("longitude", at.get().longitude());
        node.put("locationCountryCode", at.get().countryCode());
      } else {
        node.putNull("geonamesId");
        node.putNull("latitude");
        node.putNull("longitude");
        node.putNull("locationCountryCode");
      }
      node.put("organizerAcronyms", Json.acronyms(m));
    } else if (entry instanceof CrossReference c) {
      node.put("id", c.id().toString());
      node.put("type", "crossReference");
      common(node, source, entry, c.dates().start(), c.dates().end());
      node.putNull("city");
      node.putNull("country");
      node.putNull("countryCode");
      node.put("online", false); // one type per column (pandas reads a column with null as float)
      node.set("organizers", Json.strings(List.of()));
      node.put("title", c.referencedTitle());
      node.set("notes", Json.strings(List.of()));
      node.put("note", c.note());
      Optional<Page.Target> target = resolved.apply(c);
      if (target.isPresent()) {
        node.put("resolvesToLine", target.get().line());
      } else {
        node.putNull("resolvesToLine");
      }
      node.putNull("geonamesId");
      node.putNull("latitude");
      node.putNull("longitude");
      node.putNull("locationCountryCode");
      node.put("organizerAcronyms", "");
    } else {
      return null;
    }
    node.put("description", entry.description());
    node.set("links", Json.links(entry.links()));
    return node;
  }

  /**
   * The page's URL and capture date (a web archive's record, a saved page's own URL), null for a
   * plain file: their own fields, beside the source's name.
   */
  static void provenance(ObjectNode node, io.github.wsisdata.parser.SourceInfo info) {
    Json.put(node, "url", info.originalUrl().map(Object::toString));
    Json.put(node, "captured", info.captured().map(Json::dateTime));
  }

  private static void common(
      ObjectNode node,
      String source,
      Entry entry,
      java.time.LocalDate start,
      java.time.LocalDate end) {
    node.put("source", source);
    node.put("line", entry.source().line());
    node.put("section", entry.section());
    node.put("start", start.toString());
    node.put("end", end.toString());
  }
}
