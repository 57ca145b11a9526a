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

  /** Issue 28: the docs are a manual for users, not the engineering log of one machine. */
  @Test
  void theDocsDescribeTheToolNotTheMachineOrTheHistory() throws IOException {
    List<String> found = new java.util.ArrayList<>();
    try (java.util.stream.Stream<Path> docs = Files.list(Path.of("docs"))) {
      for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).toList()) {
        String text = Files.readString(doc).toLowerCase(java.util.Locale.ROOT);
        for (String phrase : List.of("this machine", "this 24", "24 gb", "this 2-core")) {
          if (text.contains(phrase)) {
            found.add(doc + ": " + phrase);
          }
        }
      }
    }
    assertEquals(List.of(), found);
    String performance = Files.readString(Path.of("docs/performance.md"));
    org.junit.jupiter.api.Assertions.assertTrue(
        performance.lines().count() < 150, "a page for users, not the log");
    org.junit.jupiter.api.Assertions.assertFalse(
        performance.matches("(?s).*\\b[0-9a-f]{7}\\b.*"), "no commit hashes");
    org.junit.jupiter.api.Assertions.assertFalse(
        performance.toLowerCase(java.util.Locale.ROOT).contains("issue "), "no issue numbers");
    org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(Path.of("bench/LOG.md")));
    org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(Path.of("docs/recipes.md")));
  }

  /** Issue 28: the README's first screen has the two commands and a short library example. */
  @Test
  void theReadmeStartsWithTheTwoCommandsAndAShortExample() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int quickStart = readme.indexOf("## Quick start");
    int next = readme.indexOf("\n## ", quickStart + 1);
    String first = readme.substring(quickStart, next);
    org.junit.jupiter.api.Assertions.assertTrue(
        first.contains("mvn -q -B package -DskipTests && sh target/wsis"));
    org.junit.jupiter.api.Assertions.assertTrue(first.contains("mvn -B verify"));
    int java = first.indexOf("```java\n");
    String example = first.substring(java + 8, first.indexOf("```", java + 8));
    org.junit.jupiter.api.Assertions.assertTrue(
        example.lines().count() <= 8, "library example of at most 8 lines: " + example);
    // the README's test command is what CI runs
    org.junit.jupiter.api.Assertions.assertTrue(
        Files.readString(Path.of(".ci/run")).contains("\nmvn -B verify\n"));
  }
}
