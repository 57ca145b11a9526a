package io.github.wsisdata.parser.internal.html;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The encodings an HTML page may name, as browsers read them (the WHATWG Encoding Standard), and
 * the check of bytes read as UTF-8.
 */
final class HtmlCharsets {
  private HtmlCharsets() {}

  /** A declared charset, by its WHATWG meaning. */
  static Optional<Charset> named(String label) {
    String name = label.strip().toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1")
        || name.equals("iso8859-1")
        || name.equals("latin1")
        || name.equals("l1")
        || name.equals("us-ascii")
        || name.equals("ascii")
        || name.equals("windows-1252")
        || name.equals("cp1252")
        || name.equals("x-cp1252")) {
      return Optional.of(HtmlPage.WINDOWS_1252);
    }
    if (name.startsWith("utf-16")
        || name.equals("unicode")
        || name.equals("ucs-2")
        || name.equals("csunicode")
        || name.equals("iso-10646-ucs-2")
        || name.equals("unicodefeff")
        || name.equals("unicodefffe")) {
      return Optional.of(StandardCharsets.UTF_8); // a meta read as ASCII cannot be UTF-16
    }
    String whatwg = WHATWG_ALIASES.getOrDefault(name, name);
    try {
      Charset charset = Charset.forName(whatwg);
      // only the WHATWG Encoding Standard's encodings, as browsers: not utf-32, cp037, ...
      return WHATWG.contains(charset.name()) ? Optional.of(charset) : Optional.empty();
    } catch (IllegalArgumentException e) { // illegal or unsupported name
      return Optional.empty();
    }
  }

  /** Labels the WHATWG Encoding Standard reads as another encoding than Java does. */
  private static final java.util.Map<String, String> WHATWG_ALIASES =
      java.util.Map.of(
          "iso-8859-9", "windows-1254",
          "latin5", "windows-1254",
          "iso-8859-11", "x-windows-874",
          "tis-620", "x-windows-874",
          "gb2312", "GBK",
          "ks_c_5601-1987", "x-windows-949",
          "euc-kr", "x-windows-949",
          "shift_jis", "windows-31j",
          "sjis", "windows-31j");

  /** The Java names of the encodings of the WHATWG Encoding Standard that a page may name. */
  private static final java.util.Set<String> WHATWG =
      java.util.Set.of(
          "UTF-8",
          "IBM866",
          "ISO-8859-2",
          "ISO-8859-3",
          "ISO-8859-4",
          "ISO-8859-5",
          "ISO-8859-6",
          "ISO-8859-7",
          "ISO-8859-8",
          "ISO-8859-10",
          "ISO-8859-13",
          "ISO-8859-14",
          "ISO-8859-15",
          "ISO-8859-16",
          "KOI8-R",
          "KOI8-U",
          "x-MacRoman",
          "x-windows-874",
          "windows-1250",
          "windows-1251",
          "windows-1252",
          "windows-1253",
          "windows-1254",
          "windows-1255",
          "windows-1256",
          "windows-1257",
          "windows-1258",
          "x-MacCyrillic",
          "GBK",
          "GB18030",
          "Big5",
          "Big5-HKSCS",
          "EUC-JP",
          "ISO-2022-JP",
          "windows-31j",
          "x-windows-949");

  /**
   * The bytes that are not valid UTF-8 in a page read as UTF-8: a problem naming the first (line,
   * column as bytes, offset) and how many there are; empty if all are valid.
   */
  static List<HtmlPage.Problem> malformedUtf8(byte[] bytes, int skip) {
    java.nio.charset.CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
    int count = 0;
    int first = -1;
    while (true) {
      java.nio.charset.CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        if (first < 0) {
          first = in.position();
        }
        count++;
        in.position(in.position() + result.length());
      } else if (result.isOverflow()) {
        out.clear();
      } else {
        break;
      }
    }
    if (count == 0) {
      return List.of();
    }
    int line = 1;
    int lineStart = skip;
    for (int i = skip; i < first; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return List.of(
        new HtmlPage.Problem(
            true,
            line,
            first - lineStart + 1,
            String.format(
                Locale.ROOT,
                "byte 0x%02X at byte offset %d is not valid UTF-8%s; replaced by U+FFFD",
                bytes[first] & 0xff,
                first,
                count > 1 ? " (and " + (count - 1) + " more sequences)" : "")));
  }
}
