package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every public record travels through Java serialization (Spark, caches) and comes back equal. */
class SerializationTest {

  @SuppressWarnings("unchecked")
  static <T extends Serializable> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void theBundledPageComesBackEqual() throws Exception {
    WsisDocument doc =
        WsisParser.parse(Path.of("seeds", "wsis-regional-and-thematic-meetings.txt"));
    WsisDocument back = roundTrip(doc);
    assertEquals(doc, back);
    assertEquals(doc.meetings(), back.meetings());
    assertEquals(doc.meetings().get(19).id(), back.meetings().get(19).id());
    assertEquals(Optional.of(LocalDate.of(2008, 8, 18)), back.lastUpdated());
    assertFalse(back.diagnostics().isEmpty());
  }

  @Test
  void anHtmlPageWithLinksAndWhatItSaysAboutItselfComesBackEqual() throws Exception {
    String page =
        "<html><head><title>T</title><base href=\"http://web.archive.org/web/20050301102030/"
            + "http://www.itu.int/wsis/index.html\"></head><body><p><img alt=go> <a href=\"/\">Home"
            + "</a></p><h3>Meetings</h3><p><img alt=go> 1-2 May 2005, Geneva (Switzerland), ITU -"
            + " <a href=\"m.html\">A meeting</a></p><p><img alt=go> 31 April 2005, Online, ITU - X"
            + "</p><p><img alt=go> <a href=\"past.html\">Past</a></p></body></html>";
    WsisDocument doc =
        WsisParser.builder()
            .build()
            .read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    assertTrue(doc.sourceInfo().captured().isPresent());
    assertFalse(doc.meetings().get(0).links().isEmpty());
    assertEquals(doc, roundTrip(doc));
  }

  @Test
  void everyRecordOnItsOwn() throws Exception {
    SourceSpan span = new SourceSpan(3, 1, 10, "go 1 May 2005, Geneva, ITU - A");
    DateRange dates = DateRange.parse("1-2 May 2005");
    Place geneva =
        new Place(Optional.of("Geneva"), Optional.of("Switzerland"), Optional.of("CH"), false);
    Hyperlink link = new Hyperlink("A", URI.create("http://www.itu.int/a.html"));
    Meeting meeting =
        new Meeting(
            dates, geneva, List.of("ITU"), "A", "D", "S", List.of("n"), span, List.of(link));
    CrossReference reference =
        new CrossReference(dates, "see A", "A", "", "S", span, List.of(link));
    Link linkEntry = new Link("Past", "", "S", span, List.of(link));
    Diagnostic diagnostic =
        new Diagnostic(Severity.WARNING, DiagnosticCode.PLACE_OR_TITLE, 3, 4, "m", "raw", "");
    SourceInfo info =
        new SourceInfo(
            InputFormat.HTML,
            "windows-1252",
            Optional.of("T"),
            Optional.of(URI.create("http://www.itu.int/")),
            Optional.of(LocalDateTime.of(2005, 3, 1, 10, 20, 30)));
    Section section = new Section("S", "", List.of(meeting, reference, linkEntry));
    for (Serializable value :
        List.<Serializable>of(
            span,
            dates,
            geneva,
            Place.NONE,
            Place.ONLINE,
            link,
            meeting,
            reference,
            linkEntry,
            diagnostic,
            info,
            SourceInfo.UTF8_TEXT,
            section)) {
      assertEquals(value, roundTrip(value), value.getClass().getSimpleName());
    }
  }

  /**
   * Records are deserialized through their canonical constructors, whose lists come from the stream
   * with no generic type: each list's elements are checked there (issue 29).
   */
  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void listsOfTheWrongElementTypeAreRefused() {
    SourceSpan span = new SourceSpan(3, 1, 10, "go 1 May 2005, Geneva, ITU - A");
    DateRange dates = DateRange.parse("1-2 May 2005");
    List wrong = List.of(42);
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> new Meeting(dates, Place.NONE, wrong, "A", "D", "S", List.of(), span, List.of()));
    assertEquals("organizers must hold String values only, not Integer", e.getMessage());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new Section("S", "", wrong));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new Link("Past", "", "S", span, wrong));
  }
}
