package io.github.wsisdata.parser.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.Place;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A schema.org {@code ItemList} of {@code Event}s as JSON-LD (written with Jackson). */
final class JsonLdWriter implements DocumentWriter {
  static final String OFFLINE = "https://schema.org/OfflineEventAttendanceMode";
  static final String ONLINE = "https://schema.org/OnlineEventAttendanceMode";

  @Override
  public void write(List<SourcedDocument> documents, Writer out) throws IOException {
    ObjectNode root = Json.object();
    root.put("@context", "https://schema.org");
    root.put("@type", "ItemList");
    ArrayNode items = root.putArray("itemListElement");
    int position = 0;
    for (SourcedDocument d : documents) {
      for (Meeting m : d.document().meetings()) {
        ObjectNode item = items.addObject();
        item.put("@type", "ListItem");
        item.put("position", ++position);
        item.set("item", event(m));
      }
    }
    root.put("numberOfItems", position);
    Json.write(root, out);
  }

  private static ObjectNode event(Meeting m) {
    ObjectNode event = Json.object();
    event.put("@type", "Event");
    event.put("name", m.title());
    event.put("startDate", m.dates().start().toString());
    event.put("endDate", m.dates().end().toString());
    Place p = m.place();
    if (p.online()) {
      event.put("eventAttendanceMode", ONLINE);
      event.putObject("location").put("@type", "VirtualLocation");
    } else {
      event.put("eventAttendanceMode", OFFLINE);
      if (!p.equals(Place.NONE)) {
        ObjectNode location = event.putObject("location");
        location.put("@type", "Place");
        location.put("name", p.displayName());
        ObjectNode address = location.putObject("address");
        address.put("@type", "PostalAddress");
        p.city().ifPresent(c -> address.put("addressLocality", c));
        p.countryCode().or(p::country).ifPresent(c -> address.put("addressCountry", c));
      }
    }
    ArrayNode organizers = event.putArray("organizer");
    for (String name : m.organizers()) {
      ObjectNode org = organizers.addObject();
      org.put("@type", "Organization");
      org.put("name", name);
    }
    event.put("description", m.description());
    return event;
  }
}
