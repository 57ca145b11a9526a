/**
 * wsis-parser: turns the plain-text renderings of the ITU's WSIS meeting pages into validated,
 * immutable records. Only {@code io.github.wsisdata.parser} is exported; the reader, the builders
 * and the generated grammar (with the ANTLR runtime, relocated into this module) are internal, and
 * the command line's libraries are optional.
 */
@SuppressWarnings("requires-automatic") // antlr4-runtime has no module descriptor; see below
module io.github.wsisdata.parser {
  exports io.github.wsisdata.parser;

  requires org.apache.commons.text;
  requires org.slf4j;
  requires org.jsoup;

  // jwarc (web archives) has no module name of its own: it is read, not required (WarcPages adds
  // the read edge at run time; see pom.xml).

  // Shaded and relocated into io.github.wsisdata.parser.internal.antlr in the published jar, so
  // it is needed at compile time only.
  requires static org.antlr.antlr4.runtime;

  // The command line (io.github.wsisdata.parser.cli) only: optional dependencies.
  requires static info.picocli;
  requires static com.fasterxml.jackson.databind;

  // The records carry Jackson annotations (their JSON form, no Jackson module needed); Jackson
  // reaches their private JSON forms by reflection.
  requires transitive com.fasterxml.jackson.annotation;

  opens io.github.wsisdata.parser to
      com.fasterxml.jackson.databind;

  requires static org.apache.commons.csv;
  requires static ical4j.core;
  requires static me.tongfei.progressbar;

  opens io.github.wsisdata.parser.cli to
      info.picocli;
}
