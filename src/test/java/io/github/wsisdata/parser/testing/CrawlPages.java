package io.github.wsisdata.parser.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A crawl-like web archive of an agency's site, written with jwarc: one page in ten a WSIS meeting
 * page (a banner, a few {@code go} entries with descriptions, a footer), the others what a crawl of
 * such a site holds: ordinary pages of 20 to 40 KB (a stylesheet, a script, navigation, a table of
 * figures, paragraphs of dated prose), press releases that carry the WSIS banner and footer but
 * list no meeting (their dates in prose and datelines), pages with no date at all, and images.
 * Every page is made from a seeded random source: the same arguments give the same bytes.
 */
public final class CrawlPages {
  private CrawlPages() {}

  /** What a page is. */
  public enum Kind {
    MEETINGS,
    ORDINARY,
    PRESS_RELEASE,
    NO_DATE,
    IMAGE
  }

  /**
   * A page of the crawl.
   *
   * @param url its URL
   * @param kind what it is
   * @param meetings how many meetings it lists
   * @param body its bytes (the HTTP body)
   */
  public record Page(URI url, Kind kind, int meetings, byte[] body) {}

  private static final String[] CITIES = {
    "Geneva (Switzerland)",
    "Tunis (Tunisia)",
    "Bamako (Mali)",
    "Tokyo (Japan)",
    "Santo Domingo (Dominican Republic)",
    "Beirut (Lebanon)",
    "Bucharest (Romania)",
    "Marrakesh (Morocco)"
  };

  private static final String[] ORGANIZERS = {
    "ITU", "UNESCO", "UNDP", "ECA", "ESCWA", "UNCTAD", "ITU/UNESCO", "WIPO"
  };

  private static final String[] TOPICS = {
    "Cybersecurity",
    "Multilingualism in Cyberspace",
    "Internet Governance",
    "ICT Indicators",
    "Financing Mechanisms",
    "Digital Solidarity",
    "e-Government",
    "Broadband for Africa"
  };

  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  private static final String WORDS =
      "the council sector members study group secretariat report development standards radio"
          + " telecommunication regional office programme partners network policy framework"
          + " workshop experts contribution resolution plenipotentiary conference union states";

