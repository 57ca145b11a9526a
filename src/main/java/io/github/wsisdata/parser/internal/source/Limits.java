package io.github.wsisdata.parser.internal.source;

/**
 * Size limits, checked before any heavy work.
 *
 * @param maxInputSize largest input: bytes for files and streams, UTF-16 chars for strings
 * @param maxLineLength longest line in UTF-16 chars; a longer line becomes a {@code LINE_TOO_LONG}
 *     error that keeps its text
 */
public record Limits(long maxInputSize, int maxLineLength) {
  /** 512 MiB of input and 8 MiB per line. */
  public static final Limits DEFAULT = new Limits(512L << 20, 8 << 20);

  /** Validates that both limits are positive. */
  public Limits {
    if (maxInputSize < 1 || maxLineLength < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
