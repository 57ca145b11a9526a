package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The exported package exposes only its own types and the JDK's: no ANTLR, Commons Text, SLF4J or
 * internal type appears in any public signature, and the package holds only the API.
 */
class PublicApiTest {
  private static final String API = "io.github.wsisdata.parser";

  private static List<Class<?>> apiClasses() throws IOException, ClassNotFoundException {
    Path dir = Path.of("target", "classes", API.replace('.', '/'));
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String name = f.getFileName().toString().replace(".class", "");
        classes.add(Class.forName(API + "." + name));
      }
    }
    return classes;
  }

  @Test
  void publicSignaturesUseOnlyApiAndJdkTypes() throws Exception {
    Set<String> offenders = new TreeSet<>();
    for (Class<?> c : apiClasses()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        continue;
      }
      check(c.getGenericSuperclass(), c + " extends", offenders);
      for (Type t : c.getGenericInterfaces()) {
        check(t, c + " implements", offenders);
      }
      for (Method m : c.getDeclaredMethods()) {
        if (isVisible(m.getModifiers()) && !m.isSynthetic()) {
          check(m.getGenericReturnType(), m.toString(), offenders);
          for (Type p : m.getGenericParameterTypes()) {
            check(p, m.toString(), offenders);
          }
          for (Type e : m.getGenericExceptionTypes()) {
            check(e, m.toString(), offenders);
          }
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (isVisible(k.getModifiers())) {
          for (Type p : k.getGenericParameterTypes()) {
            check(p, k.toString(), offenders);
          }
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (isVisible(f.getModifiers())) {
          check(f.getGenericType(), f.toString(), offenders);
        }
      }
    }
    assertEquals(Set.of(), offenders);
  }

  @Test
  void theApiPackageHoldsOnlyTheDocumentedTypes() throws Exception {
    Set<String> names = new TreeSet<>();
    for (Class<?> c : apiClasses()) {
      if (c.getEnclosingClass() == null) {
        names.add(c.getSimpleName());
      }
    }
    assertEquals(
        new TreeSet<>(
            List.of(
                "CrossReference",
                "DateRange",
                "Diagnostic",
                "DiagnosticCode",
                "Entry",
                "LineRole",
                "Link",
                "Location",
                "Meeting",
                "MeetingMerger",
                "Organization",
                "Hyperlink",
                "ArchiveRecord",
                "ArchivedPage",
                "CrossReferences",
                "PageListener",
                "UnreadLine",
                "InputFormat",
                "SourceInfo",
                "Place",
                "Section",
                "Severity",
                "SourceSpan",
                "WsisDocument",
                "WsisParseException",
                "WsisParser")),
        names);
    assertTrue(Entry.class.isSealed());
  }

  /**
   * The parser's verbs: {@code read} (a document) and {@code stream} (entries), each for a file, a
   * byte stream, a reader and text; {@code parse(Path)} and {@code parseText} are the lenient
   * shortcuts; {@code readWarc} gives the pages of a web archive ({@code archivedPages} the same
   * unparsed, {@code isWarc} tells one); {@code walk} hands a file's findings to a listener. No
   * method takes a {@code String} that could be mistaken for a file name.
   */
  @Test
  void theParserHasOneVerbPairForTheSameFourInputKinds() {
    Set<String> methods = new TreeSet<>();
    for (Method m : WsisParser.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())) {
        StringBuilder sig =
            new StringBuilder(Modifier.isStatic(m.getModifiers()) ? "static " : "")
                .append(m.getName())
                .append('(');
        for (Class<?> p : m.getParameterTypes()) {
          sig.append(sig.charAt(sig.length() - 1) == '(' ? "" : ",").append(p.getSimpleName());
        }
        methods.add(sig.append(')').toString());
      }
    }
    assertEquals(
        new TreeSet<>(
            List.of(
                "readMeetingPage(Path)",
                "readWarc(Path,Consumer)",
                "archivedPages(Path,Consumer)",
                "static isWarc(Path)",
                "walk(Path,PageListener)",
                "static parse(Path)",
                "static parseText(CharSequence)",
                "static builder()",
                "static clearCaches()",
                "read(Path)",
                "read(InputStream)",
                "read(Reader)",
                "readText(CharSequence)",
                "stream(Path,Consumer)",
                "stream(InputStream,Consumer)",
                "stream(Reader,Consumer)",
                "streamText(CharSequence,Consumer)",
                "isStrict()",
                "maxInputSize()",
                "maxLineLength()")),
        methods);
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void check(Type type, String where, Set<String> offenders) {
    if (type == null) {
      return;
    }
    if (type instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      String pkg = c.getPackageName();
      boolean ok = c.isPrimitive() || pkg.startsWith("java.") || pkg.equals(API);
      if (!ok) {
        offenders.add(c.getName() + " in " + where);
      }
    } else if (type instanceof ParameterizedType p) {
      check(p.getRawType(), where, offenders);
      for (Type a : p.getActualTypeArguments()) {
        check(a, where, offenders);
      }
    } else if (type instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        check(b, where, offenders);
      }
      for (Type b : w.getLowerBounds()) {
        check(b, where, offenders);
      }
    } else if (type instanceof GenericArrayType g) {
      check(g.getGenericComponentType(), where, offenders);
    } else if (type instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        check(b, where, offenders);
      }
    }
  }
}
