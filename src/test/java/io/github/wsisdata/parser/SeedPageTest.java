package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.SeedPageGolden.ExpectedMeeting;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled page comes out exactly as written by hand in {@link SeedPageGolden}. */
class SeedPageTest {
  static final Path SEED = Path.of("seeds", "wsis-regional-and-thematic-meetings.txt");
  private static WsisDocument doc;

  @BeforeAll
  static void parse() throws Exception {
    doc = WsisParser.parse(SEED);
  }

  @Test
  void pageLevelFields() {
    assertEquals(Optional.of("Outcomes of the Regional and Thematic Meetings"), doc.title());
    assertEquals(Optional.of(LocalDate.of(2008, 8, 18)), doc.lastUpdated());
    assertEquals(
        List.of(SeedPageGolden.S1, SeedPageGolden.S2, SeedPageGolden.S3),
        doc.sections().stream().map(Section::heading).toList());
    assertEquals(List.of(21, 7, 1), doc.sections().stream().map(s -> s.entries().size()).toList());
    doc.sections().forEach(s -> assertEquals("", s.introduction()));
    assertEquals(28, doc.meetings().size());
    assertEquals(1, doc.crossReferences().size());
    assertEquals(List.of(), doc.links());
  }

  @Test
  void exactlyTwoWarningsAndNoError() {
    assertEquals(List.of(), doc.diagnostics(Severity.ERROR));
    List<Diagnostic> warnings = doc.diagnostics(Severity.WARNING);
    assertEquals(List.of(24, 28), warnings.stream().map(Diagnostic::line).toList());
    warnings.forEach(w -> assertEquals(DiagnosticCode.MISSING_SEPARATOR, w.code()));
    assertEquals(2, doc.diagnostics().size());
    // the column points at the start of the recovered title
    assertEquals(53, warnings.get(0).column());
    assertEquals(92, warnings.get(1).column());
  }

  @Test
  void everyMeetingMatchesTheHandWrittenGolden() {
    List<Meeting> meetings = doc.meetings();
    assertEquals(SeedPageGolden.MEETINGS.size(), meetings.size());
    for (int i = 0; i < meetings.size(); i++) {
      ExpectedMeeting e = SeedPageGolden.MEETINGS.get(i);
      Meeting m = meetings.get(i);
      String at = "meeting on line " + e.line();
      assertEquals(e.line(), m.line(), at);
      assertEquals(e.section(), m.section(), at);
      assertEquals(LocalDate.parse(e.start()), m.dates().start(), at);
      assertEquals(LocalDate.parse(e.end()), m.dates().end(), at);
      assertEquals(Optional.ofNullable(e.city()), m.place().city(), at);
      assertEquals(Optional.ofNullable(e.country()), m.place().country(), at);
      assertEquals(Optional.ofNullable(e.countryCode()), m.place().countryCode(), at);
      assertEquals(e.online(), m.place().online(), at);
      assertEquals(e.organizers(), m.organizers(), at);
      assertEquals(e.title(), m.title(), at);
      assertEquals(e.description(), m.description(), at);
      assertEquals(List.of(), m.notes(), at);
    }
  }

  @Test
  void crossReferenceResolvesToLine44() {
    CrossReference ref = doc.crossReferences().get(0);
    assertEquals(76, ref.line());
    assertEquals(DateRange.of(LocalDate.of(2005, 6, 7), LocalDate.of(2005, 6, 10)), ref.dates());
    assertEquals(SeedPageGolden.CROSS_REFERENCE_NOTE, ref.note());
    assertEquals("Measuring the Information Society", ref.referencedTitle());
    assertEquals("", ref.description());
    Meeting target = doc.resolve(ref).orElseThrow();
    assertEquals(44, target.line());
    assertEquals("Measuring the Information Society", target.title());
  }

  @Test
  void spotChecksNamedInTheIssue() {
    Meeting minsk = meetingAt(20);
    assertEquals(Optional.of("Minsk"), minsk.place().city());
    assertEquals(LocalDate.of(2004, 10, 28), minsk.dates().start());
    assertEquals(LocalDate.of(2004, 10, 29), minsk.dates().end());
    assertEquals(
        "“information Technologies and Law” (Legal Informatization – 2004)", minsk.title());
    Meeting wipo = meetingAt(68);
    assertTrue(wipo.place().online());
    assertEquals(List.of("WIPO"), wipo.organizers());
    Meeting cyber = meetingAt(90);
    assertEquals(DateRange.of(LocalDate.of(2005, 6, 28), LocalDate.of(2005, 7, 1)), cyber.dates());
    assertEquals("Role of ICT for Disaster Reduction", meetingAt(110).title());
    Meeting malta = meetingAt(130);
    assertEquals(Optional.of("Malta"), malta.place().country());
    assertEquals(Optional.of("MT"), malta.place().countryCode());
    assertEquals(Optional.empty(), malta.place().city());
  }

  @Test
  void entriesKeepTheirRawSource() {
    Meeting cyber = meetingAt(90);
    assertEquals(
        "go 28 June- 1 July 2005, Geneva (Switzerland), ITU - WSIS Thematic Meeting on Cybersecurity",
        cyber.rawText());
    assertEquals(1, cyber.source().startColumn());
    assertEquals(cyber.rawText().length(), cyber.source().endColumn());
    // the raw text keeps the NBSP that the title drops
    assertTrue(meetingAt(78).rawText().contains("ESCWA\u00A0 - Forum"));
  }

  static Meeting meetingAt(int line) {
    return doc.meetings().stream().filter(m -> m.line() == line).findFirst().orElseThrow();
  }
}
