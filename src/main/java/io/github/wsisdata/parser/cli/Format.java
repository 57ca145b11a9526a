package io.github.wsisdata.parser.cli;

/** Output formats of the command line. */
enum Format {
  /** Aligned columns and a summary line. */
  TABLE,
  /** The whole documents as JSON (Jackson), see docs/wsis-document.schema.json. */
  JSON,
  /** One flat JSON object per meeting and cross-reference per line (JSON Lines). */
  JSONL,
  /** One RFC 4180 row per meeting (Apache Commons CSV). */
  CSV,
  /** One all-day VEVENT per meeting (ical4j). */
  ICS,
  /** A schema.org ItemList of Events as JSON-LD (Jackson). */
  JSONLD,
  /** One self-contained HTML report: summary, timeline, map, table and audit view (jsoup). */
  HTML
}
