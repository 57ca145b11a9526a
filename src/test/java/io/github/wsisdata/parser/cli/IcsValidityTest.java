package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile page content still gives valid iCalendar, checked by ical4j's validator. */
class IcsValidityTest {
  @TempDir Path dir;

  @Test
  void theLastDaysOfTheCalendarYearZeroAndControlCharactersGiveValidIcs() throws Exception {
    String page =
        " Meetings\n\n"
            + "go 31 December 9999, Geneva, ITU - Last day\n\n"
            + "go 30-31 December 9999, Geneva, ITU - Last two days\n\n"
            + "go 1 May 2005, Geneva, ITU - Bell\u0007 null\u0000 escape\u001b[31m del\u007f\n\n"
            + "A description with\u0000 a NUL and a C1\u0085 control.\n\n"
            + "Updated : 0000-01-01\n";
    Path file = Files.writeString(dir.resolve("hostile.txt"), page, StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("--format", "ics", file.toString());
    String ics = r.out();
    assertFalse(ics.contains("+1000"), "no five-digit years");
    for (int i = 0; i < ics.length(); i++) {
      char c = ics.charAt(i);
      assertTrue(
          !Character.isISOControl(c) || c == '\r' || c == '\n',
          "control character U+" + Integer.toHexString(c) + " in the output");
    }
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    ValidationResult result = calendar.validate();
    assertFalse(result.hasErrors(), result.toString());
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertEquals(3, events.size());
    assertEquals("99991231", value(events.get(0), Property.DTSTART));
    assertEquals("P1D", value(events.get(0), Property.DURATION));
    assertEquals("P2D", value(events.get(1), Property.DURATION));
    assertEquals("Bell null escape[31m del", value(events.get(2), Property.SUMMARY));
    assertEquals("99991231T000000Z", value(events.get(0), Property.DTSTAMP));
    assertTrue(r.err().contains("INVALID_UPDATE_DATE") || r.err().contains("0000-01-01"), r.err());
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElse(null);
  }
}
