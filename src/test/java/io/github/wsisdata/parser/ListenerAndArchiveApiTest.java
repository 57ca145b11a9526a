package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public API the command line is built on: walking a page with a listener, the pages of a web
 * archive unparsed, and cross-reference resolution over meetings in memory or read in passes.
 */
class ListenerAndArchiveApiTest {
  private static final Path SEED = Path.of("seeds", "wsis-regional-and-thematic-meetings.txt");

  @TempDir Path dir;

  /** Everything a walk hands over, as one list of lines of text. */
  private static final class Recorder implements PageListener {
    final List<String> events = new ArrayList<>();
    final List<LineRole> roles = new ArrayList<>();
    final List<Entry> entries = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();

    @Override
    public void lineRole(int line, LineRole role) {
      assertEquals(roles.size() + 1, line, "roles come once per line, in line order");
      roles.add(role);
    }

    @Override
    public void title(String title) {
      events.add("title " + title);
    }

    @Override
    public void lastUpdated(LocalDate date) {
      events.add("updated " + date);
    }

    @Override
    public void heading(String heading) {
      events.add("heading " + heading);
    }

    @Override
    public void introduction(String introduction) {
      events.add("introduction " + introduction.length());
    }

    @Override
    public void entry(Entry entry) {
      entries.add(entry);
    }

    @Override
    public void diagnostic(Diagnostic diagnostic) {
      diagnostics.add(diagnostic);
    }
  }

  @Test
  void aWalkAddsUpToTheDocument() throws Exception {
    WsisParser parser = WsisParser.builder().build();
    WsisDocument doc = parser.read(SEED);
    Recorder walked = new Recorder();
    SourceInfo info = parser.walk(SEED, walked);

    assertEquals(doc.sourceInfo(), info);
    assertEquals(doc.lineRoles(), walked.roles);
    assertEquals(doc.entries(), walked.entries);
    assertEquals(doc.diagnostics(), walked.diagnostics);
    List<String> expected = new ArrayList<>();
    expected.add("title Outcomes of the Regional and Thematic Meetings");
    for (Section s : doc.sections()) {
      expected.add("heading " + s.heading());
      expected.add("introduction " + s.introduction().length());
    }
    expected.add("updated 2008-08-18");
    assertEquals(expected, walked.events);
  }

  @Test
  void onlyTheFirstValidUpdateDateIsHandedOver() throws Exception {
    Path page =
        Files.writeString(
            dir.resolve("two-footers.txt"),
            " Meetings\n\ngo 1 May 2005, Geneva (Switzerland), ITU - A\n\nUpdated : 2005-13-01\n"
                + "Updated : 2005-06-01\nUpdated : 2006-01-01\n",
            StandardCharsets.UTF_8);
    Recorder walked = new Recorder();
    WsisParser.builder().build().walk(page, walked);
    assertEquals(
        List.of("heading Meetings", "introduction 0", "updated 2005-06-01"), walked.events);
    assertEquals(1, walked.diagnostics.size(), "the invalid date is warned");
    assertEquals(DiagnosticCode.INVALID_UPDATE_DATE, walked.diagnostics.get(0).code());
    assertEquals(Optional.of(LocalDate.of(2005, 6, 1)), WsisParser.parse(page).lastUpdated());
  }

  @Test
  void aWalkOfAMissingFileNamesIt() {
    Path missing = dir.resolve("missing.txt");
    Exception e =
        assertThrows(
            java.io.IOException.class,
            () -> WsisParser.builder().build().walk(missing, new PageListener() {}));
    assertTrue(e.getMessage().contains("missing.txt"), e.getMessage());
  }

