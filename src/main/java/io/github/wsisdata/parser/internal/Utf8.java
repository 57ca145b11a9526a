package io.github.wsisdata.parser.internal;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.Severity;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes UTF-8, replacing malformed bytes by U+FFFD and reporting each replacement as a {@code
 * MALFORMED_UTF8} error with line, column and byte offset (the first {@value #MAX_REPORTED}
 * individually, the rest in one summary).
 */
public final class Utf8 {
  static final int MAX_REPORTED = 100;

  private Utf8() {}

  /**
   * Decoded text and the errors found on the way.
   *
   * @param text the text, with U+FFFD where bytes were malformed
   * @param diagnostics one error per malformed sequence (capped), in input order
   */
  public record Decoded(String text, List<Diagnostic> diagnostics) {}

  private record Bad(int charIndex, long byteOffset, String bytes) {}

  /**
   * Decodes bytes.
   *
   * @param bytes UTF-8 bytes
   * @return text and diagnostics
   */
  public static Decoded decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    List<Bad> bad = new ArrayList<>();
    int total = 0;
    while (true) {
      CoderResult result =
          in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
      if (result.isOverflow()) {
        throw new IllegalStateException("decoder output buffer too small");
      }
      if (result.isError()) {
        total++;
        if (bad.size() < MAX_REPORTED) {
          bad.add(
              new Bad(out.position(), in.position(), hex(bytes, in.position(), result.length())));
        }
        in.position(in.position() + result.length());
        out.put('\uFFFD');
        continue;
      }
      if (!in.hasRemaining()) {
        decoder.flush(out);
        break;
      }
    }
    out.flip();
    String text = out.toString();
    return new Decoded(text, diagnostics(text, bad, total));
  }

  private static String hex(byte[] bytes, int from, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < from + length && i < bytes.length; i++) {
      b.append(b.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
    }
    return b.toString();
  }

  private static List<Diagnostic> diagnostics(String text, List<Bad> bad, int total) {
    List<Diagnostic> out = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    int i = 0;
    for (Bad b : bad) {
      while (i < b.charIndex()) {
        char c = text.charAt(i++);
        if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
          line++;
          lineStart = i;
        }
      }
      int lineEnd = lineStart;
      while (lineEnd < text.length()
          && text.charAt(lineEnd) != '\n'
          && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int column = text.codePointCount(lineStart, b.charIndex()) + 1;
      out.add(
          new Diagnostic(
              Severity.ERROR,
              DiagnosticCode.MALFORMED_UTF8,
              line,
              column,
              "bytes "
                  + b.bytes()
                  + " at byte offset "
                  + b.byteOffset()
                  + " are not valid UTF-8; replaced by U+FFFD",
              text.substring(lineStart, lineEnd)));
    }
    if (total > bad.size()) {
      Diagnostic last = out.get(out.size() - 1);
      out.add(
          new Diagnostic(
              Severity.ERROR,
              DiagnosticCode.MALFORMED_UTF8,
              last.line(),
              last.column(),
              (total - bad.size())
                  + " more malformed UTF-8 sequences after this one were replaced by U+FFFD",
              last.sourceLine()));
    }
    return out;
  }
}
