package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.Meeting;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Finds the meeting a cross-reference names. */
public final class TitleMatcher {
  /** Lowest Jaro-Winkler similarity (0..1) accepted for an inexact match. */
  public static final double THRESHOLD = 0.90;

  /**
   * Titles are compared by similarity on their first this many characters only: Jaro-Winkler is
   * quadratic in the worst case, and no real title is longer.
   */
  static final int SIMILARITY_PREFIX = 500;

  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

  private TitleMatcher() {}

  /**
   * Exact match after normalization (white space, letter case) first, else the most similar title
   * at or above {@link #THRESHOLD}; ties go to the first in page order.
   *
   * @param title the referenced title
   * @param meetings candidates in page order
   * @return the best meeting, if any
   */
  public static Optional<Meeting> bestMatch(String title, List<Meeting> meetings) {
    String wanted = key(title);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    for (Meeting m : meetings) {
      if (key(m.title()).equals(wanted)) {
        return Optional.of(m);
      }
    }
    Meeting best = null;
    double bestScore = THRESHOLD;
    for (Meeting m : meetings) {
      double score = SIMILARITY.apply(prefix(wanted), prefix(key(m.title())));
      if (score > bestScore || (best == null && score >= THRESHOLD)) {
        best = m;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String prefix(String key) {
    return key.length() <= SIMILARITY_PREFIX ? key : key.substring(0, SIMILARITY_PREFIX);
  }

  private static String key(String title) {
    return Text.normalize(title).toLowerCase(Locale.ROOT);
  }
}
