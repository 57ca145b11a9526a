package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** The library never writes to stdout or stderr, whatever the input. */
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class SilenceTest {

  /** Runs the action with stdout and stderr captured; returns what was written to either. */
  static String captured(ThrowingRunnable action) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(sink, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      action.run();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return sink.toString(StandardCharsets.UTF_8);
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void parsingTheSeedAndBrokenLinesPrintsNothing() throws Exception {
    String printed =
        captured(
            () -> {
              WsisParser.parse(SeedPageTest.SEED);
              WsisDocument broken =
                  WsisParser.parseText(
                      Pages.page(
                          "go 12 2005, Geneva",
                          "go 31 Febtober 2005 ((((",
                          "go 1 May 2005 \u0000\u0007 ))) [[[",
                          "go",
                          "go 1 May 2005, Geneva, ITU - T \uD83D\uDE00 ‽"));
              assertEquals(4, broken.diagnostics(Severity.ERROR).size());
              assertThrows(WsisParseException.class, () -> DateRange.parse("99 Smarch"));
            });
    assertEquals("", printed);
  }

  @Test
  void missingFileNamesThePath() {
    Path missing = Path.of("target", "no-such-page.txt");
    IOException e = assertThrows(IOException.class, () -> WsisParser.parse(missing));
    assertTrue(e.getMessage().contains("no-such-page.txt"), e.getMessage());
  }
}
