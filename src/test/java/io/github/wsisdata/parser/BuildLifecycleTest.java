package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Build check (issue 27, point 8): {@code mvn install -DskipTests} (or {@code -Dmaven.test.skip})
 * skips the consumer projects of {@code src/it}, the Spark job among them, and {@code mvn clean}
 * keeps the consumers' downloaded dependencies (their local repository is not under {@code
 * target/}).
 */
class BuildLifecycleTest {
  private static Element pom() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document pom = factory.newDocumentBuilder().parse(new File("pom.xml"));
    return pom.getDocumentElement();
  }

  private static Element child(Element parent, String name) {
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().trim();
  }

  @Test
  void skippingTestsSkipsTheConsumerProjects() throws Exception {
    Element project = pom();
    Element properties = child(project, "properties");
    // the invoker plugin's skip parameters (install, run) read invoker.skip
    assertEquals("${skipTests}", text(properties, "invoker.skip"));
    assertEquals("false", text(properties, "skipTests"));
    Element invoker = invoker(project);
    Element configuration = child(invoker, "configuration");
    assertEquals(null, child(configuration, "skipInvocation"), "no fixed skipInvocation");
    assertEquals(null, child(configuration, "skipInstallation"), "no fixed skipInstallation");
    NodeList profiles = project.getElementsByTagName("profile");
    boolean testSkip = false;
    for (int i = 0; i < profiles.getLength(); i++) {
      Element profile = (Element) profiles.item(i);
      Element activation = child(profile, "activation");
      Element property = activation == null ? null : child(activation, "property");
      if (property != null && "maven.test.skip".equals(text(property, "name"))) {
        assertEquals("true", text(property, "value"));
        assertEquals("true", text(child(profile, "properties"), "invoker.skip"));
        testSkip = true;
      }
    }
    assertTrue(testSkip, "a profile that skips the consumers under -Dmaven.test.skip=true");
  }

  @Test
  void cleanKeepsTheConsumersDependencies() throws Exception {
    Element configuration = child(invoker(pom()), "configuration");
    String repository = text(configuration, "localRepositoryPath");
    assertEquals("${project.basedir}/.it-repo", repository);
    assertFalse(repository.contains("project.build.directory"));
    assertTrue(
        Files.readAllLines(Path.of(".gitignore")).contains(".it-repo/"),
        "the consumers' repository is not committed");
    // the consumers resolve from the developer's local repository (no second download)
    assertTrue(Files.readString(Path.of("src/it/settings.xml")).contains("@localRepositoryUrl@"));
  }

  private static Element invoker(Element project) {
    NodeList plugins = child(project, "build").getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      if ("maven-invoker-plugin".equals(text(plugin, "artifactId"))) {
        return plugin;
      }
    }
    throw new AssertionError("no maven-invoker-plugin in the build");
  }
}
