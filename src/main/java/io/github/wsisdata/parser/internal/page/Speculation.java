package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.internal.build.EntryBuilder;
import io.github.wsisdata.parser.internal.build.LinesAhead;
import io.github.wsisdata.parser.internal.build.Text;
import io.github.wsisdata.parser.internal.source.SourceLine;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;

/**
 * The lines of a page for its reader, with the entry lines read ahead on other threads: the lines
 * are read ahead in blocks of {@value #BLOCK}, and each block goes to a worker, which reads every
 * line that may be an entry (grammar and entry builder) the way the reader would, while the reader
 * goes on. When the reader reaches a block no worker has started, it reads the block itself; when
 * it reaches one a worker is reading, it waits for it.
 *
 * <p>Reading a line is a function of its text, number and kind ({@link LinesAhead}), and the reader
 * checks all three before it takes a result ({@link #take}); anything else (a line the reader joins
 * with the next, reads another way, or that a worker could not read) is read by the reader as it
 * would be without this class. So the page's result is the sequential one, whatever the threads do.
 */
final class Speculation implements Iterator<SourceLine>, LinesAhead, AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Speculation.class);

  /** Lines per block: one task for a worker. */
  static final int BLOCK = 256;

  private final int blockLines;

  private final Iterator<SourceLine> source;
  private final ExecutorService workers;
  private final int blocksAhead;
  private final EntryBuilder readerBuilder = new EntryBuilder();

  /** Lines read from the source and not yet handed to the reader. */
  private final ArrayDeque<SourceLine> buffered = new ArrayDeque<>();

  /** Blocks not yet passed by the reader, in order. */
  private final ArrayDeque<Block> blocks = new ArrayDeque<>();

  private String[] filling;
  private int filled;
  private int read;

  /**
   * The lines of {@code source}, parsed ahead on {@code threads} worker threads.
   *
   * @param source the page's lines
   * @param threads how many workers (at least 1)
   */
  Speculation(Iterator<SourceLine> source, int threads) {
    this(source, threads, BLOCK);
  }

  /**
   * The lines of {@code source}, parsed ahead on {@code threads} worker threads in blocks of {@code
   * blockLines} lines (tests cut pages everywhere with small blocks).
   */
  Speculation(Iterator<SourceLine> source, int threads, int blockLines) {
    this.source = source;
    this.blockLines = blockLines;
    this.blocksAhead = 2 * threads + 2;
    this.filling = new String[blockLines];
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Worker(task);
              thread.setDaemon(true);
              // an Error outside a block (out of memory in the pool's queue) ends the worker, never
              // on standard error: a block left unread is read by the reader
              thread.setUncaughtExceptionHandler(
                  (t, e) -> LOG.debug("a page worker stopped: {}", e.toString()));
              return thread;
            });
  }

  /** A worker thread, with its own entry builder (lexer, parser, interner). */
  private static final class Worker extends Thread {
    final EntryBuilder builder = new EntryBuilder();

    Worker(Runnable task) {
      super(task, "wsis-page-worker");
    }
  }

  /** One block of lines and its outcomes. */
  private final class Block {
    final int first;
    final String[] texts;
    final FutureTask<Done> task;

    Block(int first, String[] texts, int count) {
      this.first = first;
      this.texts = texts;
      this.task = new FutureTask<>(() -> parse(first, texts, count));
    }

    int last() {
      return first + texts.length - 1;
    }
  }

  /** A line's result and the way it was read. */
  private record Read(Kind kind, Object result) {}

  /** What a block gave: each line's normalized text and, for entry lines, its result. */
  private record Done(String[] norms, Read[] reads) {}

  private Done parse(int first, String[] texts, int count) {
    EntryBuilder builder =
        Thread.currentThread() instanceof Worker worker ? worker.builder : readerBuilder;
    String[] norms = new String[count];
    Read[] out = new Read[count];
    for (int i = 0; i < count; i++) {
      if (texts[i] == null) {
        continue;
      }
      Kind kind;
      if (PageReader.startsGoLine(texts[i])) {
        kind = Kind.GO; // the reader asks no normalized text of a go line
      } else {
        norms[i] = Text.normalize(texts[i]);
        kind = kind(norms[i]);
      }
      if (kind != null) {
        try {
          out[i] = new Read(kind, kind.read(builder, texts[i], first + i));
        } catch (StackOverflowError e) {
          // depends on the thread's stack: the reader reads the line for itself
          out[i] = null;
        }
      }
    }
    return new Done(norms, out);
  }

  /** How the reader would most likely read a line, if as an entry (as in PageReader.step). */
  private static Kind kind(String norm) {
    if (norm.isEmpty()) {
      return null;
    }
    if (PageReader.isGoLine(norm)) {
      return Kind.GO;
    }
    boolean digit = PageReader.hasDigit(norm);
    if (PageReader.isMarkerLine(norm)) {
      return digit ? Kind.BULLETED : null;
    }
    return digit && norm.length() <= PageReader.MAX_STANDALONE_LENGTH ? Kind.STANDALONE : null;
  }

  @Override
  public boolean hasNext() {
    fill();
    return !buffered.isEmpty();
  }

  @Override
  public SourceLine next() {
    fill();
    SourceLine line = buffered.poll();
    if (line == null) {
      throw new NoSuchElementException();
    }
    // blocks well behind the reader (which looks a few lines ahead at most) are done with, even
    // where it took nothing from them
    int reader = read - buffered.size();
    while (!blocks.isEmpty() && blocks.peek().last() < reader - 2 * Math.max(blockLines, BLOCK)) {
      blocks.poll().task.cancel(false);
    }
    return line;
  }

  /** Reads ahead up to {@code blocksAhead} blocks beyond the reader, handing full blocks out. */
  private void fill() {
    while ((buffered.isEmpty() || buffered.size() < blockLines * blocksAhead) && source.hasNext()) {
      SourceLine line = source.next();
      buffered.add(line);
      read++;
      filling[filled++] = line instanceof SourceLine.Whole whole ? whole.text() : null;
      if (filled == blockLines) {
        submit();
      }
    }
    if (filled > 0 && !source.hasNext()) {
      submit();
    }
  }

  private void submit() {
    String[] texts = filled == blockLines ? filling : java.util.Arrays.copyOf(filling, filled);
    Block block = new Block(read - filled + 1, texts, filled);
    blocks.add(block);
    workers.execute(block.task);
    filling = new String[blockLines];
    filled = 0;
  }

  /** The block holding {@code line} with {@code text}, dropping the blocks before it; or null. */
  private Block block(int line, String text) {
    while (!blocks.isEmpty() && blocks.peek().last() < line) {
      // the reader reads lines in order: blocks before this line are done with
      blocks.poll().task.cancel(false);
    }
    Block block = blocks.peek();
    if (block == null || line < block.first) {
      return null;
    }
    int i = line - block.first;
    return i < block.texts.length && text.equals(block.texts[i]) ? block : null;
  }

  @Override
  public String normalized(int line, String text) {
    Block block = block(line, text);
    if (block == null || !block.task.isDone()) {
      return null;
    }
    Done done = done(block);
    int i = line - block.first;
    return done == null || i >= done.norms().length ? null : done.norms()[i];
  }

  @Override
  public Object take(int line, String text, Kind kind) {
    Block block = block(line, text);
    if (block == null) {
      return null;
    }
    block.task.run(); // reads the block here if no worker has started it
    Done done = done(block);
    int i = line - block.first;
    Read r = done == null || i >= done.reads().length ? null : done.reads()[i];
    if (r == null || r.kind() != kind) {
      return null;
    }
    taken++;
    return r.result();
  }

  private long taken;

  /** How many lines the reader took from the blocks (for tests). */
  long taken() {
    return taken;
  }

  /**
   * The block's result, waiting for it if a worker is on it; null if it failed or was cancelled.
   */
  private static Done done(Block block) {
    try {
      return block.task.get();
    } catch (ExecutionException | CancellationException e) {
      return null; // the reader reads the lines itself, and meets the same failure there
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
