package io.github.wsisdata.parser.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/** Jackson set up once: tree nodes in a fixed field order, two-space indent, "\n" line ends. */
final class Json {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Json() {}

  /**
   * A date-time as every format writes it: ISO 8601 with its seconds ({@code 2008-08-20T10:00:00},
   * never {@code 2008-08-20T10:00}), so that a column holds one shape.
   */
  static String dateTime(java.time.LocalDateTime time) {
    return time.format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  /** Hyperlinks as {@code [{"text": ..., "url": ...}]}. */
  static ArrayNode links(List<io.github.wsisdata.parser.Hyperlink> links) {
    ArrayNode array = NODES.arrayNode();
    for (io.github.wsisdata.parser.Hyperlink link : links) {
      ObjectNode node = array.addObject();
      node.put("text", link.text());
      node.put("url", link.target().toString());
    }
    return array;
  }

  /**
   * The canonical acronyms of a meeting's known organizations (else their canonical names), in
   * order, separated by "; " ("" if none is known).
   */
  static String acronyms(io.github.wsisdata.parser.Meeting m) {
    return m.organizations().stream()
        .filter(io.github.wsisdata.parser.Organization::known)
        .map(o -> o.acronym().or(o::name).orElseThrow())
        .distinct()
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** A place's location as JSON ({@code null} when it has none). */
  static void location(ObjectNode node, String field, io.github.wsisdata.parser.Place place) {
    Optional<io.github.wsisdata.parser.Location> at = place.location();
    if (at.isEmpty()) {
      node.putNull(field);
      return;
    }
    ObjectNode l = node.putObject(field);
    l.put("geonameId", at.get().geonameId());
    l.put("name", at.get().name());
    l.put("countryCode", at.get().countryCode());
    l.put("latitude", at.get().latitude());
    l.put("longitude", at.get().longitude());
  }

  /** A meeting's organizations as a JSON array. */
  static com.fasterxml.jackson.databind.node.ArrayNode organizations(
      io.github.wsisdata.parser.Meeting m) {
    com.fasterxml.jackson.databind.node.ArrayNode out = object().arrayNode();
    for (io.github.wsisdata.parser.Organization o : m.organizations()) {
      ObjectNode node = out.addObject();
      node.put("text", o.text());
      put(node, "acronym", o.acronym());
      put(node, "name", o.name());
      put(node, "kind", o.kind().map(k -> k.name().toLowerCase(java.util.Locale.ROOT)));
      put(node, "countryCode", o.countryCode());
    }
    return out;
  }

  static void put(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }

  /**
   * A streaming generator with the shared layout (two-space indent, {@code "\n"} line ends): values
   * written one by one give the same bytes as one tree written at once. The generator never closes
   * {@code out}.
   */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator generator = MAPPER.getFactory().createGenerator(out);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.setPrettyPrinter(PRETTY.createInstance());
    return generator;
  }

  /** Writes one tree at the generator's position. */
  static void tree(JsonGenerator generator, JsonNode node) throws IOException {
    MAPPER.writeTree(generator, node);
  }

  /**
   * Writes one tree and a line break: indented as the other JSON output, or compact on one line
   * (JSON Lines).
   */
  static void write(JsonNode node, Writer out, boolean indented) throws IOException {
    if (indented) {
      JsonGenerator generator = generator(out);
      tree(generator, node);
      finish(generator, out);
    } else {
      out.write(MAPPER.writeValueAsString(node));
      out.write("\n");
    }
  }

  /** Ends a document written through a generator: flushed, then a final line break. */
  static void finish(JsonGenerator generator, Writer out) throws IOException {
    generator.flush();
    out.write("\n");
  }
}
