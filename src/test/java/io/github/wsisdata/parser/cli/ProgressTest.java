package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final AtomicLong now = new AtomicLong();
  private final List<String> drawn = new ArrayList<>();

  private Progress progress(int total, boolean terminal) {
    return new Progress(
        total, terminal, now::get, new DelegatingProgressBarConsumer(drawn::add, 100));
  }

  @Test
  void aLongRunOnATerminalShowsFilesMeetingsRateAndTimeLeft() {
    try (Progress p = progress(10, true)) {
      p.done(28);
      assertFalse(p.shown(), "not in the first second");
      now.set(1_500_000_000L);
      p.done(28);
      assertTrue(p.shown());
    }
    String last = drawn.get(drawn.size() - 1);
    assertTrue(last.startsWith("wsis"), last);
    assertTrue(last.contains("2/10 files"), last);
    assertTrue(last.contains("files/s, 56 meetings"), last);
    assertTrue(last.contains("files/s"), last);
  }

  @Test
  void noBarOffATerminalForOneInputOrAShortRun() {
    try (Progress off = progress(10, false);
        Progress one = progress(1, true);
        Progress quick = progress(3, true)) {
      quick.done(1);
      quick.done(1);
      now.set(5_000_000_000L);
      quick.done(1); // the last input, after the first second: nothing left to show
      off.done(1);
      one.done(1);
      assertFalse(off.shown());
      assertFalse(one.shown());
      assertFalse(quick.shown());
    }
    assertEquals(List.of(), drawn);
  }

  @Test
  void aTableForATerminalWrapsTitlesToItsWidth() throws Exception {
    Page page =
        HeldPage.of(
            "p",
            io.github.wsisdata.parser.WsisParser.parseText(
                " H\n\ngo 1-2 May 2005, Geneva (Switzerland), ITU - A rather long title that"
                    + " would not fit on a narrow terminal at all\n"));
    StringWriter wide = new StringWriter();
    new TableWriter(0).write(List.of(page), wide);
    StringWriter narrow = new StringWriter();
    new TableWriter(60).write(List.of(page), narrow);
    List<String> lines = narrow.toString().lines().toList();
    // the heading's row, then the meeting over several lines, the title wrapped at word ends
    assertEquals("H", lines.get(1));
    assertEquals("1-2 May 2005  Geneva,      ITU         A rather long title", lines.get(2));
    assertEquals("              Switzerland              that would not fit on", lines.get(3));
    assertEquals("                                       a narrow terminal at", lines.get(4));
    assertEquals("                                       all", lines.get(5));
    assertTrue(lines.stream().allMatch(l -> l.length() <= 60), lines.toString());
    // --wide: one line per meeting
    assertTrue(
        wide.toString()
            .contains(
                "1-2 May 2005  Geneva, Switzerland  ITU         A rather long title that would"
                    + " not fit on a narrow terminal at all\n"),
        wide.toString());
  }
}
