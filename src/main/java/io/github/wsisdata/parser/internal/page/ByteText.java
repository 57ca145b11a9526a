package io.github.wsisdata.parser.internal.page;

/**
 * The look at a page's bytes that {@link MeetingPages#mayHoldEntry} takes before anything else:
 * whether the text may hold a day (a number of one or two ASCII digits, which every date of the
 * grammar has) or a {@code go} line (an entry with no date is a link, and a link is an entry). The
 * bytes are in an ASCII-compatible charset. Conservative: where it cannot tell what a browser would
 * show, it takes the bytes for text.
 *
 * <p>For HTML the text is what lies outside tags and comments, scripts and styles (which are never
 * shown), with numeric character references decoded, and with the {@code alt} text of images and
 * image-map areas, which the reader shows. Markup may break a line, so it ends a number and a word.
 * The content of the elements whose content is raw text ({@code title}, {@code textarea}, {@code
 * xmp}, {@code iframe}, {@code noembed}, {@code noframes}, {@code plaintext}) and of CDATA sections
 * is taken as text, markup signs and all.
 */
final class ByteText {
  /** Length of the run of digits being read. */
  private int run;

  /** 0: no {@code go} under way; 1: a {@code g} at a word's start; 2: {@code go}. */
  private int go;

  /** Whether the last character was an ASCII letter or digit (so no word starts at the next). */
  private boolean inWord;

  private boolean found;

  private ByteText() {}

  /**
   * Whether a text page's bytes may hold an entry.
   *
   * @param b the bytes
   * @return false if they hold no day number and no word {@code go}
   */
  static boolean text(byte[] b) {
    ByteText scan = new ByteText();
    for (int i = 0; i < b.length && !scan.found; i++) {
      scan.feed(b[i] & 0xFF);
    }
    return scan.end();
  }

  /**
   * Whether an HTML page's bytes may hold an entry (see the class comment).
   *
   * @param b the bytes
   * @return false if its text holds no day number and no word {@code go}
   */
  static boolean html(byte[] b) {
    ByteText scan = new ByteText();
    int i = 0;
    int n = b.length;
    while (i < n && !scan.found) {
      int c = b[i];
      if (c == '<' && i + 1 < n && markupStart(b[i + 1])) {
        scan.boundary();
        int end = scan.markup(b, i);
        if (end < 0) {
          return true; // markup that never ends: let the renderer say what it is
        }
        scan.boundary();
        i = end;
        continue;
      }
      i = scan.character(b, i, n);
    }
    return scan.end();
  }

  /** Reads the character at {@code i} (a numeric reference decoded); the index after it. */
  private int character(byte[] b, int i, int to) {
    if (b[i] == '&' && i + 1 < to && b[i + 1] == '#') {
      int[] ref = numericReference(b, i, to);
      if (ref != null) {
        feed(ref[0]);
        return ref[1];
      }
    }
    feed(b[i] & 0xFF);
    return i + 1;
  }

  /** Takes bytes [from, to) as text, references decoded, markup signs included. */
  private void textOf(byte[] b, int from, int to) {
    boundary();
    int i = from;
    while (i < to && !found) {
      i = character(b, i, to);
    }
    boundary();
  }

  private void feed(int c) {
    boolean digit = c >= '0' && c <= '9';
    if (digit) {
      run++;
    } else {
      if (run == 1 || run == 2) {
        found = true;
      }
      run = 0;
    }
    boolean word = digit || (c < 0x80 && Character.isLetter(c));
    if (go == 2) {
      found |= !word; // "go" and then no letter or digit: a go line may start here
      go = 0;
    } else if (go == 1) {
      go = c == 'o' ? 2 : 0;
    }
    if (c == 'g' && !inWord) {
      go = 1;
    }
    inWord = word;
  }

  /** Markup: a number ends, a word may end, and a line may break. */
  private void boundary() {
    if (run == 1 || run == 2 || go == 2) {
      found = true;
    }
    run = 0;
    inWord = false;
    // a "g" stays under way: "g<b>o</b>" shows "go"
  }