  @Test
  void archivedPagesAreReadInOrderAndParsedWhenAsked() throws Exception {
    Path warc = WarcInputTest.crawl(dir.resolve("crawl.warc.gz"), true);
    assertTrue(WsisParser.isWarc(warc));
    assertFalse(WsisParser.isWarc(SEED));
    assertFalse(WsisParser.isWarc(dir.resolve("none.warc")));
    WsisParser parser = WsisParser.builder().build();
    List<Diagnostic> problems = new ArrayList<>();
    List<WsisDocument> parsed = new ArrayList<>();
    List<Long> offsets = new ArrayList<>();
    int skipped = 0;
    try (Stream<ArchivedPage> pages = parser.archivedPages(warc, problems::add)) {
      for (ArchivedPage page : pages.toList()) {
        offsets.add(page.record().offset());
        Optional<WsisDocument> doc = page.parse();
        if (doc.isPresent()) {
          assertEquals(Optional.of(page.record()), doc.get().sourceInfo().archiveRecord());
          parsed.add(doc.get());
        } else {
          skipped++;
        }
      }
    }
    // the text page, the HTML page and the page about the ITU (the image is no page)
    assertEquals(3, offsets.size());
    assertEquals(0L, offsets.get(0));
    assertTrue(offsets.get(1) > 0 && offsets.get(2) > offsets.get(1));
    assertEquals(1, skipped);
    assertEquals(List.of(), problems);
    List<Diagnostic> readProblems = new ArrayList<>();
    try (Stream<WsisDocument> pages = parser.readWarc(warc, readProblems::add)) {
      assertEquals(parsed, pages.toList());
    }
    List<String> about = List.of("http://www.itu.int/about.html");
    assertEquals(List.of(ArchivedPage.skipped(warc.toString(), 1, about)), readProblems);
    assertEquals(
        warc
            + ": 1 page was not a WSIS meeting page (no entry) and skipped:"
            + " http://www.itu.int/about.html",
        ArchivedPage.skipped(warc.toString(), 1, about).message());
    assertEquals(
        "x: 5 pages were not a WSIS meeting page (no entry) and skipped: a, b, c and 2 more",
        ArchivedPage.skipped("x", 5, List.of("a", "b", "c", "d")).message());
    assertEquals(
        "x: 2 pages were not a WSIS meeting page (no entry) and skipped",
        ArchivedPage.skipped("x", 2, List.of()).message());
    assertThrows(IllegalArgumentException.class, () -> ArchivedPage.skipped("x", 0, List.of()));
  }

  @Test
  void crossReferencesResolveInMemoryAndInPassesAsTheDocumentDoes() throws Exception {
    for (WsisDocument doc :
        List.of(
            WsisParser.parse(SEED),
            WsisParser.parseText(
                io.github.wsisdata.parser.testing.SyntheticPages.manyMeetingsAndReferences()))) {
      sameAsTheDocument(doc);
    }
    WsisDocument many =
        WsisParser.parseText(
            io.github.wsisdata.parser.testing.SyntheticPages.manyMeetingsAndReferences());
    List<Optional<Meeting>> found =
        CrossReferences.resolve(many.crossReferences(), many.meetings());
    assertEquals(
        List.of(
            "Workshop on topic 17 word17 common title words",
            "Workshop on topic 299 word299 common title words"),
        found.subList(0, 2).stream().map(m -> m.orElseThrow().title()).toList());
    assertEquals(Optional.empty(), found.get(2));
  }

  private static void sameAsTheDocument(WsisDocument doc) throws Exception {
    List<CrossReference> references = doc.crossReferences();
    assertFalse(references.isEmpty());
    List<Optional<Meeting>> expected = new ArrayList<>();
    references.forEach(r -> expected.add(doc.resolveAll().get(r)));

    assertEquals(expected, CrossReferences.resolve(references, doc.meetings()));
    int[] passes = {0};
    List<Optional<Meeting>> streamed =
        CrossReferences.resolve(
            references.stream().map(CrossReference::referencedTitle).toList(),
            doc.meetings().size(),
            action -> {
              passes[0]++;
              doc.meetings().forEach(action);
            });
    assertEquals(expected, streamed);
    assertTrue(passes[0] >= 1 && passes[0] <= 3, "passes: " + passes[0]);
    assertEquals(
        List.of(Optional.empty()),
        CrossReferences.resolve(List.of("Nothing like any title"), 0, action -> {}));
  }
}
