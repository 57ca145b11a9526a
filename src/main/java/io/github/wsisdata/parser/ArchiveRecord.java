package io.github.wsisdata.parser;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a page read from a web archive (WARC) came from: enough to find the capture again.
 *
 * @param file the WARC file as it was named to the parser
 * @param offset the byte offset of the record in the file (of its gzip member, for {@code
 *     .warc.gz})
 * @param target the record's {@code WARC-Target-URI}: the page's own URL
 * @param date the record's {@code WARC-Date}: when it was captured
 * @serial exclude (the serialized form is described in docs/usage.md)
 */
public record ArchiveRecord(String file, long offset, URI target, Instant date)
    implements Serializable {
  /**
   * Validates the fields.
   *
   * @param file see {@link #file()}
   * @param offset see {@link #offset()}
   * @param target see {@link #target()}
   * @param date see {@link #date()}
   */
  public ArchiveRecord {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(date, "date");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
  }

  /** The JSON form (Jackson, no module needed): the date as ISO-8601 text. */
  @JsonValue
  private JsonForm json() {
    return new JsonForm(file, offset, target, date.toString());
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static ArchiveRecord fromJson(JsonForm form) {
    return new ArchiveRecord(
        form.file,
        form.offset,
        form.target,
        Instant.parse(Objects.requireNonNull(form.date, "date")));
  }

  private record JsonForm(String file, long offset, URI target, String date) {}
}
