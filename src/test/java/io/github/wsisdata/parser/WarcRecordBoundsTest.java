package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records that do not end where they say, and broken gzip members: each record is read once, under
 * its own offset, and a broken one is named by its own offset (issue 29, point 16).
 */
class WarcRecordBoundsTest {
  @TempDir Path dir;

  /** A text page of one meeting, "Meeting N". */
  private static String page(int n) {
    return "WSIS Thematic Meetings\n\ngo "
        + (n + 1)
        + " May 2005, Geneva (Switzerland), ITU -"
        + " Meeting "
        + n
        + "\n\nAbout meeting "
        + n
        + ".\n";
  }

  /** A resource record of page {@code n}, its Content-Length off by {@code error} bytes. */
  private static byte[] record(int n, int error) {
    byte[] body = page(n).getBytes(StandardCharsets.UTF_8);
    String header =
        "WARC/1.0\r\n"
            + "WARC-Type: resource\r\n"
            + "WARC-Target-URI: http://www.itu.int/wsis/page"
            + n
            + ".txt\r\n"
            + "WARC-Date: 2005-06-12T08:30:15Z\r\n"
            + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000"
            + n
            + ">\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: "
            + (body.length + error)
            + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] member) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(member);
    }
    return out.toByteArray();
  }

  /** The archive of the records, plain or one gzip member each, and where each starts. */
  private Path archive(String name, List<byte[]> records, boolean gzip, List<Long> starts)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] record : records) {
      starts.add((long) out.size());
      out.writeBytes(gzip ? gzip(record) : record);
    }
    return Files.write(dir.resolve(name + (gzip ? ".warc.gz" : ".warc")), out.toByteArray());
  }

  private record Read(List<WsisDocument> pages, List<Diagnostic> problems) {
    List<String> titles() {
      return pages.stream().flatMap(p -> p.meetings().stream()).map(Meeting::title).toList();
    }

    List<Long> offsets() {
      return pages.stream()
          .map(p -> p.sourceInfo().archiveRecord().orElseThrow().offset())
          .toList();
    }

    List<Diagnostic> errors() {
      return problems.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }
  }

  private static Read read(Path warc) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    try (Stream<WsisDocument> pages = WsisParser.builder().build().readWarc(warc, problems::add)) {
      return new Read(pages.toList(), problems);
    }
  }

  @Test
  void aContentLengthTooLongDropsItsRecordAndTheNextRecordsAreReadOnceUnderTheirOwnOffsets()
      throws Exception {
    for (boolean gzip : new boolean[] {false, true}) {
      List<Long> starts = new ArrayList<>();
      // record 1 claims 150 bytes more than it has: its block takes in most of record 2
      Path warc =
          archive(
              "long",
              List.of(record(0, 0), record(1, 150), record(2, 0), record(3, 0)),
              gzip,
              starts);
      Read read = read(warc);
      assertEquals(List.of("Meeting 0", "Meeting 2", "Meeting 3"), read.titles(), "gzip " + gzip);
      assertEquals(List.of(starts.get(0), starts.get(2), starts.get(3)), read.offsets());
      assertEquals(1, read.errors().size(), read.problems().toString());
      assertEquals(
          warc
              + ": the record at byte offset "
              + starts.get(1)
              + " cannot be read (it does not end where its Content-Length says: the length is"
              + " too long, taking in what follows, or too short; it was not read); reading goes"
              + " on with the record at byte offset "
              + starts.get(2),
          read.errors().get(0).message());
    }
  }

  @Test
  void aContentLengthTooShortDropsItsRecordAndNothingIsReadTwice() throws Exception {
    for (boolean gzip : new boolean[] {false, true}) {
      List<Long> starts = new ArrayList<>();
      Path warc =
          archive("short", List.of(record(0, 0), record(1, -20), record(2, 0)), gzip, starts);
      Read read = read(warc);
      assertEquals(List.of("Meeting 0", "Meeting 2"), read.titles(), "gzip " + gzip);
      assertEquals(List.of(starts.get(0), starts.get(2)), read.offsets());
      assertEquals(1, read.errors().size(), read.problems().toString());
      assertTrue(
          read.errors()
              .get(0)
              .message()
              .startsWith(
                  warc
                      + ": the record at byte offset "
                      + starts.get(1)
                      + " cannot be read (it"
                      + " does not end where its Content-Length says"),
          read.errors().get(0).message());
    }
  }

  @Test
  void aBrokenGzipMemberIsNamedByItsOwnOffsetOnce() throws Exception {
    List<Long> starts = new ArrayList<>();
    Path warc = archive("broken", List.of(record(0, 0), record(1, 0), record(2, 0)), true, starts);
    byte[] bytes = Files.readAllBytes(warc);
    // corrupt the compressed data of the second member, past its 10-byte gzip header
    for (int i = 20; i < 40; i++) {
      bytes[(int) (starts.get(1) + i)] ^= 0x5a;
    }
    Files.write(warc, bytes);
    Read read = read(warc);
    assertEquals(List.of("Meeting 0", "Meeting 2"), read.titles());
    assertEquals(List.of(starts.get(0), starts.get(2)), read.offsets());
    assertEquals(1, read.errors().size(), read.problems().toString());
    String message = read.errors().get(0).message();
    assertTrue(
        message.startsWith(warc + ": the record at byte offset " + starts.get(1) + " cannot be")
            && message.endsWith("reading goes on with the record at byte offset " + starts.get(2)),
        message);
  }
}
