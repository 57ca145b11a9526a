package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.MeetingMerger;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes parsed pages in one output format, one page at a time: {@link #begin}, then {@link
 * #document} for each page in input order, then {@link #end}. A page is written and can then be
 * dropped, so memory does not grow with the number of pages. The same input always gives the same
 * bytes.
 */
interface DocumentWriter {
  /**
   * Writes what comes before the first page.
   *
   * @param out where to write
   * @param inputs how many pages will follow
   */
  default void begin(Writer out, int inputs) throws IOException {}

  /** Writes one page. */
  void document(Page document, Writer out) throws IOException;

  /**
   * Whether {@link #render} can make a held page's bytes without the other pages, on any thread
   * (after {@link #begin}): the command line then does it on the thread that parsed the page, and
   * the writing thread only writes the text, in input order, with {@link #rendered}.
   */
  default boolean rendersAlone() {
    return false;
  }

  /**
   * A page's output, made apart from the other pages; only when {@link #rendersAlone()}.
   *
   * @param document a held page
   * @return what {@link #rendered} writes for it
   */
  default String render(Page document) throws IOException {
    java.io.StringWriter text = new java.io.StringWriter();
    document(document, text);
    return text.toString();
  }

  /**
   * Writes a page made by {@link #render}, in input order: the same bytes as {@link #document}.
   *
   * @param page the rendered page
   * @param out where to write
   */
  default void rendered(String page, Writer out) throws IOException {
    out.write(page);
  }

  /**
   * Writes one meeting merged from several pages ({@code --dedupe}), between {@link #begin} and
   * {@link #end}; only the flat formats can.
   */
  default void merged(MeetingMerger.MergedMeeting meeting, Writer out) throws IOException {
    throw new UnsupportedOperationException("this format does not write merged meetings");
  }

  /**
   * Writes one cross-reference of a page read with {@code --dedupe}, after the merged meetings,
   * pointing at the merged meeting it names (its first occurrence's line and its ID).
   */
  default void mergedReference(
      String source,
      io.github.wsisdata.parser.CrossReference reference,
      java.util.Optional<Page.Target> target,
      Writer out)
      throws IOException {
    throw new UnsupportedOperationException("this format does not write merged meetings");
  }

  /** Writes what comes after the last page. */
  default void end(Writer out) throws IOException {}

  /** All at once: for tests and small runs. */
  default void write(List<Page> documents, Writer out) throws IOException {
    begin(out, documents.size());
    for (Page d : documents) {
      document(d, out);
    }
    end(out);
  }

  /** The writer of merged meetings ({@code --dedupe}): flat JSON, JSON Lines or CSV. */
  static DocumentWriter merged(Format format, boolean excel) {
    return switch (format) {
      case TABLE -> new TableWriter();
      case JSON -> new FlatWriter(false);
      case JSONL -> new FlatWriter(true);
      case CSV -> new CsvWriter(excel, true);
      default -> throw new IllegalArgumentException("--dedupe does not go with " + format);
    };
  }

  static DocumentWriter of(Format format, boolean excel, boolean flat) {
    return switch (format) {
      case TABLE -> new TableWriter();
      case JSON -> flat ? new FlatWriter(false) : new JsonWriter();
      case JSONL -> new FlatWriter(true);
      case CSV -> new CsvWriter(excel, false);
      case ICS -> new IcsWriter();
      case JSONLD -> new JsonLdWriter();
      case HTML -> new ReportWriter();
    };
  }
}
