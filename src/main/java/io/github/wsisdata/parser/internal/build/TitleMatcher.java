package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.Meeting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Finds the meeting a cross-reference names, with an index built once per document: exact titles by
 * hash; the similarity search over every meeting for pages of up to {@value #SMALL_PAGE} meetings
 * (every real WSIS page), and over the meetings that share the most distinctive title words with
 * the reference for larger documents, so that resolving every reference stays linear.
 */
public final class TitleMatcher {
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

  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

  private final List<Meeting> meetings;
  private final List<String> keys = new ArrayList<>();
  private final Map<String, Meeting> exact = new HashMap<>();
  private final Map<String, List<Integer>> byWord = new HashMap<>();
  private final int distinctive;

  private final boolean blocking;

  /**
   * Indexes the meetings of a document.
   *
   * @param meetings candidates in page order
   * @param references how many references will be resolved with this index
   */
  public TitleMatcher(List<Meeting> meetings, int references) {
    this.meetings = meetings;
    this.blocking =
        meetings.size() > SMALL_PAGE || (long) meetings.size() * Math.max(1, references) > PAIRS;
    for (int i = 0; i < meetings.size(); i++) {
      String key = key(meetings.get(i).title());
      keys.add(key);
      exact.putIfAbsent(key, meetings.get(i));
      if (blocking) {
        for (String word : words(key)) {
          List<Integer> postings = byWord.computeIfAbsent(word, w -> new ArrayList<>());
          if (postings.isEmpty() || postings.get(postings.size() - 1) != i) {
            postings.add(i);
          }
        }
      }
    }
    // a word in more meetings than this tells nothing about which one is meant
    this.distinctive = Math.max(16, meetings.size() / 20);
  }

  /**
   * Exact match after normalization (white space, letter case) first, else the most similar title
   * at or above {@link #THRESHOLD}; ties go to the first in page order.
   *
   * @param title the referenced title
   * @return the best meeting, if any
   */
  public Optional<Meeting> bestMatch(String title) {
    String wanted = key(title);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    Meeting same = exact.get(wanted);
    if (same != null) {
      return Optional.of(same);
    }
    String prefix = prefix(wanted);
    Meeting best = null;
    double bestScore = THRESHOLD;
    for (int i : candidates(wanted)) {
      double score = SIMILARITY.apply(prefix, prefix(keys.get(i)));
      if (score > bestScore || (best == null && score >= THRESHOLD)) {
        best = meetings.get(i);
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Meeting indices to compare, ascending (page order decides ties). */
  private List<Integer> candidates(String wanted) {
    List<Integer> all = new ArrayList<>();
    if (!blocking) {
      for (int i = 0; i < meetings.size(); i++) {
        all.add(i);
      }
      return all;
    }
    Map<Integer, Integer> shared = new HashMap<>();
    for (String word : words(wanted)) {
      List<Integer> postings = byWord.get(word);
      if (postings != null && postings.size() <= distinctive) {
        postings.forEach(i -> shared.merge(i, 1, Integer::sum));
      }
    }
    all.addAll(shared.keySet());
    all.sort(
        (a, b) ->
            shared.get(b) != shared.get(a).intValue() ? shared.get(b) - shared.get(a) : a - b);
    List<Integer> top = new ArrayList<>(all.subList(0, Math.min(CANDIDATES, all.size())));
    top.sort(null);
    return top;
  }

  /** The distinct words of three or more letters or digits of a key. */
  private static List<String> words(String key) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= key.length(); i++) {
      boolean letter = i < key.length() && Character.isLetterOrDigit(key.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (i - start >= 3) {
          String word = key.substring(start, i);
          if (!words.contains(word)) {
            words.add(word);
          }
        }
        start = -1;
      }
    }
    return words;
  }

  private static String prefix(String key) {
    return key.length() <= SIMILARITY_PREFIX ? key : key.substring(0, SIMILARITY_PREFIX);
  }

  private static String key(String title) {
    return Text.normalize(title).toLowerCase(Locale.ROOT);
  }
}
