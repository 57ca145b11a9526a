package io.github.wsisdata.parser;

import io.github.wsisdata.parser.internal.build.TitleMatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds the meetings that cross-references name, by the rules of {@link
 * WsisDocument#resolve(CrossReference)} (see docs/format.md): for meetings held in memory, or for
 * meetings read again in passes from a file too large to hold ({@link WsisParser#walk}), holding
 * none of them but the answers.
 */
public final class CrossReferences {
  private CrossReferences() {}

  /**
   * Meetings that can be read more than once, in the same order each time (a page file walked
   * again).
   */
  @FunctionalInterface
  public interface Passes {
    /**
     * Hands every meeting to {@code action}, in page order.
     *
     * @param action receives each meeting
     * @throws IOException if reading them fails
     */
    void forEachMeeting(Consumer<Meeting> action) throws IOException;
  }

  /**
   * Resolves cross-references against meetings held in memory.
   *
   * @param references the cross-references
   * @param meetings the candidates, in page order
   * @return the meeting each reference names, or empty, in the order of {@code references}
   */
  public static List<Optional<Meeting>> resolve(
      List<CrossReference> references, List<Meeting> meetings) {
    Objects.requireNonNull(references, "references");
    Objects.requireNonNull(meetings, "meetings");
    try {
      return resolve(
          references.stream().map(CrossReference::referencedTitle).toList(),
          meetings.size(),
          action -> meetings.forEach(action));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // meetings in memory: not thrown
    }
  }

  /**
   * Resolves referenced titles against meetings read in passes (up to three; each pass must give
   * the same meetings in the same order).
   *
   * @param titles the referenced titles ({@link CrossReference#referencedTitle()})
   * @param meetings how many meetings each pass gives
   * @param passes reads the meetings again for each pass
   * @return the meeting each title names, or empty, in the order of {@code titles}
   * @throws IOException if a pass fails
   */
  public static List<Optional<Meeting>> resolve(List<String> titles, int meetings, Passes passes)
      throws IOException {
    Objects.requireNonNull(titles, "titles");
    Objects.requireNonNull(passes, "passes");
    TitleMatcher<Meeting> matcher = new TitleMatcher<>(titles, meetings);
    if (titles.isEmpty()) {
      return List.of();
    }
    if (matcher.needsCounting()) {
      passes.forEachMeeting(matcher::count);
    }
    passes.forEachMeeting(m -> matcher.offer(m, m));
    if (matcher.needsScoring()) {
      passes.forEachMeeting(m -> matcher.score(m, m));
    }
    return matcher.results();
  }
}
