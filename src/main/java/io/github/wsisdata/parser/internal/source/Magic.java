package io.github.wsisdata.parser.internal.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** What a file is by its first bytes. */
public final class Magic {
  private Magic() {}

  /**
   * Whether bytes start like a WARC file: {@code WARC/}, or a gzip member whose content does.
   *
   * @param head the file's first bytes (a few kilobytes suffice for a gzip member)
   * @param length how many of them there are
   * @return true for a web archive
   */
  public static boolean looksLikeWarc(byte[] head, int length) {
    if (length >= 5 && new String(head, 0, 5, StandardCharsets.US_ASCII).equals("WARC/")) {
      return true;
    }
    if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(head, 0, length), 512)) {
        byte[] inner = gz.readNBytes(5);
        return new String(inner, StandardCharsets.US_ASCII).equals("WARC/");
      } catch (IOException e) {
        return false; // a gzip stream cut short in the head, or not gzip after all
      }
    }
    return false;
  }
}
