package io.github.wsisdata.parser;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.wsisdata.parser.internal.text.Elements;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A meeting: {@code go 28 June- 1 July 2005, Geneva (Switzerland), ITU - WSIS Thematic Meeting on
 * Cybersecurity} and its description.
 *
 * <p>Two meetings are equal when all fields are equal, their {@link #source()} included: the same
 * text on two lines is two meetings.
 *
 * @param dates the days of the meeting, inclusive
 * @param place where it took place ({@link Place#NONE} if the line names none)
 * @param organizers organizers in page order, split at {@code /} outside parentheses
 * @param title the title ({@code ""} if the line has none)
 * @param description paragraphs after the line, joined by {@code "\n\n"}
 * @param section heading of the section
 * @param notes trailing bracketed notes such as {@code Proxy site} (brackets removed)
 * @param source line, columns and raw text of the {@code go} line
 * @param links the hyperlinks on the line and in the description (HTML pages; empty for text)
 * @serial exclude (the serialized form is described in docs/usage.md)
 */
// written with its "type" where it stands as an Entry; read with or without it
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties("type")
@JsonPropertyOrder({"id"})
public record Meeting(
    DateRange dates,
    Place place,
    List<String> organizers,
    String title,
    String description,
    String section,
    List<String> notes,
    SourceSpan source,
    List<Hyperlink> links)
    implements Entry {

  /**
   * Validates the fields and copies the lists.
   *
   * @param dates see {@link #dates()}
   * @param place see {@link #place()}
   * @param organizers see {@link #organizers()}
   * @param title see {@link #title()}
   * @param description see {@link #description()}
   * @param section see {@link #section()}
   * @param notes see {@link #notes()}
   * @param source see {@link #source()}
   * @param links see {@link #links()}
   */
  public Meeting {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(source, "source");
    organizers = Elements.copyOf(organizers, String.class, "organizers");
    notes = Elements.copyOf(notes, String.class, "notes");
    links = Elements.copyOf(links, Hyperlink.class, "links");
    for (String organizer : organizers) {
      if (organizer.isBlank()) {
        throw new IllegalArgumentException("organizer names must not be blank");
      }
    }
  }

  /**
   * The organizers as organizations (docs/model.md, "Organizers as data"): each with its text as
   * written and, when the bundled table knows it, its canonical acronym, name and kind; a
   * government with its country. {@code A and B} counts as two where both are known bodies.
   *
   * @return the organizations, in page order
   */
  public List<Organization> organizations() {
    return io.github.wsisdata.parser.internal.build.Organizations.read(organizers);
  }

  /**
   * A meeting with no hyperlinks (every meeting of a text page).
   *
   * @param dates see {@link #dates()}
   * @param place see {@link #place()}
   * @param organizers see {@link #organizers()}
   * @param title see {@link #title()}
   * @param description see {@link #description()}
   * @param section see {@link #section()}
   * @param notes see {@link #notes()}
   * @param source see {@link #source()}
   */
  public Meeting(
      DateRange dates,
      Place place,
      List<String> organizers,
      String title,
      String description,
      String section,
      List<String> notes,
      SourceSpan source) {
    this(dates, place, organizers, title, description, section, notes, source, List.of());
  }

  /**
   * The namespace of meeting IDs: the name-based (SHA-1, version 5) UUID of the URL {@code
   * https://github.com/wsisdata/wsis-parser/meeting} in RFC 4122's URL namespace.
   */
  public static final UUID ID_NAMESPACE =
      // = nameBased(RFC 4122 URL namespace 6ba7b811-..., that URL); MeetingIdTest checks it. A
      // literal, so that loading this class does not load the JDK's security providers.
      UUID.fromString("996e23a1-1a4a-55d3-bf57-795a3dc76b11");

  /**
   * A stable ID of this meeting, from its content only: the same meeting has the same ID in every
   * run, under every path, on every machine and in every capture of a page, and a blank line, a
   * moved section or a changed description does not change it.
   *
   * <p>It is the version 5 (SHA-1, name-based) UUID, in {@link #ID_NAMESPACE}, of the UTF-8 bytes
   * of these lines joined by {@code "\n"}: {@code wsis-meeting/1}; the start and end dates (ISO
   * 8601); the title; the city; the country; the country code; {@code online} or nothing; then the
   * organizers, one per line. Every text is as the record holds it (white space normalized), in
   * Unicode normalization form NFC; an absent field is an empty line. Letter case counts: two
   * titles that differ in case are two meetings (docs/model.md).
   *
   * @return the ID
   */
  @JsonProperty(value = "id", access = JsonProperty.Access.READ_ONLY)
  public UUID id() {
    StringBuilder name = new StringBuilder("wsis-meeting/1\n");
    name.append(dates.start()).append('\n').append(dates.end()).append('\n');
    name.append(title).append('\n');
    name.append(place.city().orElse("")).append('\n');
    name.append(place.country().orElse("")).append('\n');
    name.append(place.countryCode().orElse("")).append('\n');
    name.append(place.online() ? "online" : "");
    for (String organizer : organizers) {
      name.append('\n').append(organizer);
    }
    return nameBased(ID_NAMESPACE, Normalizer.normalize(name, Normalizer.Form.NFC));
  }

  /** RFC 4122 section 4.3, version 5: SHA-1 of the namespace's 16 bytes and the name's UTF-8. */
  static UUID nameBased(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    sha1.update(
        ByteBuffer.allocate(16)
            .putLong(namespace.getMostSignificantBits())
            .putLong(namespace.getLeastSignificantBits())
            .array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong());
  }
}
