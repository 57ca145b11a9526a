package io.github.wsisdata.parser;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page was read from and what it says about itself.
 *
 * @param format {@link InputFormat#TEXT} or {@link InputFormat#HTML}: what the page was read as
 * @param charset the name of the character set its bytes were decoded with ({@code UTF-8} for text
 *     read from characters)
 * @param htmlTitle the HTML {@code <title>} (HTML only)
 * @param originalUrl the page's own URL when it is a web-archive copy (from the archive's URL
 *     rewriting or a {@code <link rel=canonical>})
 * @param captured when the web archive captured the page (from its rewriting or its comment header,
 *     or the WARC record's date), in the archive's time (UTC for the Wayback Machine and WARC
 *     files)
 * @param archiveRecord the WARC record the page was read from, if it was
 * @serial exclude (the serialized form is described in docs/usage.md)
 */
public record SourceInfo(
    InputFormat format,
    String charset,
    Optional<String> htmlTitle,
    Optional<URI> originalUrl,
    Optional<LocalDateTime> captured,
    Optional<ArchiveRecord> archiveRecord)
    implements Serializable {

  /** A text page read as UTF-8. */
  public static final SourceInfo UTF8_TEXT =
      new SourceInfo(
          InputFormat.TEXT, "UTF-8", Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * A page not read from a web archive.
   *
   * @param format see {@link #format()}
   * @param charset see {@link #charset()}
   * @param htmlTitle see {@link #htmlTitle()}
   * @param originalUrl see {@link #originalUrl()}
   * @param captured see {@link #captured()}
   */
  public SourceInfo(
      InputFormat format,
      String charset,
      Optional<String> htmlTitle,
      Optional<URI> originalUrl,
      Optional<LocalDateTime> captured) {
    this(format, charset, htmlTitle, originalUrl, captured, Optional.empty());
  }

  /**
   * Validates the fields.
   *
   * @param format see {@link #format()}
   * @param charset see {@link #charset()}
   * @param htmlTitle see {@link #htmlTitle()}
   * @param originalUrl see {@link #originalUrl()}
   * @param captured see {@link #captured()}
   * @param archiveRecord see {@link #archiveRecord()}
   */
  public SourceInfo {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(htmlTitle, "htmlTitle");
    Objects.requireNonNull(originalUrl, "originalUrl");
    Objects.requireNonNull(captured, "captured");
    Objects.requireNonNull(archiveRecord, "archiveRecord");
    if (format == InputFormat.AUTO) {
      throw new IllegalArgumentException("a page is read as TEXT or HTML, not AUTO");
    }
  }

  /**
   * Serialized as its {@link SerialForm} ({@link Optional} is not serializable).
   *
   * @return the serialized form
   */
  @java.io.Serial
  private Object writeReplace() {
    return new SerialForm(
        format,
        charset,
        htmlTitle.orElse(null),
        originalUrl.orElse(null),
        captured.orElse(null),
        archiveRecord.orElse(null));
  }

  /** The serialized form: the values, absent ones as null. */
  private record SerialForm(
      InputFormat format,
      String charset,
      String htmlTitle,
      URI originalUrl,
      LocalDateTime captured,
      ArchiveRecord archiveRecord)
      implements Serializable {
    @java.io.Serial
    private Object readResolve() {
      return new SourceInfo(
          format,
          charset,
          Optional.ofNullable(htmlTitle),
          Optional.ofNullable(originalUrl),
          Optional.ofNullable(captured),
          Optional.ofNullable(archiveRecord));
    }
  }

  /** The JSON form (Jackson, no module needed): absent values left out, the date as ISO text. */
  @JsonValue
  private JsonForm json() {
    return new JsonForm(
        format,
        charset,
        htmlTitle.orElse(null),
        originalUrl.orElse(null),
        captured.map(LocalDateTime::toString).orElse(null),
        archiveRecord.orElse(null));
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static SourceInfo fromJson(JsonForm form) {
    return new SourceInfo(
        form.format,
        form.charset,
        Optional.ofNullable(form.htmlTitle),
        Optional.ofNullable(form.originalUrl),
        Optional.ofNullable(form.captured).map(LocalDateTime::parse),
        Optional.ofNullable(form.archiveRecord));
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record JsonForm(
      InputFormat format,
      String charset,
      String htmlTitle,
      URI originalUrl,
      String captured,
      ArchiveRecord archiveRecord) {}
}
