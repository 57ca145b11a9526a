package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.WsisParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The installed jar and POM, as a user's build receives them. */
class InstalledArtifactTest {
  private static Path jar() throws Exception {
    return Path.of(WsisParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void jarHoldsTheRelocatedAntlrRuntimeAndNoOrgAntlrClass() throws Exception {
    try (JarFile jar = new JarFile(jar().toFile())) {
      List<String> names = jar.stream().map(e -> e.getName()).toList();
      assertFalse(names.stream().anyMatch(n -> n.startsWith("org/antlr/")), "org/antlr/ entries");
      assertTrue(names.contains("io/github/wsisdata/parser/internal/antlr/v4/runtime/Lexer.class"));
      assertTrue(names.contains("module-info.class"));
      assertTrue(names.contains("META-INF/THIRD-PARTY.txt"));
    }
  }

  @Test
  void installedPomListsOnlyTheLibrarysOwnRuntimeDependencies() throws Exception {
    Path jar = jar();
    String file = jar.getFileName().toString().replace(".jar", ".pom");
    String pom = Files.readString(jar.resolveSibling(file));
    Matcher m =
        Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
    List<String> runtime = new ArrayList<>();
    while (m.find()) {
      String d = m.group(1);
      assertFalse(d.contains("<artifactId>antlr4-runtime</artifactId>"), "antlr4-runtime: " + d);
      boolean optional = d.contains("<optional>true</optional>");
      boolean testOrImport = d.contains("<scope>test</scope>") || d.contains("<scope>import</scope>");
      if (!optional && !testOrImport) {
        Matcher a = Pattern.compile("<artifactId>(.*?)</artifactId>").matcher(d);
        a.find();
        runtime.add(a.group(1));
      }
    }
    assertEquals(List.of("commons-text", "slf4j-api", "jsoup", "jwarc", "jackson-annotations"), runtime);
  }
}
