package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wsisdata.parser.internal.grammar.GrammarCaches;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** One parser used from 16 threads gives the same documents as sequential parsing. */
class ConcurrencyTest {
  private static final int THREADS = 16;

  /** Sixteen different pages: the bundled page with its dates moved to another year each time. */
  private static List<String> pages() throws Exception {
    String seed = Files.readString(SeedPageTest.SEED, StandardCharsets.UTF_8);
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      String year = Integer.toString(2010 + i);
      pages.add(
          seed.replace("2005", year)
              + "\ngo 1 May "
              + year
              + ", Page "
              + i
              + ", ITU - Extra meeting "
              + i
              + "\n\ngo 31 April "
              + year
              + ", Broken, X - Y\n");
    }
    return pages;
  }

  @Test
  void sixteenThreadsGiveTheSequentialResults() throws Exception {
    WsisParser parser = WsisParser.builder().build();
    List<String> pages = pages();
    List<WsisDocument> sequential = new ArrayList<>();
    for (String page : pages) {
      sequential.add(parser.readText(page));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<WsisDocument>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<WsisDocument> mine = new ArrayList<>();
                  for (int round = 0; round < 5; round++) {
                    mine.add(parser.readText(pages.get((offset + round) % THREADS)));
                  }
                  return mine;
                }));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        List<WsisDocument> got = futures.get(t).get(120, TimeUnit.SECONDS);
        for (int round = 0; round < got.size(); round++) {
          assertEquals(sequential.get((t + round) % THREADS), got.get(round));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(29, sequential.get(3).meetings().size());
    assertEquals(1, sequential.get(3).diagnostics(Severity.ERROR).size());
  }

  @Test
  void clearingTheCachesWhileOtherThreadsParseChangesNoResult() throws Exception {
    WsisParser parser = WsisParser.builder().build();
    List<String> pages = pages();
    WsisDocument expected = parser.readText(pages.get(0));
    assertTrue(GrammarCaches.parserDfaStates() > 0);
    WsisParser.clearCaches();
    assertEquals(0, GrammarCaches.parserDfaStates());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicBoolean stop = new AtomicBoolean();
    try {
      Future<?> clearer =
          pool.submit(
              () -> {
                while (!stop.get()) {
                  WsisParser.clearCaches();
                  Thread.onSpinWait();
                }
              });
      List<Future<WsisDocument>> parses = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        parses.add(pool.submit(() -> parser.readText(pages.get(0))));
      }
      for (Future<WsisDocument> f : parses) {
        assertEquals(expected, f.get(120, TimeUnit.SECONDS));
      }
      stop.set(true);
      clearer.get(10, TimeUnit.SECONDS);
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
  }
}
