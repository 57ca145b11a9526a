package io.github.wsisdata.parser;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.wsisdata.parser.internal.build.TitleMatcher;
import io.github.wsisdata.parser.internal.text.Elements;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One parsed page: its title, last-update date, sections with their entries, and every diagnostic.
 *
 * <pre>{@code
 * WsisDocument doc = WsisParser.parse(Path.of("page.txt"));
 * for (Meeting m : doc.meetings()) {
 *   System.out.println(m.dates().format() + "  " + m.title());
 * }
 * }</pre>
 *
 * @param title the page title, if the page has one
 * @param lastUpdated the footer's {@code Updated : YYYY-MM-DD}, if present and valid
 * @param sections sections in page order
 * @param diagnostics errors and warnings in input order
 * @param lineRoles the role of every input line: element {@code i} is line {@code i + 1} (for an
 *     HTML page, of every line of its text rendering)
 * @param sourceInfo what the page was read as (text or HTML, its charset) and what an HTML page
 *     says about itself
 * @serial exclude (the serialized form is described in docs/usage.md)
 */
public record WsisDocument(
    Optional<String> title,
    Optional<LocalDate> lastUpdated,
    List<Section> sections,
    List<Diagnostic> diagnostics,
    List<LineRole> lineRoles,
    SourceInfo sourceInfo)
    implements Serializable {

  /**
   * Validates the fields and copies the lists.
   *
   * @param title see {@link #title()}
   * @param lastUpdated see {@link #lastUpdated()}
   * @param sections see {@link #sections()}
   * @param diagnostics see {@link #diagnostics()}
   * @param lineRoles see {@link #lineRoles()}
   * @param sourceInfo see {@link #sourceInfo()}
   */
  public WsisDocument {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lastUpdated, "lastUpdated");
    sections = Elements.copyOf(sections, Section.class, "sections");
    diagnostics = Elements.copyOf(diagnostics, Diagnostic.class, "diagnostics");
    lineRoles = Elements.copyOf(lineRoles, LineRole.class, "lineRoles");
    Objects.requireNonNull(sourceInfo, "sourceInfo");
  }

  /**
   * A document of a text page read as UTF-8.
   *
   * @param title see {@link #title()}
   * @param lastUpdated see {@link #lastUpdated()}
   * @param sections see {@link #sections()}
   * @param diagnostics see {@link #diagnostics()}
   * @param lineRoles see {@link #lineRoles()}
   */
  public WsisDocument(
      Optional<String> title,
      Optional<LocalDate> lastUpdated,
      List<Section> sections,
      List<Diagnostic> diagnostics,
      List<LineRole> lineRoles) {
    this(title, lastUpdated, sections, diagnostics, lineRoles, SourceInfo.UTF8_TEXT);
  }

  /**
   * All entries of all sections, in page order.
   *
   * @return immutable list
   */
  public List<Entry> entries() {
    return sections.stream().flatMap(s -> s.entries().stream()).toList();
  }

  /**
   * Whether this is a WSIS meeting page, as crawls count them ({@link WsisParser#readWarc}, {@link
   * WsisParser#readMeetingPage}, the command line's {@code --crawl}): it has at least one entry, or
   * an ERROR on a line read as an entry that could not be read (a bad date, a malformed entry; it
   * is reported rather than skipped). Errors about the bytes (malformed UTF-8, a line over the
   * limit) do not make a meeting page. A page with a banner, a footer, headings or dated prose and
   * no entry (a press release, a news page) is not one.
   *
   * @return whether the page has an entry or an entry line that could not be read
   */
  public boolean isMeetingPage() {
    return sections.stream().anyMatch(s -> !s.entries().isEmpty())
        || diagnostics.stream()
            .anyMatch(d -> d.severity() == Severity.ERROR && ENTRY_LINE_ERRORS.contains(d.code()));
  }

  /** The errors of a line read as an entry. */
  private static final java.util.Set<DiagnosticCode> ENTRY_LINE_ERRORS =
      java.util.EnumSet.of(
          DiagnosticCode.INVALID_DAY,
          DiagnosticCode.DAY_NOT_IN_MONTH,
          DiagnosticCode.UNKNOWN_MONTH,
          DiagnosticCode.YEAR_OUT_OF_RANGE,
          DiagnosticCode.END_BEFORE_START,
          DiagnosticCode.TRAILING_TEXT,
          DiagnosticCode.MALFORMED_DATE,
          DiagnosticCode.MALFORMED_ENTRY,
          DiagnosticCode.TOO_DEEP,
          DiagnosticCode.TOO_MANY_TOKENS);

  /**
   * All meetings, in page order (a line with two venues gives two meetings).
   *
   * @return immutable list
   */
  public List<Meeting> meetings() {
    return entriesOf(Meeting.class);
  }

  /**
   * All cross-references, in page order.
   *
   * @return immutable list
   */
  public List<CrossReference> crossReferences() {
    return entriesOf(CrossReference.class);
  }

  /**
   * All links, in page order.
   *
   * @return immutable list
   */
  public List<Link> links() {
    return entriesOf(Link.class);
  }

  private <T extends Entry> List<T> entriesOf(Class<T> type) {
    return entries().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * The dated lines that were read as text, not as entries, with their roles: one for each {@link
   * DiagnosticCode#UNREAD_DATED_LINE} warning (dates inside sentences are prose and are not
   * listed).
   *
   * @return immutable list in line order
   */
  public List<UnreadLine> unreadLines() {
    return diagnostics.stream()
        .filter(d -> d.code() == DiagnosticCode.UNREAD_DATED_LINE)
        .map(
            d ->
                new UnreadLine(
                    d.line(),
                    sourceInfo.format() == InputFormat.HTML || d.line() > lineRoles.size()
                        ? Optional.empty()
                        : Optional.of(lineRoles.get(d.line() - 1)),
                    d.sourceLine().strip(),
                    d))
        .toList();
  }

  /**
   * Diagnostics of the given severity.
   *
   * @param severity ERROR or WARNING
   * @return immutable list in input order
   */
  public List<Diagnostic> diagnostics(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return diagnostics.stream().filter(d -> d.severity() == severity).toList();
  }

  /**
   * Finds the meeting a cross-reference names: first a meeting whose title equals the referenced
   * title after white-space normalization and ignoring letter case; otherwise the meeting whose
   * title is most similar by Jaro-Winkler similarity (Apache Commons Text), if that similarity is
   * at least 0.90. Ties go to the first meeting in page order. In a document of more than 256
   * meetings the similarity is computed for the 64 meetings that share the most distinctive title
   * words with the reference (see docs/format.md). To resolve every reference of a document, use
   * {@link #resolveAll()}, which indexes the meetings once.
   *
   * @param reference a cross-reference (of this or any document)
   * @return the meeting, or empty if none is close enough
   */
  public Optional<Meeting> resolve(CrossReference reference) {
    Objects.requireNonNull(reference, "reference");
    return TitleMatcher.resolve(meetings(), List.of(reference.referencedTitle())).get(0);
  }

  /**
   * Resolves every cross-reference of this document as {@link #resolve(CrossReference)} does,
   * indexing the meetings once: linear in the number of references. When references x meetings pass
   * 65,536 pairs, the similarity search uses the distinctive-word candidates for every reference
   * (as {@code resolve} does past 256 meetings).
   *
   * @return each cross-reference, in page order, with the meeting it names (or empty)
   */
  public Map<CrossReference, Optional<Meeting>> resolveAll() {
    return Collections.unmodifiableMap(
        TitleMatcher.resolveInto(meetings(), crossReferences(), new LinkedHashMap<>()));
  }

  /**
   * Serialized as its {@link SerialForm} ({@link Optional} is not serializable).
   *
   * @return the serialized form
   */
  @java.io.Serial
  private Object writeReplace() {
    return new SerialForm(
        title.orElse(null), lastUpdated.orElse(null), sections, diagnostics, lineRoles, sourceInfo);
  }

  /** The serialized form: the values, absent ones as null. */
  private record SerialForm(
      String title,
      LocalDate lastUpdated,
      List<Section> sections,
      List<Diagnostic> diagnostics,
      List<LineRole> lineRoles,
      SourceInfo sourceInfo)
      implements Serializable {
    @java.io.Serial
    private Object readResolve() {
      return new WsisDocument(
          Optional.ofNullable(title),
          Optional.ofNullable(lastUpdated),
          sections,
          diagnostics,
          lineRoles,
          sourceInfo);
    }
  }

  /** The JSON form (Jackson, no module needed): absent values left out, the date as ISO text. */
  @JsonValue
  private JsonForm json() {
    return new JsonForm(
        title.orElse(null),
        lastUpdated.map(LocalDate::toString).orElse(null),
        sections,
        diagnostics,
        lineRoles,
        sourceInfo);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static WsisDocument fromJson(JsonForm form) {
    return new WsisDocument(
        Optional.ofNullable(form.title),
        Optional.ofNullable(form.lastUpdated).map(LocalDate::parse),
        form.sections,
        form.diagnostics,
        form.lineRoles,
        form.sourceInfo);
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record JsonForm(
      String title,
      String lastUpdated,
      List<Section> sections,
      List<Diagnostic> diagnostics,
      List<LineRole> lineRoles,
      SourceInfo sourceInfo) {}
}
