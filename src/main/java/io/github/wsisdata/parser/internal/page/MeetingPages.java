package io.github.wsisdata.parser.internal.page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The test that lets a page of a crawl (a web archive, or pages read with {@code --crawl}) that
 * cannot be a meeting page ({@link io.github.wsisdata.parser.WsisDocument#isMeetingPage}) be
 * skipped before it is rendered.
 *
 * <p>Every date the grammar reads has a day: a number of one or two ASCII digits (a day-first or
 * month-first date, a numeric or ISO date, an ordinal day). A page whose text has no such number
 * cannot hold an entry ({@link #mayHoldEntry}); for HTML the text is what lies outside tags,
 * comments, scripts and styles, with numeric character references decoded. The test is
 * conservative: when the bytes are not in an ASCII-compatible charset, or a comment, script or
 * style never ends, the page is rendered and read.
 */
public final class MeetingPages {
  private MeetingPages() {}

  /**
   * Whether a page's bytes may hold an entry: false only if its text certainly has no number of one
   * or two digits.
   *
   * @param body the page's bytes
   * @param html whether it is read as HTML (markup is not text)
   * @param declared the charset its transport names, or null
   * @return false if it can be skipped without being read
   */
  public static boolean mayHoldEntry(byte[] body, boolean html, Charset declared) {
    if (!asciiCompatible(declared) || utf16or32(body)) {
      return true;
    }
    return html ? htmlHasDay(body) : hasDay(body, 0, body.length);
  }

  private static final byte[] PROBE = "0123456789<>&#;!-/".getBytes(StandardCharsets.US_ASCII);

  /** Whether a charset writes digits and the markup signs as ASCII does (null: not known). */
  private static boolean asciiCompatible(Charset charset) {
    if (charset == null) {
      return true;
    }
    if (!charset.canEncode()) {
      return false;
    }
    return Arrays.equals(PROBE, "0123456789<>&#;!-/".getBytes(charset));
  }

  /** Whether the bytes start with a UTF-16 or UTF-32 byte order mark or hold a NUL early on. */
  private static boolean utf16or32(byte[] body) {
    if (body.length >= 2
        && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
            || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
      return true;
    }
    int end = Math.min(body.length, 4096);
    for (int i = 0; i < end; i++) {
      if (body[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean digit(int b) {
    return b >= '0' && b <= '9';
  }

  /** Whether bytes [from, to) hold a run of one or two digits with no digit on either side. */
  private static boolean hasDay(byte[] b, int from, int to) {
    int run = 0;
    for (int i = from; i < to; i++) {
      if (digit(b[i])) {
        run++;
      } else {
        if (run == 1 || run == 2) {
          return true;
        }
        run = 0;
      }
    }
    return run == 1 || run == 2;
  }

  /**
   * The HTML scan: text between markup, where markup ends a digit run ({@code 2<sup>nd</sup>} is a
   * run of one, and so is each part of {@code 1<b>9</b>}), character references that stand for
   * digits counted as digits.
   */
  private static boolean htmlHasDay(byte[] b) {
    int run = 0;
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i];
      if (c == '<' && i + 1 < n && markupStart(b[i + 1])) {
        if (run == 1 || run == 2) {
          return true;
        }
        // markup ends a run: a run split by tags is read as its parts, which only finds more days
        run = 0;
        int end = skipMarkup(b, i);
        if (end < 0) {
          return true; // a comment, script or style that never ends: let the renderer say so
        }
        i = end;
        continue;
      }
      int digitValue = -1;
      int next = i + 1;
      if (digit(c)) {
        digitValue = c;
      } else if (c == '&' && i + 1 < n && b[i + 1] == '#') {
        int[] ref = numericReference(b, i);
        if (ref != null) {
          digitValue = ref[0] >= '0' && ref[0] <= '9' ? ref[0] : -1;
          next = ref[1];
        }
      }
      if (digitValue >= 0) {
        run++;
      } else {
        if (run == 1 || run == 2) {
          return true;
        }
        run = 0;
      }
      i = next;
    }
    return run == 1 || run == 2;
  }

  private static boolean markupStart(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '/' || b == '!' || b == '?';
  }

  /**
   * The index after the markup that starts at {@code at}: a comment, a tag (and, for {@code
   * <script>} and {@code <style>}, everything up to its end tag); -1 if it never ends.
   */
  private static int skipMarkup(byte[] b, int at) {
    if (startsWith(b, at, "<!--")) {
      // as browsers do: "<!-->" and "<!--->" are empty comments
      if (startsWith(b, at + 4, ">")) {
        return at + 5;
      }
      if (startsWith(b, at + 4, "->")) {
        return at + 6;
      }
      int end = indexOf(b, at + 4, "-->");
      return end < 0 ? -1 : end + 3;
    }
    int close = tagEnd(b, at + 1);
    if (close < 0) {
      return -1;
    }
    for (String raw : RAW_TEXT) {
      if (startsWithIgnoreCase(b, at + 1, raw) && nameEnds(b, at + 1 + raw.length())) {
        int end = indexOfIgnoreCase(b, close, "</" + raw);
        return end < 0 ? -1 : end;
      }
    }
    return close;
  }

  /** Elements whose content is not text. */
  private static final String[] RAW_TEXT = {"script", "style"};

  /**
   * The index after the {@code >} that ends a tag, quoted attribute values respected (a quote opens
   * one only right after {@code =}); -1 if there is none.
   */
  private static int tagEnd(byte[] b, int from) {
    byte quote = 0;
    byte last = 0;
    for (int i = from; i < b.length; i++) {
      byte c = b[i];
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
          last = c;
        }
        continue;
      }
      if ((c == '"' || c == '\'') && last == '=') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        last = c;
      }
    }
    return -1;
  }

  private static boolean nameEnds(byte[] b, int i) {
    return i >= b.length || !((b[i] | 0x20) >= 'a' && (b[i] | 0x20) <= 'z') && !digit(b[i]);
  }

  /** A reference {@code &#NN;} or {@code &#xHH;} at {@code at}: {code point, index after}. */
  private static int[] numericReference(byte[] b, int at) {
    int i = at + 2;
    boolean hex = i < b.length && (b[i] == 'x' || b[i] == 'X');
    if (hex) {
      i++;
    }
    int value = 0;
    int start = i;
    while (i < b.length && i - start < 8) {
      int d = Character.digit(b[i], hex ? 16 : 10);
      if (d < 0) {
        break;
      }
      value = value * (hex ? 16 : 10) + d;
      i++;
    }
    if (i == start) {
      return null;
    }
    if (i < b.length && b[i] == ';') {
      i++;
    }
    return new int[] {value, i};
  }

  private static boolean startsWith(byte[] b, int at, String s) {
    if (at + s.length() > b.length) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (b[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithIgnoreCase(byte[] b, int at, String lower) {
    if (at + lower.length() > b.length) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      int c = b[at + k];
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, int from, String s) {
    for (int i = from; i + s.length() <= b.length; i++) {
      if (b[i] == s.charAt(0) && startsWith(b, i, s)) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfIgnoreCase(byte[] b, int from, String lower) {
    for (int i = from; i + lower.length() <= b.length; i++) {
      if (b[i] == '<' && startsWithIgnoreCase(b, i, lower)) {
        return i;
      }
    }
    return -1;
  }
}
