package io.github.wsisdata.parser.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.Place;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import java.util.function.Function;

/** A schema.org {@code ItemList} of {@code Event}s as JSON-LD (written with Jackson). */
final class JsonLdWriter implements DocumentWriter {
  static final String OFFLINE = "https://schema.org/OfflineEventAttendanceMode";
  static final String ONLINE = "https://schema.org/OnlineEventAttendanceMode";

  private JsonGenerator generator;
  private int position;

  @Override
  public void begin(Writer out, int inputs) throws IOException {
    generator = Json.generator(out);
    generator.writeStartObject();
    generator.writeStringField("@context", "https://schema.org");
    generator.writeStringField("@type", "ItemList");
    generator.writeArrayFieldStart("itemListElement");
  }

  @Override
  public void document(Page d, Writer out) throws IOException {
    Function<CrossReference, Optional<Page.Target>> resolved = d::resolved;
    d.entries(
        entry -> {
          ObjectNode event;
          if (entry instanceof Meeting m) {
            event = event(m);
          } else if (entry instanceof CrossReference c) {
            event = reference(c, resolved.apply(c));
          } else {
            return;
          }
          ObjectNode item = Json.object();
          item.put("@type", "ListItem");
          item.put("position", ++position);
          item.set("item", event);
          Json.tree(generator, item);
        });
  }

  @Override
  public void end(Writer out) throws IOException {
    generator.writeEndArray();
    generator.writeNumberField("numberOfItems", position);
    generator.writeEndObject();
    Json.finish(generator, out);
  }

  /**
   * A cross-reference: an Event of its own dates whose {@code name} is the referenced title, with
   * the note as its {@code disambiguatingDescription}. When it resolves to a meeting of the same
   * dates it is that meeting ({@code sameAs} its {@code @id}); to a meeting of other dates (a
   * follow-up meeting of a conference) it is not, and points to it with {@code about}.
   */
  private static ObjectNode reference(CrossReference c, Optional<Page.Target> target) {
    ObjectNode event = Json.object();
    event.put("@id", "urn:uuid:" + c.id());
    event.put("@type", "Event");
    event.put("name", c.referencedTitle());
    event.put("startDate", c.dates().start().toString());
    event.put("endDate", c.dates().end().toString());
    event.put("disambiguatingDescription", c.note());
    target.ifPresent(
        m -> {
          if (m.dates().equals(c.dates())) {
            event.put("sameAs", "urn:uuid:" + m.id());
          } else {
            event.putObject("about").put("@id", "urn:uuid:" + m.id());
          }
        });
    if (!c.description().isEmpty()) {
      event.put("description", c.description());
    }
    return event;
  }

  /**
   * A schema.org Event: {@code @id} is the meeting's stable ID as a {@code urn:uuid:}; empty values
   * are left out; the attendance mode is the schema.org IRI, and only where the line says where the
   * meeting was (online, or a place).
   */
  private static ObjectNode event(Meeting m) {
    ObjectNode event = Json.object();
    event.put("@id", "urn:uuid:" + m.id());
    event.put("@type", "Event");
    if (!m.title().isEmpty()) {
      event.put("name", m.title());
    }
    event.put("startDate", m.dates().start().toString());
    event.put("endDate", m.dates().end().toString());
    Place p = m.place();
    if (p.online()) {
      event.putObject("eventAttendanceMode").put("@id", ONLINE);
      event.putObject("location").put("@type", "VirtualLocation");
    } else if (!p.equals(Place.NONE)) {
      event.putObject("eventAttendanceMode").put("@id", OFFLINE);
      ObjectNode location = event.putObject("location");
      location.put("@type", "Place");
      location.put("name", p.displayName());
      ObjectNode address = location.putObject("address");
      address.put("@type", "PostalAddress");
      p.city().ifPresent(c -> address.put("addressLocality", c));
      p.countryCode().or(p::country).ifPresent(c -> address.put("addressCountry", c));
      p.location()
          .ifPresent(
              at -> {
                ObjectNode geo = location.putObject("geo");
                geo.put("@type", "GeoCoordinates");
                geo.put("latitude", at.latitude());
                geo.put("longitude", at.longitude());
                location.put("sameAs", at.geonamesUri().toString());
              });
    }
    if (!m.organizers().isEmpty()) {
      ArrayNode organizers = event.putArray("organizer");
      for (io.github.wsisdata.parser.Organization o : m.organizations()) {
        ObjectNode org = organizers.addObject();
        org.put(
            "@type",
            o.kind().orElse(null) == io.github.wsisdata.parser.Organization.Kind.GOVERNMENT
                ? "GovernmentOrganization"
                : "Organization");
        org.put("name", o.name().orElse(o.text()));
        o.acronym().ifPresent(a -> org.put("alternateName", a));
        o.countryCode().ifPresent(c -> org.put("areaServed", c));
      }
    }
    if (!m.description().isEmpty()) {
      event.put("description", m.description());
    }
    // schema.org: url is the event's page (the first hyperlink), subjectOf the documents about it
    if (!m.links().isEmpty()) {
      event.put("url", m.links().get(0).target().toString());
      ArrayNode documents = event.putArray("subjectOf");
      for (io.github.wsisdata.parser.Hyperlink link : m.links()) {
        ObjectNode work = documents.addObject();
        work.put("@type", "CreativeWork");
        if (!link.text().isEmpty()) {
          work.put("name", link.text());
        }
        work.put("url", link.target().toString());
      }
    }
    return event;
  }
}
