package io.github.wsisdata.parser.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generates WSIS-style pages of any size from the real shapes: every date shape, NBSP padding,
 * missing separators, labels, two venues, notes, cross-references, links, multi-paragraph
 * descriptions with bullets, headings and a footer. Deterministic for a given seed; written to a
 * {@link Writer} so that pages of hundreds of megabytes need no memory.
 */
public final class SyntheticPages {
  private static final List<String> DATES =
      List.of(
          "26-27 February 2004",
          "14 - 18 March 2005",
          "21 January 2005",
          "28 June- 1 July 2005",
          "28 February - 2 March 2005",
          "30 December 2004 - 2 January 2005",
          "28-29 October 2004 ",
          "7\u20139 July 2004",
          "June 29 \u2013 July 1, 2005",
          "March 9-13, 2012");

  private static final List<String> PLACES =
      List.of(
          "Geneva (Switzerland)",
          "Minsk (Republic of Belarus)",
          "St. Petersburg (Russia)",
          "Malta",
          "online",
          "Kuala Lumpur (Malaysia)",
          "Seoul (Korea)",
          "Tunis (Tunisia). [Proxy site]");

  private static final List<String> TAILS =
      List.of(
          "ITU - WSIS Thematic Meeting on Cybersecurity",
          "Government of the Republic of Belarus/UNESCO/ UN/UNDP Office in the Republic of Belarus"
              + " -\u201cinformation Technologies and Law\u201d (Legal Informatization \u2013 2004)",
          "CODATA (ICSU)WSIS Session",
          "Government of Azerbaijan/World Summit Award/UNDPGlobal ICT Conference 2004",
          "UNECE/ECA/ECLAC/ESCAP/ESCWA\u00A0 - Forum on Paperless Trade",
          "Asia-Pacific Telecommunity (APT)/ITU - \"Role of ICT for Disaster Reduction\"",
          "Government of Republic of Korea (MIC/KADO)/ITU - Thematic Meeting on Multi-stakeholder"
              + " partnerships",
          "UNECA - ICT Indicators - Regional Workshop");

  private static final String PARAGRAPH =
      "The purpose of the meeting is to exchange views on the roles of ICT for emergency"
          + " situations and provisions for disasters, to share information on infrastructure and"
          + " technology for quick communication such as early warning systems.\u00A0";

  private SyntheticPages() {}

  /**
   * Writes a page of at least {@code targetBytes} UTF-8 bytes.
   *
   * @param targetBytes the size to reach (the page ends with a footer after it)
   * @param seed random seed
   * @param out where to write
   * @return the number of entry lines written
   */
  public static long write(long targetBytes, long seed, Writer out) {
    Random random = new Random(seed);
    Counter counter = new Counter(out);
    long entries = 0;
    counter.line("United Nations\u00A0\u00A0 International Telecommunication Union\u00A0\u00A0");
    counter.line("");
    counter.line("go Outcomes of the Regional and Thematic Meetings");
    int section = 0;
    while (counter.bytes < targetBytes) {
      counter.line("");
      counter.line("");
      counter.line("\u00A0WSIS Thematic Meetings, part " + ++section);
      counter.line("");
      counter.line("This section lists meetings in chronological order.");
      for (int i = 0; i < 200 && counter.bytes < targetBytes; i++) {
        counter.line("");
        counter.line(entryLine(random));
        entries++;
        counter.line("");
        counter.line(PARAGRAPH);
        if (random.nextInt(4) == 0) {
          counter.line("second line of the same paragraph.");
          counter.line("");
          counter.line("\u2022 Chairman's report");
        }
      }
    }
    counter.line("");
    counter.line("basic information | first phase: Geneva | second phase: Tunis | links");
    counter.line("Top\u00A0-\u00A0Copyright \u00A9 WSIS\u00A0 2015\u00A0All Rights Reserved");
    counter.line("Updated :\u00A0 2008-08-18");
    counter.flush();
    return entries;
  }

  /**
   * Builds a page in memory.
   *
   * @param targetBytes the size to reach
   * @param seed random seed
   * @return the page text
   */
  public static String page(long targetBytes, long seed) {
    java.io.StringWriter out =
        new java.io.StringWriter((int) Math.min(Integer.MAX_VALUE - 8, targetBytes + 4096));
    write(targetBytes, seed, out);
    return out.toString();
  }

  static String entryLine(Random random) {
    int kind = random.nextInt(20);
    String dates = DATES.get(random.nextInt(DATES.size()));
    if (kind == 0) {
      return "go "
          + dates.strip()
          + " (see follow-up meetings of the conference \"Measuring the"
          + " Information Society\")";
    }
    if (kind == 1) {
      return "go Task Force on Financial Mechanisms (TFFM)";
    }
    if (kind == 2) {
      return "go PrepCom-2 : 17-25 February 2005, Geneva (Switzerland)";
    }
    if (kind == 3) {
      return "go World Summit: 19-30 September 2005, Geneva (Switzerland) and 13-15 November 2005,"
          + " Tunis (Tunisia)";
    }
    String place = PLACES.get(random.nextInt(PLACES.size()));
    if (place.endsWith("]")) {
      return "go " + dates + ", " + place;
    }
    return "go " + dates + ", " + place + ", " + TAILS.get(random.nextInt(TAILS.size()));
  }

  /** Counts UTF-8 bytes as it writes lines. */
  private static final class Counter {
    private final Writer out;
    long bytes;

    Counter(Writer out) {
      this.out = out;
    }

    void line(String text) {
      try {
        out.write(text);
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bytes += text.getBytes(StandardCharsets.UTF_8).length + 1;
    }

    void flush() {
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A page of 300 meetings (more than 256: the title matcher counts distinctive words first), three
   * cross-references (one exact, one inexact, one to nothing) and a date that is no calendar day.
   *
   * @return the page text
   */
  public static String manyMeetingsAndReferences() {
    StringBuilder page = new StringBuilder(" WSIS meetings\n\n Meetings in 2005\n\n");
    String[] months = {"March", "April", "May", "June"};
    for (int i = 0; i < 300; i++) {
      page.append("go ")
          .append(1 + i % 28)
          .append(' ')
          .append(months[i % 4])
          .append(" 2005, Geneva (Switzerland), ITU - Workshop on topic ")
          .append(i)
          .append(" word")
          .append(i)
          .append(" common title words\n\n")
          .append("Description of workshop ")
          .append(i)
          .append(".\n\n");
      if (i == 150) {
        page.append("go 7-10 June 2005 (see Workshop on topic 17 word17 common title words)\n\n");
        page.append("go 8 June 2005 (see Workshop on topic 299 word299 common title word)\n\n");
        page.append("go 9 June 2005 (see nothing like any title here)\n\n");
        page.append("go 31 April 2005, Geneva, ITU - Not a day\n\n");
      }
    }
    return page.append("Updated : 1 July 2005\n").toString();
  }
}
