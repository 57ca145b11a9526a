package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --unread}: the dated lines read as text, one per line, instead of the data. */
class CliUnreadTest {
  @TempDir Path dir;

  @Test
  void listsTheDatedLinesThatWereNotReadAndNothingElse() throws Exception {
    Path page =
        Files.writeString(
            dir.resolve("page.txt"),
            " Meetings\n\ngo 1 May 2005, Geneva (Switzerland), ITU - A\n\n"
                + "• Meeting of experts, 3 May 2005, Geneva, 10:00-13:00 (room XVI)\n\n"
                + "• The report was adopted on 4 May 2005.\n",
            StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("--unread", page.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        page
            + ":5:23: a dated line was not read as an entry (reading stopped at \":\" (column 45));"
            + " it stays text: \"• Meeting of experts, 3 May 2005, Geneva, 10:00-13:00 (ro...\"\n",
        r.out());
    Cli.Result seed = Cli.run("--unread", "seeds/wsis-regional-and-thematic-meetings.txt");
    assertEquals("", seed.out(), "everything dated on the bundled page is read");
  }

  @Test
  void goesWithNeitherAFormatNorDedupe() {
    Cli.Result r =
        Cli.run("--unread", "-f", "json", "seeds/wsis-regional-and-thematic-meetings.txt");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--unread goes with neither -f nor --dedupe"), r.err());
  }
}
