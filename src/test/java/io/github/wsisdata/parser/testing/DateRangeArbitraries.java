package io.github.wsisdata.parser.testing;

import io.github.wsisdata.parser.DateRange;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ListArbitrary;
import net.jqwik.time.api.Dates;

/**
 * jqwik generators for date ranges and the many ways the WSIS pages (and related pages) write them.
 * Published in the {@code tests}-classifier jar so that users can property-test their own code with
 * the same inputs:
 *
 * <pre>{@code
 * @Provide Arbitrary<DateRangeArbitraries.Rendered> rendered() {
 *   return DateRangeArbitraries.rendered();
 * }
 * @Property void myCodeReadsEveryRendering(@ForAll("rendered") DateRangeArbitraries.Rendered r) {
 *   assertEquals(r.range(), DateRange.parse(r.text()));
 * }
 * }</pre>
 */
public final class DateRangeArbitraries {
  private DateRangeArbitraries() {}

  /** Day-first ({@code 28 June - 1 July 2005}) or month-first ({@code June 28 - July 1, 2005}). */
  public enum Style {
    DAY_FIRST,
    MONTH_FIRST
  }

  /** Which written shape; every range can be written in the shapes its ends allow. */
  public enum Shape {
    SINGLE_DAY,
    SAME_MONTH,
    CROSS_MONTH,
    CROSS_YEAR
  }

  /** How a month is written. */
  public enum MonthForm {
    FULL,
    ABBREVIATED,
    ABBREVIATED_WITH_PERIOD,
    SEPT
  }

  /** Letter case of the whole text. */
  public enum LetterCase {
    AS_IS,
    LOWER,
    UPPER
  }

  /** Separators between the two ends. */
  public static final List<String> SEPARATORS =
      List.of("-", "\u2013", "\u2014", "\u2212", "to", "until");

  /** White space that may stand between tokens, including none. */
  public static final List<String> GAPS =
      List.of("", " ", "  ", "\u00A0", "\u202F", "\u2009", "\t", " \u00A0 ");

  /** White space that must not be empty (between two numbers, or two words). */
  public static final List<String> SPACES = GAPS.subList(1, GAPS.size());

  /**
   * One way of writing a range.
   *
   * @param style day-first or month-first
   * @param shape the written shape
   * @param separator one of {@link #SEPARATORS}
   * @param gap white space where none is also allowed
   * @param space white space where some is needed
   * @param monthForm full or abbreviated months
   * @param letterCase letter case of the whole text
   * @param comma month-first: a comma before the year
   * @param ordinals days written as 1st, 2nd, 3rd, 21st
   */
  public record Rendering(
      Style style,
      Shape shape,
      String separator,
      String gap,
      String space,
      MonthForm monthForm,
      LetterCase letterCase,
      boolean comma,
      boolean ordinals) {}

  /**
   * A text and the range it stands for.
   *
   * @param range the range
   * @param text one way of writing it
   */
  public record Rendered(DateRange range, String text) {}

