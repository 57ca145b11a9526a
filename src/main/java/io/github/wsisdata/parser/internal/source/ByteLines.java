package io.github.wsisdata.parser.internal.source;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.DiagnosticCode;
import io.github.wsisdata.parser.Severity;
import io.github.wsisdata.parser.WsisParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The lines of a UTF-8 byte stream, read as they are needed. Lines end at {@code \n}, {@code \r\n}
 * or a lone {@code \r} (bytes that never occur inside a UTF-8 sequence, so lines can be cut before
 * decoding). Malformed bytes become U+FFFD and a {@code MALFORMED_UTF8} error with line, column and
 * byte offset (the first {@value #MAX_REPORTED} individually, the rest in one summary at the end).
 * More bytes than the limit stop reading with {@code INPUT_TOO_LARGE}. A line longer than the line
 * limit is not buffered past {@code 3 x limit} bytes (no line within the limit is longer in UTF-8):
 * the rest is counted and skipped, and only its start is kept.
 */
public final class ByteLines extends LineSource {
  static final int MAX_REPORTED = 100;

  private final InputStream in;
  private final long maxBytes;
  private final Consumer<Diagnostic> diagnostics;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private long consumed;
  private boolean pendingCr;
  private byte[] line = new byte[256];
  private int lineLength;
  private long lineStart;
  private int lineNo;
  private int malformed;
  private Diagnostic lastReported;

  private final int maxLineLength;
  private final int maxLineBytes;
  private long skipped;
  private boolean started;

  /**
   * Lines of UTF-8 bytes.
   *
   * @param in the bytes (not closed here)
   * @param limits the input size and line length limits
   * @param diagnostics receives malformed-UTF-8 errors
   */
  public ByteLines(InputStream in, Limits limits, Consumer<Diagnostic> diagnostics) {
    super(in);
    this.in = in;
    this.maxBytes = limits.maxInputSize();
    this.maxLineLength = limits.maxLineLength();
    long keep = Math.max(3L * limits.maxLineLength() + 3, 4L * SourceLine.KEPT_PREFIX + 4);
    this.maxLineBytes = (int) Math.min(keep, Integer.MAX_VALUE - 16);
    this.diagnostics = diagnostics;
  }

  @Override
  void atEnd() {
    summarize();
  }

  @Override
  SourceLine readLine() throws IOException {
    lineLength = 0;
    skipped = 0;
    lineStart = consumed;
    while (true) {
      if (position == limit && !fill()) {
        // a final terminator does not start another line
        return lineLength == 0 && skipped == 0 ? null : finishLine();
      }
      byte b = buffer[position++];
      consumed++;
      if (pendingCr) {
        pendingCr = false;
        if (b == '\n') {
          lineStart = consumed;
          continue;
        }
      }
      if (b == '\n') {
        return finishLine();
      }
      if (b == '\r') {
        pendingCr = true;
        return finishLine();
      }
      if (lineLength == maxLineBytes) {
        skipped++;
        continue;
      }
      if (lineLength == line.length) {
        line = Arrays.copyOf(line, (int) Math.min((long) line.length * 2, maxLineBytes));
      }
      line[lineLength++] = b;
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      return false;
    }
    int start = 0;
    if (!started) {
      started = true;
      while (n < 3 && (buffer[0] & 0xFF) == 0xEF) {
        int more = in.read(buffer, n, buffer.length - n);
        if (more <= 0) {
          break;
        }
        n += more;
      }
      if (n >= 3
          && (buffer[0] & 0xFF) == 0xEF
          && (buffer[1] & 0xFF) == 0xBB
          && (buffer[2] & 0xFF) == 0xBF) {
        // a byte order mark is no text: columns count from the first character after it
        start = 3;
        consumed = 3;
        lineStart = 3;
      }
    }
    if (consumed + (n - start) > maxBytes) {
      throw new WsisParseException(
          List.of(
              new Diagnostic(
                  Severity.ERROR,
                  DiagnosticCode.INPUT_TOO_LARGE,
                  Math.max(1, lineNo),
                  1,
                  "input is larger than the limit of " + maxBytes + " bytes; reading stopped",
                  "")));
    }
    position = start;
    limit = n;
    return position < limit || fill();
  }

  private SourceLine finishLine() {
    lineNo++;
    if (skipped > 0) {
      lineLength = Math.min(lineLength, 4 * SourceLine.KEPT_PREFIX + 4);
      String start = decode(new ArrayList<>());
      return new SourceLine.TooLong(
          SourceLine.prefix(start), (maxLineBytes + skipped) + " bytes", maxLineLength);
    }
    List<int[]> bad = new ArrayList<>();
    String text = decode(bad);
    for (int[] b : bad) {
      report(text, b[0], b[1], b[2]);
    }
    if (text.length() > maxLineLength) {
      return new SourceLine.TooLong(
          SourceLine.prefix(text), text.length() + " characters", maxLineLength);
    }
    return new SourceLine.Whole(text);
  }

  /** Decodes the line; each malformed sequence adds {char index, byte index, length} to bad. */
  private String decode(List<int[]> bad) {
    if (lineLength == 0) {
      return "";
    }
    ByteBuffer bytes = ByteBuffer.wrap(line, 0, lineLength);
    CharBuffer out = CharBuffer.allocate(lineLength + 1);
    decoder.reset();
    while (true) {
      CoderResult result = decoder.decode(bytes, out, true);
      if (result.isUnderflow()) {
        decoder.flush(out);
        break;
      }
      if (result.isOverflow()) {
        throw new IllegalStateException("decoder output too small");
      }
      int at = bytes.position();
      bad.add(new int[] {out.position(), at, result.length()});
      bytes.position(at + result.length());
      out.put('\uFFFD');
    }
    out.flip();
    return out.toString();
  }

  private void report(String text, int charIndex, int byteInLine, int length) {
    malformed++;
    if (malformed > MAX_REPORTED) {
      return;
    }
    int column = text.codePointCount(0, charIndex) + 1;
    StringBuilder hex = new StringBuilder();
    for (int i = byteInLine; i < byteInLine + length && i < lineLength; i++) {
      hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", line[i] & 0xFF));
    }
    lastReported =
        new Diagnostic(
            Severity.ERROR,
            DiagnosticCode.MALFORMED_UTF8,
            lineNo,
            column,
            "bytes "
                + hex
                + " at byte offset "
                + (lineStart + byteInLine)
                + " are not valid UTF-8; replaced by U+FFFD",
            text);
    diagnostics.accept(lastReported);
  }

  private void summarize() {
    if (malformed > MAX_REPORTED) {
      diagnostics.accept(
          new Diagnostic(
              Severity.ERROR,
              DiagnosticCode.MALFORMED_UTF8,
              lastReported.line(),
              lastReported.column(),
              (malformed - MAX_REPORTED)
                  + " more malformed UTF-8 sequences after this one were replaced by U+FFFD",
              lastReported.sourceLine()));
    }
  }
}
