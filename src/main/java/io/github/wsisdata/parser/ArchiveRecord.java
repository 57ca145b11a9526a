package io.github.wsisdata.parser;

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
}
