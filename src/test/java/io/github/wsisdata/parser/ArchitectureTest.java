package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shape of the code, from the compiled classes (the JDK's {@code jdeps}): the internals are cut
 * by pipeline stage and data flows one way (page → build → grammar, page → source), and no class of
 * the public API and an internal class depend on each other, even through others.
 */
class ArchitectureTest {
  private static final String ROOT = "io.github.wsisdata.parser";
  private static final Pattern EDGE =
      Pattern.compile(
          "^\\s+(" + Pattern.quote(ROOT) + "\\S*)\\s+->\\s+(" + Pattern.quote(ROOT) + "\\S*)");

  private static final Pattern ANY_EDGE =
      Pattern.compile("^\\s+(" + Pattern.quote(ROOT) + "\\S*)\\s+->\\s+(\\S+)");

  @TempDir static Path copy;

  /** Class-level dependencies between the library's own top-level classes. */
  private static final Map<String, Set<String>> DEPENDS = new HashMap<>();

  /** Every dependency of the library's classes, nested classes kept apart, JDK and ANTLR too. */
  private static final Map<String, Set<String>> RAW = new HashMap<>();

  @BeforeAll
  static void readDependencies() throws Exception {
    Path classes = Path.of("target", "classes");
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = classes.relativize(f).toString();
        if (name.endsWith(".class") && !name.equals("module-info.class")) {
          Path to = copy.resolve(name);
          Files.createDirectories(to.getParent());
          Files.copy(f, to);
        }
      }
    }
    StringWriter out = new StringWriter();
    int status =
        ToolProvider.findFirst("jdeps")
            .orElseThrow()
            .run(
                new PrintWriter(out),
                new PrintWriter(out),
                "-verbose:class",
                "-filter:none",
                "--ignore-missing-deps",
                copy.toString());
    assertEquals(0, status, out.toString());
    for (String line : out.toString().split("\n")) {
      Matcher any = ANY_EDGE.matcher(line);
      if (any.find()) {
        RAW.computeIfAbsent(any.group(1), k -> new HashSet<>()).add(any.group(2));
      }
      Matcher m = EDGE.matcher(line);
      if (m.find()) {
        String from = topLevel(m.group(1));
        String to = topLevel(m.group(2));
        if (!from.equals(to)) {
          DEPENDS.computeIfAbsent(from, k -> new HashSet<>()).add(to);
        }
      }
    }
    assertTrue(DEPENDS.size() > 25, "read " + DEPENDS.size() + " classes");
  }

  private static String topLevel(String name) {
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }

  private static boolean isCli(String name) {
    return name.startsWith(ROOT + ".cli.");
  }

  private static String pkg(String name) {
    return name.substring(0, name.lastIndexOf('.'));
  }

  private static boolean isApi(String name) {
    return pkg(name).equals(ROOT);
  }

  private static Set<String> reachable(String from) {
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> todo = new ArrayDeque<>(DEPENDS.getOrDefault(from, Set.of()));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(DEPENDS.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }

  /** The command line is a shell over the public API: it uses no internal class at all. */
  @Test
  void theCommandLineUsesThePublicApiOnly() {
    Set<String> internal = new TreeSet<>();
    RAW.forEach(
        (from, tos) -> {
          if (isCli(from)) {
            tos.stream()
                .filter(to -> to.startsWith(ROOT + ".internal."))
                .forEach(to -> internal.add(from + " -> " + to));
          }
        });
    assertEquals(Set.of(), internal);
  }

  /** The library never depends on its command line. */
  @Test
  void nothingButTheCommandLineDependsOnIt() {
    Set<String> wrong = new TreeSet<>();
    DEPENDS.forEach(
        (from, tos) -> {
          if (!isCli(from)) {
            tos.stream()
                .filter(ArchitectureTest::isCli)
                .forEach(to -> wrong.add(from + " -> " + to));
          }
        });
    assertEquals(Set.of(), wrong);
  }

  @Test
  void noCycleBetweenThePublicApiAndTheInternals() {
    Set<String> cycles = new TreeSet<>();
    for (String api : DEPENDS.keySet()) {
      if (!isApi(api)) {
        continue;
      }
      for (String internal : reachable(api)) {
        if (!isApi(internal) && reachable(internal).contains(api)) {
          cycles.add(api + " <-> " + internal);
        }
      }
    }
    assertEquals(Set.of(), cycles);
  }

  @Test
  void onlyTheEntryPointsReachIntoTheInternals() {
    Set<String> users = new TreeSet<>();
    DEPENDS.forEach(
        (from, tos) -> {
          if (isApi(from) && tos.stream().anyMatch(t -> !isApi(t) && !isCli(t))) {
            users.add(from.substring(ROOT.length() + 1));
          }
        });
    // Place asks the gazetteer where it is, Meeting the table of organizations who organized it,
    // MeetingMerger normalizes text as the parser does; the records with lists check their
    // elements' types (internal.text.Elements)
    assertEquals(
        Set.of(
            "CrossReference",
            "CrossReferences",
            "DateRange",
            "Link",
            "Meeting",
            "MeetingMerger",
            "Place",
            "Section",
            "WsisDocument",
            "WsisParser"),
        users);
  }

  @Test
  void theInternalsAreCutByStageAndDataFlowsOneWay() {
    String internal = ROOT + ".internal.";
    Map<String, Set<String>> allowed =
        Map.of(
            // the one table of character classes, and text normalization: every stage's
            "text", Set.of("text"),
            "source", Set.of("source", "text"),
            "grammar", Set.of("grammar", "text"),
            "build", Set.of("build", "grammar", "text"),
            "html", Set.of("html", "text"),
            // the gazetteer: asked by Place, it asks nothing of the reading stages
            "geo", Set.of("geo", "text"),
            "warc", Set.of("warc", "page", "source", "text"),
            "page", Set.of("page", "build", "source", "html", "text"));
    Set<String> wrong = new TreeSet<>();
    DEPENDS.forEach(
        (from, tos) -> {
          if (!from.startsWith(internal)) {
            return;
          }
          String stage = pkg(from).substring(internal.length());
          assertTrue(allowed.containsKey(stage), "unknown stage package " + pkg(from));
          for (String to : tos) {
            if (to.startsWith(internal)) {
              String target = pkg(to).substring(internal.length());
              if (!allowed.get(stage).contains(target)) {
                wrong.add(from + " -> " + to);
              }
            }
          }
        });
    assertEquals(Set.of(), wrong);
  }

  /**
   * A malformed line is parsed at most twice (SLL, then LL, inside one {@code GrammarRunner.run}):
   * what explains an error reads the failed parse's tree and tokens and can start no parse, since
   * it does not even refer to the classes that parse.
   */
  @Test
  void explainingAnErrorParsesNothingAgain() {
    String internal = ROOT + ".internal.";
    Set<String> explainer = new TreeSet<>();
    RAW.forEach(
        (from, tos) -> {
          if (from.startsWith(internal + "build.SyntaxErrors")) {
            explainer.addAll(tos);
          }
        });
    assertTrue(explainer.contains(internal + "grammar.SyntaxError"), "" + explainer);
    for (String parsing :
        List.of(
            internal + "grammar.GrammarRunner",
            "org.antlr.v4.runtime.CharStreams",
            "org.antlr.v4.runtime.CommonTokenStream",
            internal + "build.DateRangeReader",
            internal + "build.LineParser",
            internal + "build.EntryVisitor")) {
      assertTrue(!explainer.contains(parsing), "SyntaxErrors uses " + parsing);
    }
    for (String reader :
        List.of("LineParser", "EntryVisitor", "PlaceVisitor", "VenueEndVisitor", "Tails")) {
      assertTrue(
          !RAW.getOrDefault(internal + "build." + reader, Set.of())
              .contains(internal + "build.DateRangeReader"),
          "entry lines never parse their dates a second time: " + reader);
    }
  }

  /**
   * The visitors dispatch on labelled alternatives by visiting them (one {@code visit...} per
   * alternative) and read children through the generated accessors: no source file of the library
   * asks a parse-tree context for its class.
   */
  @Test
  void noInstanceofOnParseTreeContexts() throws Exception {
    Pattern contextTest = Pattern.compile("instanceof\\s+(?:WsisParser\\.)?\\w*Context\\b");
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          if (contextTest.matcher(lines.get(i)).find()) {
            found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(Set.of(), found);
  }

  /**
   * Small classes with one job: no source file of the library or its command line over 600 lines.
   */
  @Test
  void noClassOverSixHundredLines() throws Exception {
    Set<String> large = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        int lines = Files.readAllLines(f).size();
        if (lines > 600) {
          large.add(f + ": " + lines);
        }
      }
    }
    assertEquals(Set.of(), large);
  }

  /**
   * The grammar files hold no Java (no {@code @members}, {@code @header}, actions or semantic
   * predicates): what the lexer does by a token's place is {@code LineLexer}, the token cap {@code
   * TokenCap}, both in Java beside the generated code.
   */
  @Test
  void theGrammarFilesHoldNoJava() throws Exception {
    for (String file : List.of("WsisLexer.g4", "WsisParser.g4")) {
      String code =
          Files.readString(Path.of("grammar", file))
              .replaceAll("(?s)/\\*.*?\\*/", "") // comments may say anything
              .replaceAll("//[^\\n]*", "")
              .replaceAll("\\[(?:\\\\.|[^\\]\\\\])*\\]", "") // character sets
              .replaceAll("'(?:\\\\.|[^'\\\\])*'", "") // literals
              .replaceAll("(?:options|tokens)\\s*\\{[^}]*\\}", ""); // the only braces allowed
      assertTrue(!code.contains("@"), file + " holds a named action");
      assertTrue(!code.contains("{") && !code.contains("}"), file + " holds an action");
    }
  }
}
