package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.CrossReference;
import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.internal.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Finds the meetings that cross-references name. The references are indexed, and the meetings are
 * then offered one by one in page order, so that the meetings need not be held: a document in
 * memory and a page streamed from a file (read again for each pass) give the same answers. For each
 * reference, only a handle of the answer is kept (the meeting itself, or what a writer needs of
 * it).
 *
 * <p>Exact titles (after normalization) win; else the most similar title at or above {@link
 * #THRESHOLD}, ties to the first in page order. The similarity is computed against every meeting
 * for pages of up to {@value #SMALL_PAGE} meetings (every real WSIS page), and against the {@value
 * #CANDIDATES} meetings that share the most distinctive title words with the reference in larger
 * documents, so that resolving every reference stays linear. Large documents take three passes:
 * {@link #count} (how common each word is), {@link #offer} (candidates), {@link #score} (similarity
 * of the candidates); small ones only {@link #offer}.
 *
 * @param <T> what is kept of an answer
 */
public final class TitleMatcher<T> {
  /** Lowest Jaro-Winkler similarity (0..1) accepted for an inexact match. */
  public static final double THRESHOLD = 0.90;

  /**
   * Titles are compared by similarity on their first this many characters only: Jaro-Winkler is
   * quadratic in the worst case, and no real title is longer.
   */
  static final int SIMILARITY_PREFIX = 500;

  /** Up to this many meetings, an inexact match is searched among all of them. */
  public static final int SMALL_PAGE = 256;

  /**
   * Up to this many title comparisons (references x meetings) for all references of a document,
   * every meeting is compared with every reference; past it, only distinctive-word candidates.
   */
  public static final long PAIRS = 65_536;

  /** In larger documents, the similarity is computed for at most this many candidates. */
  static final int CANDIDATES = 64;

  /**
   * Comparing two titles costs about the product of their lengths (Jaro-Winkler). Every meeting is
   * compared with every reference only while that costs at most this many character pairs in all
   * ({@value #PAIRS} pairs of 64-character titles); a reference's candidates in a larger document
   * are limited to this share ({@value #CANDIDATES} candidates of 64 characters), so that long
   * titles cannot make resolution quadratic (256 references and meetings with titles of 500
   * characters took 25 s).
   */
  static final long WORK = PAIRS * 64 * 64;

  /** The share of {@link #WORK} of one reference's candidates in a larger document. */
  static final long WORK_PER_REFERENCE = CANDIDATES * 64 * 64;

  /** At least this many candidates are compared with each reference, however long its title. */
  static final int MIN_CANDIDATES = 2;

  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

  private final String[] wanted;
  private final boolean blocking;
  private final int distinctive;
  private final Map<String, List<Integer>> referencesByKey = new HashMap<>();
  private final Map<String, List<Integer>> referencesByWord = new HashMap<>();
  private final Map<String, int[]> frequency = new HashMap<>();

  /**
   * The most references a word may be in and still say which meeting a reference names: a twentieth
   * of them, between 16 and {@value #MAX_REFERENCES_PER_WORD}. The bound keeps the work per meeting
   * offered constant (a meeting's words times the references of each), so that pages of many
   * references on one vocabulary stay linear.
   */
  private final int distinctiveReferences;

  /** The upper bound of {@link #distinctiveReferences}. */
  static final int MAX_REFERENCES_PER_WORD = 64;

  private final Object[] exact;
  private final Object[] best;
  private final double[] bestScore;

  /**
   * Per reference, a min-heap of its best candidates so far, worst at the root: {@code shared << 32
   * | (Integer.MAX_VALUE - index)} (fewer shared words, then later in the page, is worse).
   */
  private final long[][] heaps;

  private final int[] heapSizes;

  /** Per reference, how many candidates its heap may hold. */
  private final int[] capacity;

  /** Character pairs compared so far (the cost of the similarity), for tests and harnesses. */
  private long work;

  /** After {@link #offer}: {@code index << 32 | reference}, sorted, for {@link #score}. */
  private long[] pairs;

  private int pair;
  private int offered;
  private int scored;

  /**
   * Indexes the references of a document.
   *
   * @param titles the referenced titles
   * @param meetings how many meetings will be offered
   */
  public TitleMatcher(List<String> titles, int meetings) {
    wanted = titles.stream().map(TitleMatcher::key).toArray(String[]::new);
    // a reference of n characters is compared with titles of at most 2n (see mayReach): n * 2n
    long costPerMeeting = 0;
    for (String key : wanted) {
      long n = Math.min(key.length(), SIMILARITY_PREFIX);
      costPerMeeting += 2 * n * n;
    }
    blocking =
        meetings > SMALL_PAGE
            || (long) meetings * Math.max(1, wanted.length) > PAIRS
            || meetings * costPerMeeting > WORK;
    // a word in more meetings than this tells nothing about which one is meant
    distinctive = Math.max(16, meetings / 20);
    distinctiveReferences = Math.min(MAX_REFERENCES_PER_WORD, Math.max(16, wanted.length / 20));
    exact = new Object[wanted.length];
    best = new Object[wanted.length];
    bestScore = new double[wanted.length];
    Arrays.fill(bestScore, THRESHOLD);
    heaps = new long[blocking ? wanted.length : 0][];
    heapSizes = new int[heaps.length];
    capacity = new int[heaps.length];
    for (int r = 0; r < capacity.length; r++) {
      long n = Math.max(1, Math.min(wanted[r].length(), SIMILARITY_PREFIX));
      capacity[r] =
          (int) Math.max(MIN_CANDIDATES, Math.min(CANDIDATES, WORK_PER_REFERENCE / (2 * n * n)));
    }
    for (int r = 0; r < wanted.length; r++) {
      if (!wanted[r].isEmpty()) {
        referencesByKey.computeIfAbsent(wanted[r], k -> new ArrayList<>()).add(r);
      }
      if (blocking) {
        for (String word : words(wanted[r])) {
          referencesByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(r);
          frequency.putIfAbsent(word, new int[1]);
        }
      }
    }
  }

  /**
   * Resolves every cross-reference against meetings held in memory, into {@code into}.
   *
   * @param meetings the candidates, in page order
   * @param references the cross-references, in page order
   * @param into receives each reference with the meeting it names (or empty), in page order
   * @return {@code into}
   */
  public static Map<CrossReference, Optional<Meeting>> resolveInto(
      List<Meeting> meetings,
      List<CrossReference> references,
      Map<CrossReference, Optional<Meeting>> into) {
    List<Optional<Meeting>> found =
        resolve(meetings, references.stream().map(CrossReference::referencedTitle).toList());
    for (int i = 0; i < references.size(); i++) {
      into.put(references.get(i), found.get(i));
    }
    return into;
  }

  /**
   * Resolves every title against meetings held in memory.
   *
   * @param meetings the candidates, in page order
   * @param titles the referenced titles
   * @return the best meeting for each title, in the order of {@code titles}
   */
  public static List<Optional<Meeting>> resolve(List<Meeting> meetings, List<String> titles) {
    return matched(meetings, titles).results();
  }

  /** Every pass over meetings held in memory; the matcher holds the results and the work done. */
  static TitleMatcher<Meeting> matched(List<Meeting> meetings, List<String> titles) {
    TitleMatcher<Meeting> matcher = new TitleMatcher<>(titles, meetings.size());
    if (matcher.needsCounting()) {
      meetings.forEach(matcher::count);
    }
    meetings.forEach(m -> matcher.offer(m, m));
    if (matcher.needsScoring()) {
      meetings.forEach(m -> matcher.score(m, m));
    }
    return matcher;
  }

  /**
   * Whether the meetings are to be counted ({@link #count}, every meeting) before they are offered.
   *
   * @return true for large documents
   */
  public boolean needsCounting() {
    return blocking;
  }

  /**
   * First pass of a large document: counts in how many meetings each title word of a reference is.
   *
   * @param meeting the next meeting
   */
  public void count(Meeting meeting) {
    for (String word : words(key(meeting.title()))) {
      int[] n = frequency.get(word);
      if (n != null) {
        n[0]++;
      }
    }
  }

  /**
   * Offers the next meeting, in page order.
   *
   * @param meeting the next meeting
   * @param handle what to keep of it if it is an answer
   */
  public void offer(Meeting meeting, T handle) {
    int index = offered++;
    String key = key(meeting.title());
    for (int r : referencesByKey.getOrDefault(key, List.of())) {
      if (exact[r] == null) {
        exact[r] = handle;
      }
    }
    if (!blocking) {
      for (int r = 0; r < wanted.length; r++) {
        if (exact[r] == null && !wanted[r].isEmpty()) {
          consider(r, key, handle);
        }
      }
      return;
    }
    Map<Integer, Integer> shared = new HashMap<>();
    for (String word : words(key)) {
      List<Integer> references = referencesByWord.get(word);
      // a word in many meetings, or in many references, tells nothing about which is meant (and
      // would make every meeting a candidate of every reference)
      if (references != null
          && frequency.get(word)[0] <= distinctive
          && references.size() <= distinctiveReferences) {
        references.forEach(r -> shared.merge(r, 1, Integer::sum));
      }
    }
    shared.forEach((r, n) -> push(r, ((long) n << 32) | (Integer.MAX_VALUE - index)));
  }

  /** Adds a candidate to a reference's heap, dropping the worst past its capacity. */
  private void push(int r, long candidate) {
    long[] heap = heaps[r];
    if (heap == null) {
      heap = new long[Math.min(4, capacity[r])];
      heaps[r] = heap;
    }
    int size = heapSizes[r];
    if (size == capacity[r]) {
      if (candidate > heap[0]) {
        heap[0] = candidate;
        siftDown(heap, size);
      }
      return;
    }
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, Math.min(capacity[r], size * 2));
      heaps[r] = heap;
    }
    int i = size;
    heap[i] = candidate;
    while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
      long parent = heap[(i - 1) / 2];
      heap[(i - 1) / 2] = heap[i];
      heap[i] = parent;
      i = (i - 1) / 2;
    }
    heapSizes[r] = size + 1;
  }

  private static void siftDown(long[] heap, int size) {
    int i = 0;
    while (true) {
      int smallest = i;
      int left = 2 * i + 1;
      int right = left + 1;
      if (left < size && heap[left] < heap[smallest]) {
        smallest = left;
      }
      if (right < size && heap[right] < heap[smallest]) {
        smallest = right;
      }
      if (smallest == i) {
        return;
      }
      long swap = heap[i];
      heap[i] = heap[smallest];
      heap[smallest] = swap;
      i = smallest;
    }
  }

  /**
   * Whether the candidates are to be scored ({@link #score}, every meeting again) after every
   * meeting was offered.
   *
   * @return true for large documents where a reference has candidates and no exact match
   */
  public boolean needsScoring() {
    if (pairs == null) {
      int n = 0;
      for (int r = 0; r < heaps.length; r++) {
        n += exact[r] == null && !wanted[r].isEmpty() ? heapSizes[r] : 0;
      }
      pairs = new long[n];
      int k = 0;
      for (int r = 0; r < heaps.length; r++) {
        if (exact[r] == null && !wanted[r].isEmpty()) {
          for (int i = 0; i < heapSizes[r]; i++) {
            long index = Integer.MAX_VALUE - (int) heaps[r][i];
            pairs[k++] = (index << 32) | r;
          }
        }
        heaps[r] = null;
      }
      Arrays.sort(pairs);
    }
    return pairs.length > 0;
  }

  /**
   * Third pass of a large document: the meetings again, in page order.
   *
   * @param meeting the next meeting
   * @param handle what to keep of it if it is an answer
   */
  public void score(Meeting meeting, T handle) {
    needsScoring();
    long index = scored++;
    String key = null;
    while (pair < pairs.length && pairs[pair] >>> 32 == index) {
      if (key == null) {
        key = key(meeting.title());
      }
      consider((int) pairs[pair++], key, handle);
    }
  }

  private void consider(int r, String key, T handle) {
    int a = Math.min(wanted[r].length(), SIMILARITY_PREFIX);
    int b = Math.min(key.length(), SIMILARITY_PREFIX);
    if (!mayReach(a, b)) {
      return;
    }
    work += (long) a * b;
    double score = SIMILARITY.apply(prefix(wanted[r]), prefix(key));
    if (score > bestScore[r] || (best[r] == null && score >= THRESHOLD)) {
      best[r] = handle;
      bestScore[r] = score;
    }
  }

  /**
   * Whether titles of these lengths can be similar at {@link #THRESHOLD}: Jaro similarity is at
   * most (2 + shorter / longer) / 3, and Winkler's prefix bonus lifts it to at most 0.6 x Jaro +
   * 0.4, so 0.9 needs the shorter to be at least half the longer.
   */
  static boolean mayReach(int a, int b) {
    return 2L * Math.min(a, b) >= Math.max(a, b);
  }

  /**
   * Character pairs compared so far: the cost of the similarities computed.
   *
   * @return the sum, over the titles compared, of the product of their compared lengths
   */
  public long work() {
    return work;
  }

  /**
   * The answers, once every pass is done.
   *
   * @return the answer for each title, in the order the titles were given
   */
  @SuppressWarnings("unchecked") // only T values are stored
  public List<Optional<T>> results() {
    List<Optional<T>> results = new ArrayList<>(wanted.length);
    for (int r = 0; r < wanted.length; r++) {
      results.add(Optional.ofNullable((T) (exact[r] != null ? exact[r] : best[r])));
    }
    return results;
  }

  /** The distinct words of three or more letters or digits of a key, in order (a set: linear). */
  private static List<String> words(String key) {
    java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
    int start = -1;
    for (int i = 0; i <= key.length(); i++) {
      boolean letter = i < key.length() && Character.isLetterOrDigit(key.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (i - start >= 3) {
          words.add(key.substring(start, i));
        }
        start = -1;
      }
    }
    return new ArrayList<>(words);
  }

  private static String prefix(String key) {
    return key.length() <= SIMILARITY_PREFIX ? key : key.substring(0, SIMILARITY_PREFIX);
  }

  private static String key(String title) {
    return Text.normalize(title).toLowerCase(Locale.ROOT);
  }
}