  private boolean end() {
    boundary();
    return found;
  }

  private static boolean markupStart(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '/' || b == '!' || b == '?';
  }

  /** Elements whose content is not shown. */
  private static final String[] HIDDEN_RAW_TEXT = {"script", "style"};

  /** Elements whose content is raw text that may be shown. */
  private static final String[] SHOWN_RAW_TEXT = {
    "title", "textarea", "xmp", "iframe", "noembed", "noframes"
  };

  /**
   * Reads the markup that starts at {@code at} (a comment, a CDATA section, a tag with, for a raw
   * text element, its content; an image's alt text): the index after it, or -1 if it never ends.
   */
  private int markup(byte[] b, int at) {
    if (startsWithIgnoreCase(b, at, "<![cdata[")) {
      int end = indexOf(b, at + 9, "]]>");
      textOf(b, at + 9, end < 0 ? b.length : end);
      return end < 0 ? b.length : end + 3;
    }
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
    if (isTag(b, at, "plaintext")) {
      textOf(b, close, b.length);
      return b.length;
    }
    if (isTag(b, at, "img") || isTag(b, at, "area")) {
      altText(b, at, close);
      return close;
    }
    for (String raw : HIDDEN_RAW_TEXT) {
      if (isTag(b, at, raw)) {
        int end = indexOfIgnoreCase(b, close, "</" + raw);
        return end < 0 ? -1 : end;
      }
    }
    for (String raw : SHOWN_RAW_TEXT) {
      if (isTag(b, at, raw)) {
        int end = indexOfIgnoreCase(b, close, "</" + raw);
        textOf(b, close, end < 0 ? b.length : end);
        return end < 0 ? b.length : end;
      }
    }
    return close;
  }

  /** Whether the start tag at {@code at} is {@code <name}. */
  private static boolean isTag(byte[] b, int at, String name) {
    return startsWithIgnoreCase(b, at + 1, name) && nameEnds(b, at + 1 + name.length());
  }

  /**
   * The values of every {@code alt=} in an image's tag [at, close), as text: each {@code alt} not
   * inside a longer name, whatever stands around it (a value that only mentions one is read too).
   */
  private void altText(byte[] b, int at, int close) {
    for (int i = at + 1; i + 3 <= close; i++) {
      if (!startsWithIgnoreCase(b, i, "alt") || nameChar(b[i - 1])) {
        continue;
      }
      int j = i + 3;
      while (j < close && space(b[j])) {
        j++;
      }
      if (j >= close || b[j] != '=') {
        continue;
      }
      j++;
      while (j < close && space(b[j])) {
        j++;
      }
      int from = j;
      int to;
      if (j < close && (b[j] == '"' || b[j] == '\'')) {
        from = j + 1;
        int quote = indexOf(b, from, b[j] == '"' ? "\"" : "'");
        to = quote < 0 ? close : Math.min(quote, close);
      } else {
        to = from;
        while (to < close && !space(b[to]) && b[to] != '>') {
          to++;
        }
      }
      textOf(b, from, to);
    }
  }

  private static boolean nameChar(byte c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == ':';
  }

  private static boolean space(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

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
      if (!space(c)) {
        last = c;
      }
    }
    return -1;
  }

  private static boolean nameEnds(byte[] b, int i) {
    return i >= b.length || !nameChar(b[i]) || b[i] == ':';
  }

  /** A reference {@code &#NN;} or {@code &#xHH;} at {@code at}: {code point, index after}. */
  private static int[] numericReference(byte[] b, int at, int to) {
    int i = at + 2;
    boolean hex = i < to && (b[i] == 'x' || b[i] == 'X');
    if (hex) {
      i++;
    }
    int value = 0;
    int start = i;
    while (i < to && i - start < 8) {
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
    if (i < to && b[i] == ';') {
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
    if (at < 0 || at + lower.length() > b.length) {
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
