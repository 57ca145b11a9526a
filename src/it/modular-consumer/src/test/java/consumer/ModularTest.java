package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.WsisParser;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs on the module path: both this code and the library are named modules. */
class ModularTest {

  @Test
  void parsesFromANamedModule() throws Exception {
    assertEquals("consumer", MeetingCounter.class.getModule().getName());
    Module library = WsisParser.class.getModule();
    assertTrue(library.isNamed());
    assertEquals("io.github.wsisdata.parser", library.getName());
    assertEquals(28, MeetingCounter.count(Path.of(System.getProperty("seed"))));
  }

  /** A web archive on the module path: the library reads jwarc (an automatic module). */
  @Test
  void readsAWebArchiveFromANamedModule(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    byte[] page = java.nio.file.Files.readAllBytes(Path.of(System.getProperty("seed")));
    String header =
        "WARC/1.0\r\n"
            + "WARC-Type: resource\r\n"
            + "WARC-Record-ID: <urn:uuid:5b3a1f0e-7d2c-4c1e-9a4b-0d6c2e8f1a3b>\r\n"
            + "WARC-Date: 2008-08-20T10:00:00Z\r\n"
            + "WARC-Target-URI: http://www.itu.int/wsis/meetings.txt\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: "
            + page.length
            + "\r\n\r\n";
    java.io.ByteArrayOutputStream warc = new java.io.ByteArrayOutputStream();
    warc.write(header.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    warc.write(page);
    warc.write("\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    Path file = java.nio.file.Files.write(dir.resolve("crawl.warc"), warc.toByteArray());
    try (java.util.stream.Stream<io.github.wsisdata.parser.WsisDocument> pages =
        WsisParser.builder().build().readWarc(file, d -> {})) {
      assertEquals(
          28, pages.mapToInt(d -> d.meetings().size()).sum(), "the one page of the archive");
    }
  }

  @Test
  void onlyTheApiPackageIsExported() {
    ModuleDescriptor descriptor = WsisParser.class.getModule().getDescriptor();
    Set<String> exported =
        descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(Set.of("io.github.wsisdata.parser"), exported);
    assertFalse(WsisParser.class.getModule().isExported("io.github.wsisdata.parser.internal"));
    // the relocated ANTLR runtime lives inside the module, not exported
    assertTrue(descriptor.packages().contains("io.github.wsisdata.parser.internal.antlr.v4.runtime"));
  }
}