  /**
   * Ranges starting between 1900 and 2100, lasting 0 to 400 days (so 1 to 401 days inclusive).
   *
   * @return the ranges
   */
  public static Arbitrary<DateRange> ranges() {
    return Combinators.combine(
            Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31)),
            Arbitraries.integers().between(0, 400))
        .as((start, length) -> DateRange.of(start, start.plusDays(length)));
  }

  /**
   * Renderings of any kind; the shape is fitted to each range when rendering.
   *
   * @return the renderings
   */
  public static Arbitrary<Rendering> renderings() {
    return Combinators.combine(
            Arbitraries.of(Style.class),
            Arbitraries.of(Shape.class),
            Arbitraries.of(SEPARATORS),
            Arbitraries.of(GAPS),
            Arbitraries.of(SPACES),
            Arbitraries.of(MonthForm.class),
            Arbitraries.of(LetterCase.class),
            Arbitraries.of(true, false).list().ofSize(2))
        .as(
            (style, shape, sep, gap, space, form, letterCase, flags) ->
                new Rendering(
                    style, shape, sep, gap, space, form, letterCase, flags.get(0), flags.get(1)));
  }

  /**
   * Ranges together with one of their renderings.
   *
   * @return rendered ranges
   */
  public static Arbitrary<Rendered> rendered() {
    return Combinators.combine(ranges(), renderings())
        .as((range, how) -> new Rendered(range, render(range, how)));
  }

  /**
   * Writes a range in the given way. A shape the range cannot take (a one-day shape for a range of
   * two days, say) falls back to the nearest shape that can write it.
   *
   * @param range the range
   * @param how the rendering
   * @return the text
   */
  public static String render(DateRange range, Rendering how) {
    LocalDate s = range.start();
    LocalDate e = range.end();
    Shape shape = how.shape();
    if (shape == Shape.SINGLE_DAY && !s.equals(e)) {
      shape = Shape.SAME_MONTH;
    }
    if (shape == Shape.SAME_MONTH && (s.getMonth() != e.getMonth() || s.getYear() != e.getYear())) {
      shape = Shape.CROSS_MONTH;
    }
    if (shape == Shape.CROSS_MONTH && s.getYear() != e.getYear()) {
      shape = Shape.CROSS_YEAR;
    }
    return render(
        s.getDayOfMonth(),
        s.getMonth(),
        s.getYear(),
        e.getDayOfMonth(),
        e.getMonth(),
        e.getYear(),
        shape,
        how);
  }

  /**
   * Writes any day/month/year pair, valid or not, in the given shape; the start's year is left out
   * by shapes that write the year once, and the end's day alone is used by {@link
   * Shape#SINGLE_DAY}.
   *
   * @return the text
   */
  static String render(
      int d1, Month m1, int y1, int d2, Month m2, int y2, Shape shape, Rendering how) {
    String g = how.gap();
    String sep = separator(how);
    String out;
    if (how.style() == Style.DAY_FIRST) {
      out =
          switch (shape) {
            case SINGLE_DAY -> day(d2, how) + g + month(m2, how) + g + y2;
            case SAME_MONTH -> day(d1, how) + sep + day(d2, how) + g + month(m2, how) + g + y2;
            case CROSS_MONTH ->
                day(d1, how)
                    + g
                    + month(m1, how)
                    + sep
                    + day(d2, how)
                    + g
                    + month(m2, how)
                    + g
                    + y2;
            case CROSS_YEAR ->
                day(d1, how)
                    + g
                    + month(m1, how)
                    + g
                    + y1
                    + sep
                    + day(d2, how)
                    + g
                    + month(m2, how)
                    + g
                    + y2;
          };
    } else {
      out =
          switch (shape) {
            case SINGLE_DAY -> month(m2, how) + g + day(d2, how) + beforeYear(how) + y2;
            case SAME_MONTH ->
                month(m2, how) + g + day(d1, how) + sep + day(d2, how) + beforeYear(how) + y2;
            case CROSS_MONTH ->
                month(m1, how)
                    + g
                    + day(d1, how)
                    + sep
                    + month(m2, how)
                    + g
                    + day(d2, how)
                    + beforeYear(how)
                    + y2;
            case CROSS_YEAR ->
                month(m1, how)
                    + g
                    + day(d1, how)
                    + beforeYear(how)
                    + y1
                    + sep
                    + month(m2, how)
                    + g
                    + day(d2, how)
                    + beforeYear(how)
                    + y2;
          };
    }
    return switch (how.letterCase()) {
      case AS_IS -> out;
      case LOWER -> out.toLowerCase(Locale.ROOT);
      case UPPER -> out.toUpperCase(Locale.ROOT);
    };
  }

  private static String separator(Rendering how) {
    String sep = how.separator();
    boolean word = Character.isLetter(sep.charAt(0));
    // Words need white space around them; a dash may stand with or without.
    return word ? how.space() + sep + how.space() : how.gap() + sep + how.gap();
  }

  private static String beforeYear(Rendering how) {
    return how.comma() ? how.gap() + "," + how.gap() : how.space();
  }

  /** English month names and abbreviations, independent of any locale. */
  public static String month(Month month, Rendering how) {
    String full = month.name().charAt(0) + month.name().substring(1).toLowerCase(Locale.ROOT);
    String abbreviated = full.substring(0, 3);
    return switch (how.monthForm()) {
      case FULL -> full;
      case ABBREVIATED -> abbreviated;
      case ABBREVIATED_WITH_PERIOD -> abbreviated + ".";
      case SEPT -> month == Month.SEPTEMBER ? "Sept." : full;
    };
  }

  private static String day(int day, Rendering how) {
    if (!how.ordinals()) {
      return Integer.toString(day);
    }
    int lastTwo = day % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch (day % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return day + suffix;
  }

  /** French month names, with their accents, as the WSIS site's French pages write them. */
  static final List<String> FRENCH =
      List.of(
          "janvier",
          "février",
          "mars",
          "avril",
          "mai",
          "juin",
          "juillet",
          "août",
          "septembre",
          "octobre",
          "novembre",
          "décembre");

  /** Spanish month names. */
  static final List<String> SPANISH =
      List.of(
          "enero",
          "febrero",
          "marzo",
          "abril",
          "mayo",
          "junio",
          "julio",
          "agosto",
          "septiembre",
          "octubre",
          "noviembre",
          "diciembre");

  /**
   * French and Spanish renderings of ranges: months with and without accents, {@code 1er}, {@code
   * du ... au ...}, {@code del ... al ...}, {@code de} before month and year, or a dash.
   *
   * @return texts with their ranges
   */
  public static Arbitrary<Rendered> frenchAndSpanish() {
    return Combinators.combine(
            ranges(),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false).list().ofSize(4),
            Arbitraries.of(GAPS.subList(1, GAPS.size())),
            Arbitraries.of(LetterCase.class))
        .as(
            (range, french, flags, space, letterCase) -> {
              String text =
                  french
                      ? french(range, flags.get(0), flags.get(1), flags.get(2), space)
                      : spanish(range, flags.get(0), flags.get(1), flags.get(3), space);
              text =
                  switch (letterCase) {
                    case AS_IS -> text;
                    case LOWER -> text.toLowerCase(Locale.ROOT);
                    case UPPER -> text.toUpperCase(Locale.ROOT);
                  };
              return new Rendered(range, text);
            });
  }

  private static String french(
      DateRange range, boolean words, boolean accents, boolean premier, String sp) {
    LocalDate s = range.start();
    LocalDate e = range.end();
    String d1 = s.getDayOfMonth() == 1 && premier ? "1er" : Integer.toString(s.getDayOfMonth());
    String d2 = e.getDayOfMonth() == 1 && premier ? "1er" : Integer.toString(e.getDayOfMonth());
    String m1 = frenchMonth(s.getMonth(), accents);
    String m2 = frenchMonth(e.getMonth(), accents);
    String end = d2 + sp + m2 + sp + e.getYear();
    String start =
        s.getYear() != e.getYear()
            ? d1 + sp + m1 + sp + s.getYear()
            : s.getMonth() != e.getMonth() ? d1 + sp + m1 : d1;
    if (s.equals(e)) {
      return end;
    }
    return words ? "du" + sp + start + sp + "au" + sp + end : start + sp + "-" + sp + end;
  }

  private static String frenchMonth(Month month, boolean accents) {
    String name = FRENCH.get(month.getValue() - 1);
    return accents ? name : name.replace('é', 'e').replace('û', 'u');
  }

  private static String spanish(
      DateRange range, boolean words, boolean de, boolean setiembre, String sp) {
    LocalDate s = range.start();
    LocalDate e = range.end();
    String d = de ? sp + "de" + sp : sp;
    String m1 = spanishMonth(s.getMonth(), setiembre);
    String m2 = spanishMonth(e.getMonth(), setiembre);
    String end = e.getDayOfMonth() + d + m2 + d + e.getYear();
    String start =
        s.getYear() != e.getYear()
            ? s.getDayOfMonth() + d + m1 + d + s.getYear()
            : s.getMonth() != e.getMonth()
                ? s.getDayOfMonth() + d + m1
                : Integer.toString(s.getDayOfMonth());
    if (s.equals(e)) {
      return end;
    }
    return words ? "del" + sp + start + sp + "al" + sp + end : start + sp + "-" + sp + end;
  }

  private static String spanishMonth(Month month, boolean setiembre) {
    return month == Month.SEPTEMBER && setiembre ? "setiembre" : SPANISH.get(month.getValue() - 1);
  }

  /**
   * A day that does not exist (day 0, or past the month's end, such as 31 April or 29 February
   * 2005), written as a single date, as the start or as the end of a range.
   *
   * @return texts with the invalid triple in them, and whether the day is 0
   */
  public static Arbitrary<InvalidDate> invalidDates() {
    Arbitrary<int[]> triples =
        Combinators.combine(
                Arbitraries.integers().between(1001, 9998),
                Arbitraries.of(Month.class),
                Arbitraries.integers().between(0, 31))
            .as((y, m, d) -> new int[] {d, m.getValue(), y})
            .filter(t -> t[0] == 0 || t[0] > Month.of(t[1]).length(java.time.Year.isLeap(t[2])));
    return Combinators.combine(triples, renderings(), Arbitraries.integers().between(0, 2))
        .as(
            (t, how, position) -> {
              Month m = Month.of(t[1]);
              String text =
                  switch (position) {
                    case 0 -> render(t[0], m, t[2], t[0], m, t[2], Shape.SINGLE_DAY, how);
                    case 1 -> render(t[0], m, t[2], 1, m.plus(1), t[2] + 1, Shape.CROSS_YEAR, how);
                    default -> render(1, m, t[2] - 1, t[0], m, t[2], Shape.CROSS_YEAR, how);
                  };
              return new InvalidDate(t[0], m, t[2], text);
            });
  }

  /**
   * A text containing a day that does not exist.
   *
   * @param day the day (0 or past the month's end)
   * @param month the month
   * @param year the year
   * @param text the rendered text
   */
  public record InvalidDate(int day, Month month, int year, String text) {}

  /**
   * Mutations of a text: characters deleted, doubled or swapped, and Unicode spaces or dashes
   * inserted.
   *
   * @param text a valid rendering
   * @return mutated texts
   */
  public static Arbitrary<String> mutationsOf(String text) {
    if (text.isEmpty()) {
      return Arbitraries.just(text);
    }
    Arbitrary<Integer> positions = Arbitraries.integers().between(0, text.length() - 1);
    ListArbitrary<int[]> edits =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                positions,
                Arbitraries.integers().between(0, 9))
            .as((kind, at, what) -> new int[] {kind, at, what})
            .list()
            .ofMinSize(1)
            .ofMaxSize(4);
    return edits.map(
        list -> {
          StringBuilder b = new StringBuilder(text);
          List<String> insertList =
              List.of(
                  " ", "\u00A0", "\u202F", "\u2009", "-", "\u2013", "\u2014", "\u2212", ",", "(");
          for (int[] edit : list) {
            if (b.length() == 0) {
              break;
            }
            int at = edit[1] % b.length();
            switch (edit[0]) {
              case 0 -> b.deleteCharAt(at);
              case 1 -> b.insert(at, b.charAt(at));
              case 2 -> {
                if (at + 1 < b.length()) {
                  char c = b.charAt(at);
                  b.setCharAt(at, b.charAt(at + 1));
                  b.setCharAt(at + 1, c);
                }
              }
              default -> b.insert(at, insertList.get(edit[2]));
            }
          }
          return b.toString();
        });
  }

  /**
   * All texts a range can be written as, for exhaustive checks of one range.
   *
   * @param range the range
   * @return one text per style, shape, separator, month form and letter case
   */
  public static List<String> someRenderingsOf(DateRange range) {
    List<String> out = new ArrayList<>();
    for (Style style : Style.values()) {
      for (Shape shape : Shape.values()) {
        for (String sep : SEPARATORS) {
          for (MonthForm form : MonthForm.values()) {
            for (LetterCase letterCase : LetterCase.values()) {
              out.add(
                  render(
                      range,
                      new Rendering(style, shape, sep, " ", " ", form, letterCase, true, false)));
            }
          }
        }
      }
    }
    return out;
  }
}