  /**
   * The pages of a crawl of {@code count} records, in order: record {@code i} is a meeting page
   * when {@code i % 10 == 3}; the others turn through ordinary pages (most), press releases, pages
   * with no date and images.
   *
   * @param count how many records
   * @param seed the random source's seed
   * @return the pages
   */
  public static List<Page> pages(int count, long seed) {
    Random random = new Random(seed);
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Kind kind;
      if (i % 10 == 3) {
        kind = Kind.MEETINGS;
      } else {
        kind =
            switch (i % 10) {
              case 5 -> Kind.PRESS_RELEASE;
              case 7 -> Kind.NO_DATE;
              case 9 -> i % 20 == 9 ? Kind.IMAGE : Kind.ORDINARY;
              default -> Kind.ORDINARY;
            };
      }
      URI url =
          URI.create(
              String.format(
                  Locale.ROOT,
                  "http://www.itu.int/%s/page%04d.%s",
                  kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                  i,
                  kind == Kind.IMAGE ? "gif" : "html"));
      pages.add(
          switch (kind) {
            case MEETINGS -> meetingPage(url, random);
            case ORDINARY -> new Page(url, kind, 0, ordinary(random, i).getBytes(UTF8));
            case PRESS_RELEASE -> new Page(url, kind, 0, pressRelease(random).getBytes(UTF8));
            case NO_DATE -> new Page(url, kind, 0, noDate(random).getBytes(UTF8));
            case IMAGE -> new Page(url, kind, 0, image(random));
          });
    }
    return pages;
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  /**
   * Writes pages as HTTP {@code response} records of a WARC file.
   *
   * @param pages the pages, in order
   * @param file where to write
   * @param gzip whether to compress each record as its own gzip member
   * @throws IOException if it cannot be written
   */
  public static void write(List<Page> pages, Path file, boolean gzip) throws IOException {
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING),
            gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      Instant date = Instant.parse("2006-03-01T08:00:00Z");
      for (Page page : pages) {
        MediaType type =
            page.kind() == Kind.IMAGE
                ? MediaType.parse("image/gif")
                : MediaType.parse("text/html; charset=utf-8");
        writer.write(
            new WarcResponse.Builder(page.url())
                .date(date)
                .body(new HttpResponse.Builder(200, "OK").body(type, page.body()).build())
                .build());
        date = date.plusSeconds(17);
      }
    }
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String words(Random random, int n) {
    String[] all = WORDS.split(" ");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(all[random.nextInt(all.length)]);
    }
    return b.toString();
  }

  private static String date(Random random) {
    return (1 + random.nextInt(28)) + " " + pick(random, MONTHS) + " " + (2003 + random.nextInt(4));
  }

  private static String head(String title) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title>\n<style>body{margin:0 12px;font:13px/1.4 Verdana}"
        + " td{padding:2px 4px} .nav li{width:120px}</style>\n"
        + "<script>var s=1;for(var i=0;i<10;i++){s+=i%3;}</script></head><body>\n";
  }

  private static final String BANNER =
      "<div class=\"banner\"><p>United Nations&nbsp; International Telecommunication Union</p>"
          + "<p>World Summit on the Information Society</p></div>\n";

  private static final String FOOTER =
      "<div class=\"footer\"><p>basic information | first phase: Geneva | second phase: Tunis |"
          + " stocktaking | newsroom | links</p>\n<p>Top - Copyright &#169; WSIS 2015 All Rights"
          + " Reserved - Logo Policy</p><p>Privacy Notices</p><p>Updated : 2008-08-18</p></div>\n";

  private static Page meetingPage(URI url, Random random) {
    StringBuilder b = new StringBuilder(head("WSIS Thematic Meetings"));
    b.append(BANNER).append("<h2>WSIS Thematic Meetings (chronological list)</h2>\n");
    int n = 3 + random.nextInt(5);
    for (int k = 0; k < n; k++) {
      int day = 1 + random.nextInt(20);
      String month = pick(random, MONTHS);
      b.append("<p><img src=\"go.gif\" alt=\"go\"> ")
          .append(day)
          .append('-')
          .append(day + 1 + random.nextInt(3))
          .append(' ')
          .append(month)
          .append(' ')
          .append(2003 + random.nextInt(3))
          .append(", ")
          .append(pick(random, CITIES))
          .append(", ")
          .append(pick(random, ORGANIZERS))
          .append(" - WSIS Thematic Meeting on ")
          .append(pick(random, TOPICS))
          .append("</p>\n<p>The ")
          .append(words(random, 40))
          .append(".</p>\n");
    }
    b.append(FOOTER).append("</body></html>\n");
    return new Page(url, Kind.MEETINGS, n, b.toString().getBytes(UTF8));
  }

  /** An ordinary page of 20 to 40 KB: navigation, a table of figures, dated prose. */
  private static String ordinary(Random random, int i) {
    StringBuilder b = new StringBuilder(head("ITU Sector page " + i));
    b.append("<ul class=\"nav\">\n");
    for (int k = 0; k < 40; k++) {
      b.append("<li><a href=\"/sector/")
          .append(k)
          .append(".html\">")
          .append(words(random, 2))
          .append("</a></li>\n");
    }
    b.append("</ul>\n<h1>").append(words(random, 4)).append("</h1>\n");
    int target = 20_000 + random.nextInt(20_000);
    while (b.length() < target) {
      if (random.nextInt(3) == 0) {
        b.append("<table><tr><th>Study group</th><th>Question</th><th>Members</th><th>Year</th>")
            .append("</tr>\n");
        for (int r = 0; r < 12; r++) {
          b.append("<tr><td>SG ")
              .append(1 + random.nextInt(20))
              .append("</td><td>Q.")
              .append(1 + random.nextInt(30))
              .append('/')
              .append(1 + random.nextInt(20))
              .append("</td><td>")
              .append(100 + random.nextInt(900))
              .append("</td><td>")
              .append(2000 + random.nextInt(7))
              .append("</td></tr>\n");
        }
        b.append("</table>\n");
      } else {
        b.append("<p>On ")
            .append(date(random))
            .append(" the ")
            .append(words(random, 25))
            .append(", and on ")
            .append(date(random))
            .append(' ')
            .append(words(random, 30))
            .append(".</p>\n");
      }
    }
    b.append("<p class=\"footer\">&copy; ITU 2006 | Contact us | Site map</p></body></html>\n");
    return b.toString();
  }

  /** A press release on a WSIS page: banner and footer, dates in the dateline and in prose. */
  private static String pressRelease(Random random) {
    StringBuilder b = new StringBuilder(head("Press release"));
    b.append(BANNER).append("<h2>Press Release</h2>\n<p>Geneva, ").append(date(random));
    b.append(" &#8212; The ").append(words(random, 30)).append(".</p>\n");
    for (int k = 0; k < 6; k++) {
      b.append("<p>The ")
          .append(words(random, 20))
          .append(" will meet in Tunis from ")
          .append(date(random))
          .append(" to ")
          .append(date(random))
          .append(", ")
          .append(words(random, 25))
          .append(".</p>\n");
    }
    b.append("<p>For more information, please contact the press office.</p>\n")
        .append(FOOTER)
        .append("</body></html>\n");
    return b.toString();
  }

  /** A page whose text has no digit (its markup, styles and scripts have many). */
  private static String noDate(Random random) {
    StringBuilder b = new StringBuilder(head("About the Union"));
    b.append("<h1 id=\"s1\">About the Union</h1>\n");
    for (int k = 0; k < 20; k++) {
      b.append("<p style=\"margin:4px 0 12px\" data-id=\"")
          .append(k)
          .append("\">The ")
          .append(words(random, 40))
          .append(".&nbsp;<a href=\"/about/")
          .append(k)
          .append(".html\">More</a></p>\n");
    }
    b.append("<!-- generated 2006-03-01 12:00 --></body></html>\n");
    return b.toString();
  }

  private static byte[] image(Random random) {
    byte[] gif = new byte[400];
    random.nextBytes(gif);
    System.arraycopy("GIF89a".getBytes(StandardCharsets.US_ASCII), 0, gif, 0, 6);
    return gif;
  }
}
