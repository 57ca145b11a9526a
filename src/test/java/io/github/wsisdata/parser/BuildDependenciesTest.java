package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Build check: what users of the library artifact inherit. Compile and runtime dependencies that
 * are not optional reach every user; the command line's (picocli, Jackson, Commons CSV, ical4j)
 * must be optional so that they never do.
 */
class BuildDependenciesTest {

  @Test
  void onlyTheLibrarysOwnDependenciesAreTransitive() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document pom = factory.newDocumentBuilder().parse(new File("pom.xml"));
    Element project = pom.getDocumentElement();
    Element dependencies = (Element) child(project, "dependencies");
    NodeList list = dependencies.getElementsByTagName("dependency");
    Map<String, String> kinds = new TreeMap<>();
    for (int i = 0; i < list.getLength(); i++) {
      Element d = (Element) list.item(i);
      String artifact = text(d, "artifactId");
      String scope = text(d, "scope");
      boolean optional = "true".equals(text(d, "optional"));
      String kind =
          scope != null && !scope.equals("compile") && !scope.equals("runtime")
              ? scope
              : optional ? "optional" : "transitive";
      kinds.put(artifact, kind);
    }
    assertEquals("transitive", kinds.get("antlr4-runtime"));
    assertEquals("transitive", kinds.get("commons-text"));
    assertEquals("transitive", kinds.get("slf4j-api"));
    assertEquals("transitive", kinds.get("jsoup"));
    assertEquals("transitive", kinds.get("jwarc"));
    assertEquals("transitive", kinds.get("jackson-annotations"));
    for (String cli :
        new String[] {"picocli", "jackson-databind", "commons-csv", "ical4j", "progressbar"}) {
      assertEquals("optional", kinds.get(cli), cli);
    }
    assertEquals(
        6,
        kinds.values().stream().filter("transitive"::equals).count(),
        "transitive dependencies: " + kinds);
  }

  private static org.w3c.dom.Node child(Element parent, String name) {
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return n;
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
  }

  private static String text(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
  }
}
