package io.github.wsisdata.parser;

import io.github.wsisdata.parser.internal.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Merges the meetings of many pages into one list: meetings with the same dates, the same title
 * (white space aside; letter case counts, as in {@link Meeting#id()}), the same place as resolved
 * ({@link Place#location()}: {@code Geneva (Switzerland)}, {@code Genève (Suisse)} and {@code
 * Ginebra} are one place; a place that does not resolve is compared by its country code and city,
 * or by its text) and the same organizations as resolved ({@link Meeting#organizations()}: {@code
 * ITU} and {@code UIT} are one) are one {@link MergedMeeting} that lists every place it was found,
 * in the order pages were added; it holds the meeting as first found. Near-duplicates (the same
 * dates and resolved place, titles that differ only in letter case or by a Jaro-Winkler similarity
 * of at least {@link #NEAR_DUPLICATE_SIMILARITY}, Apache Commons Text, or the same title and other
 * organizers) are not merged but reported as {@link NearDuplicate}s.
 *
 * <p>Add pages one at a time (memory holds the merged meetings, not the pages): {@code
 * MeetingMerger merger = new MeetingMerger(); merger.add("a.txt", docA); ...; merger.meetings()}.
 * Not thread-safe.
 */
public final class MeetingMerger {
  /** Titles at least this similar (Jaro-Winkler, letter case ignored) are near-duplicates. */
  public static final double NEAR_DUPLICATE_SIMILARITY = 0.90;

  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

  /** Where a meeting was found: the page's name, the line and the section heading. */
  public record Occurrence(String document, int line, String section) {
    /**
     * Validates the fields.
     *
     * @param document see {@link #document()}
     * @param line see {@link #line()}
     * @param section see {@link #section()}
     */
    public Occurrence {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(section, "section");
      if (line < 1) {
        throw new IllegalArgumentException("line must be 1 or more: " + line);
      }
    }
  }

  /**
   * One meeting and every place it was found.
   *
   * @param meeting the meeting as first found
   * @param occurrences where it was found, first one first
   */
  public record MergedMeeting(Meeting meeting, List<Occurrence> occurrences) {
    /**
     * Validates the fields and copies the list.
     *
     * @param meeting see {@link #meeting()}
     * @param occurrences see {@link #occurrences()}
     */
    public MergedMeeting {
      Objects.requireNonNull(meeting, "meeting");
      occurrences = List.copyOf(occurrences);
      if (occurrences.isEmpty()) {
        throw new IllegalArgumentException("a merged meeting was found somewhere");
      }
    }
  }

  /**
   * Two meetings with the same dates and place whose titles nearly match.
   *
   * @param first the one found first
   * @param second the other
   * @param similarity Jaro-Winkler similarity of the titles, letter case ignored
   */
  public record NearDuplicate(MergedMeeting first, MergedMeeting second, double similarity) {
    /**
     * Validates the fields.
     *
     * @param first see {@link #first()}
     * @param second see {@link #second()}
     * @param similarity see {@link #similarity()}
     */
    public NearDuplicate {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
    }
  }

  private final Map<String, List<Occurrence>> occurrences = new LinkedHashMap<>();
  private final Map<String, Meeting> meetings = new LinkedHashMap<>();

  /** Meetings by dates and place: the candidates for near-duplicates of a new meeting. */
  private final Map<List<Object>, java.util.ArrayDeque<String>> byDatesPlaceAndBlock =
      new java.util.HashMap<>();

  /** The cluster each meeting with a near-duplicate belongs to (union-find parents). */
  private final Map<String, String> cluster = new java.util.HashMap<>();

  /**
   * How many of the latest meetings of a block a new one is compared with: the "sorted
   * neighbourhood" that keeps the comparisons linear in the number of meetings.
   */
  static final int WINDOW = 64;

  private final List<String[]> nearPairs = new ArrayList<>();
  private final List<Double> nearSimilarities = new ArrayList<>();

  /** An empty merger; add pages with {@link #add(String, WsisDocument)}. */
  public MeetingMerger() {
    // nothing merged yet
  }

  /**
   * Adds the meetings of one page.
   *
   * @param name the page's name (a file name, a URL)
   * @param document the page
   */
  public void add(String name, WsisDocument document) {
    Objects.requireNonNull(name, "name");
    for (Meeting m : document.meetings()) {
      add(name, m);
    }
  }

  /**
   * Adds one meeting of a page, for pages read as a stream of entries ({@link
   * WsisParser#stream(java.nio.file.Path, java.util.function.Consumer)}): adding every meeting of a
   * document in page order is the same as {@link #add(String, WsisDocument)}.
   *
   * @param name the page's name in {@link Occurrence#document()}
   * @param meeting a meeting of that page
   */
  public void add(String name, Meeting meeting) {
    Objects.requireNonNull(name, "name");
    Meeting m = Objects.requireNonNull(meeting, "meeting");
    String place = placeKey(m.place());
    String id = key(m, place, Text.normalize(m.title()));
    String title = Text.normalize(m.title()).toLowerCase(Locale.ROOT);
    Occurrence at = new Occurrence(name, m.source().line(), m.section());
    List<Occurrence> known = occurrences.get(id);
    if (known != null) {
      known.add(at);
      return;
    }
    List<Occurrence> list = new ArrayList<>();
    list.add(at);
    occurrences.put(id, list);
    meetings.put(id, m);
    // blocking: the same dates, resolved place and first letters of the title; within a block,
    // the latest WINDOW meetings (titles at least 0.90 alike by Jaro-Winkler almost always share
    // their first letters, which that measure weighs most)
    java.util.ArrayDeque<String> same =
        byDatesPlaceAndBlock.computeIfAbsent(
            List.of(m.dates(), place, block(title)), k -> new java.util.ArrayDeque<>());
    String best = null;
    double bestSimilarity = 0;
    for (String other : same) {
      String otherTitle = Text.normalize(meetings.get(other).title()).toLowerCase(Locale.ROOT);
      double similarity = title.equals(otherTitle) ? 1.0 : SIMILARITY.apply(title, otherTitle);
      if (similarity >= NEAR_DUPLICATE_SIMILARITY && similarity > bestSimilarity) {
        best = other;
        bestSimilarity = similarity;
      }
    }
    if (best != null) {
      // one pair per meeting that joins a cluster: its most similar earlier meeting
      nearPairs.add(new String[] {best, id});
      nearSimilarities.add(bestSimilarity);
      cluster.put(id, root(best));
      cluster.putIfAbsent(best, best);
    }
    same.addFirst(id);
    if (same.size() > WINDOW) {
      same.removeLast();
    }
  }

  /** The first letters and digits of a title, the block it is compared in. */
  private static String block(String title) {
    StringBuilder b = new StringBuilder(4);
    for (int i = 0; i < title.length() && b.length() < 4; i++) {
      char c = title.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private String root(String id) {
    String r = id;
    while (cluster.containsKey(r) && !cluster.get(r).equals(r)) {
      r = cluster.get(r);
    }
    return r;
  }

  /**
   * The near-duplicates found, as clusters: each cluster the meetings (at least two) linked by
   * near-duplicate pairs, in the order they were found; clusters in the order of their first
   * meeting. The command line reports one warning per cluster.
   *
   * @return the clusters
   */
  public List<List<MergedMeeting>> nearDuplicateClusters() {
    Map<String, List<MergedMeeting>> byRoot = new LinkedHashMap<>();
    for (String[] pair : nearPairs) {
      String r = root(pair[0]);
      List<MergedMeeting> members =
          byRoot.computeIfAbsent(r, k -> new ArrayList<>(List.of(merged(pair[0]))));
      members.add(merged(pair[1]));
    }
    List<List<MergedMeeting>> out = new ArrayList<>();
    byRoot.values().forEach(c -> out.add(List.copyOf(c)));
    return List.copyOf(out);
  }

  /**
   * The merged meeting a meeting was merged into (one added before), for pointing a cross-reference
   * at it.
   *
   * @param meeting a meeting that was added
   * @return its merged meeting, or empty if it was never added
   */
  public java.util.Optional<MergedMeeting> mergedOf(Meeting meeting) {
    String id = key(meeting, placeKey(meeting.place()), Text.normalize(meeting.title()));
    return meetings.containsKey(id)
        ? java.util.Optional.of(merged(id))
        : java.util.Optional.empty();
  }

  private MergedMeeting merged(String id) {
    return new MergedMeeting(meetings.get(id), occurrences.get(id));
  }

  /** What makes two meetings one: dates, title, resolved place. */
  private static String key(Meeting m, String place, String title) {
    return m.dates().start() + "/" + m.dates().end() + "\n" + title + "\n" + place;
  }

  /** A place as compared: its GeoNames ID, else its country code and city, else its text. */
  private static String placeKey(Place p) {
    if (p.online()) {
      return "online";
    }
    java.util.Optional<Location> at = p.location();
    if (at.isPresent()) {
      return "geonames:" + at.get().geonameId();
    }
    String city = Text.normalize(p.city().orElse("")).toLowerCase(Locale.ROOT);
    return p.countryCode().isPresent()
        ? "country:" + p.countryCode().get() + "/" + city
        : "text:" + city + "/" + Text.normalize(p.country().orElse("")).toLowerCase(Locale.ROOT);
  }

  /**
   * The merged meetings, in the order they were first found.
   *
   * @return the meetings
   */
  public List<MergedMeeting> meetings() {
    List<MergedMeeting> merged = new ArrayList<>(meetings.size());
    for (Map.Entry<String, Meeting> e : meetings.entrySet()) {
      merged.add(new MergedMeeting(e.getValue(), occurrences.get(e.getKey())));
    }
    return List.copyOf(merged);
  }

  /**
   * The near-duplicates found, in the order they were found.
   *
   * @return pairs of meetings
   */
  public List<NearDuplicate> nearDuplicates() {
    List<NearDuplicate> near = new ArrayList<>(nearPairs.size());
    for (int i = 0; i < nearPairs.size(); i++) {
      String[] pair = nearPairs.get(i);
      near.add(
          new NearDuplicate(
              new MergedMeeting(meetings.get(pair[0]), occurrences.get(pair[0])),
              new MergedMeeting(meetings.get(pair[1]), occurrences.get(pair[1])),
              nearSimilarities.get(i)));
    }
    return List.copyOf(near);
  }
}
