package io.github.wsisdata.parser.cli;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on standard error (files done, meetings, files per second, time left), drawn by the
 * progressbar library (with JLine for the terminal's width), and only when it helps: standard error
 * is a terminal, more than one input, and the run has already taken {@value #LONG_RUN_MS} ms. Never
 * in tests, pipes or files, and never with {@code --quiet}.
 */
final class Progress implements AutoCloseable {
  /** A run is long, and gets a progress bar, once it has taken this long. */
  static final long LONG_RUN_MS = 1_000;

  private final int total;
  private final boolean wanted;
  private final LongSupplier nanoTime;
  private final ProgressBarConsumer consumer;
  private final long started;
  private ProgressBar bar;
  private int done;
  private long meetings;

  /**
   * Progress over a run.
   *
   * @param total the number of inputs
   * @param wanted whether progress may be shown at all (standard error is a terminal, not quiet)
   * @param nanoTime the clock
   * @param consumer where the bar goes; {@code null} for standard error
   */
  Progress(int total, boolean wanted, LongSupplier nanoTime, ProgressBarConsumer consumer) {
    this.total = total;
    this.wanted = wanted && total > 1;
    this.nanoTime = nanoTime;
    this.consumer = consumer;
    this.started = nanoTime.getAsLong();
  }

  /** Progress on standard error, if it is a terminal and {@code quiet} is off. */
  static Progress onStandardError(int total, boolean quiet) {
    return new Progress(total, !quiet && Terminal.isTerminal(2), System::nanoTime, null);
  }

  /**
   * One more input done.
   *
   * @param meetingsOfInput its meetings
   */
  void done(int meetingsOfInput) {
    done++;
    meetings += meetingsOfInput;
    if (!wanted) {
      return;
    }
    long elapsed = TimeUnit.NANOSECONDS.toMillis(nanoTime.getAsLong() - started);
    if (bar == null && elapsed >= LONG_RUN_MS && done < total) {
      ProgressBarBuilder builder =
          new ProgressBarBuilder()
              .setTaskName("wsis")
              .setInitialMax(total)
              .setUnit(" files", 1)
              .setStyle(ProgressBarStyle.ASCII)
              .showSpeed()
              .startsFrom(0, java.time.Duration.ofMillis(elapsed));
      if (consumer != null) {
        builder.setConsumer(consumer);
      }
      bar = builder.build();
    }
    if (bar != null) {
      bar.stepTo(done);
      bar.setExtraMessage(", " + meetings + " meetings");
    }
  }

  /**
   * Meetings of an input not yet done (a page of a web archive).
   *
   * @param more how many
   */
  void meetings(int more) {
    meetings += more;
    if (bar != null) {
      bar.setExtraMessage(", " + meetings + " meetings");
    }
  }

  /** Whether a bar is being shown. */
  boolean shown() {
    return bar != null;
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
