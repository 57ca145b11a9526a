package io.github.wsisdata.parser.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Closing from {@code Stream.onClose}, where checked exceptions cannot pass. */
final class Closing {
  private Closing() {}

  static void close(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
