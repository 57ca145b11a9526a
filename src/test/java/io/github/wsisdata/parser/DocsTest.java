package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference docs name everything the library can say. */
class DocsTest {
  @Test
  void everyDiagnosticCodeHasARowInTheDiagnosticsTable() throws IOException {
    String table = Files.readString(Path.of("docs/diagnostics.md"));
    List<String> missing =
        Arrays.stream(DiagnosticCode.values())
            .map(Enum::name)
            .filter(name -> !table.contains("| `" + name + "` |"))
            .toList();
    assertEquals(List.of(), missing);
  }
}
