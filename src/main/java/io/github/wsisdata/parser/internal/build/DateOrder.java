package io.github.wsisdata.parser.internal.build;

import java.util.Optional;

/**
 * Which number of a numeric date ({@code 12/05/2004}) is the day on one page, from the page's dates
 * read so far: its numeric dates whose numbers decide it (a number over 12 is the day), else its
 * written dates ({@code 12 May 2004} and every French or Spanish date put the day first, {@code May
 * 12, 2004} the month). Pages are read in one pass, so dates further down the page do not count.
 * One instance per page; not thread-safe.
 */
public final class DateOrder {
  /** The order of day and month. */
  public enum Order {
    /** {@code 12/05/2004} is 12 May 2004. */
    DAY_FIRST,
    /** {@code 12/05/2004} is 5 December 2004. */
    MONTH_FIRST
  }

  private int numericDayFirst;
  private int numericMonthFirst;
  private int writtenDayFirst;
  private int writtenMonthFirst;

  /** An order with no evidence yet. */
  public DateOrder() {}

  /**
   * Counts one date of the page.
   *
   * @param order the order its shape shows
   * @param numeric whether it was a numeric date (whose numbers decided the order)
   */
  void saw(Order order, boolean numeric) {
    boolean dayFirst = order == Order.DAY_FIRST;
    if (numeric) {
      numericDayFirst += dayFirst ? 1 : 0;
      numericMonthFirst += dayFirst ? 0 : 1;
    } else {
      writtenDayFirst += dayFirst ? 1 : 0;
      writtenMonthFirst += dayFirst ? 0 : 1;
    }
  }

  /**
   * The page's order: that of its numeric dates if they all agree, else that of at least twice as
   * many of its written dates as the other order has; empty when the page does not say.
   *
   * @return the order, or empty
   */
  public Optional<Order> decided() {
    if (numericDayFirst + numericMonthFirst > 0) {
      return numericDayFirst == 0
          ? Optional.of(Order.MONTH_FIRST)
          : numericMonthFirst == 0 ? Optional.of(Order.DAY_FIRST) : Optional.empty();
    }
    if (writtenDayFirst > 0 && writtenDayFirst >= 2 * writtenMonthFirst) {
      return Optional.of(Order.DAY_FIRST);
    }
    if (writtenMonthFirst > 0 && writtenMonthFirst >= 2 * writtenDayFirst) {
      return Optional.of(Order.MONTH_FIRST);
    }
    return Optional.empty();
  }
}
