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
