package io.github.wsisdata.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTML report in headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * driven by Selenium): the checks of {@link ReportBrowserTest} in a real browser, and a report of
 * 10,000 meetings, whose load, filter and sort times it logs (docs/performance.md, "The HTML
 * report"). Runs with {@code mvn -B -Pchromium verify}; {@code .ci/run} installs the packages.
 */
class ReportChromiumIT {
  private static final Logger LOG = LoggerFactory.getLogger(ReportChromiumIT.class);

  /**
   * Selenium's DevTools support warns that it has no classes for this Chromium's version; the tests
   * use none of them (only WebDriver and one raw CDP command).
   */
  private static final java.util.logging.Logger DEVTOOLS =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  static {
    DEVTOOLS.setLevel(Level.SEVERE);
  }

  @TempDir static Path dir;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + dir.resolve("profile"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver")).toFile())
            .build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static Path report(String name, String... inputs) {
    Path out = dir.resolve(name);
    List<String> args = new ArrayList<>(List.of("-q", "-f", "html", "-o", out.toString()));
    args.addAll(List.of(inputs));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    return out;
  }

  private static List<String> severe() {
    List<String> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        out.add(e.getMessage());
      }
    }
    return out;
  }

  private static List<String> visibleRows() {
    @SuppressWarnings("unchecked")
    List<String> ids =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return Array.prototype.filter.call("
                        + "document.querySelectorAll('#meetings tbody tr'),"
                        + " function (r) { return !r.hidden; }).map(function (r) { return r.id; });");
    return ids;
  }

  private static void choose(String select, String value) {
    new Select(driver.findElement(By.id(select))).selectByValue(value);
  }

  @Test
  void theBundledPagesReportWorksInChromium() {
    driver.get(report("bundled.html").toUri().toString());
    assertEquals(List.of(), severe());
    assertEquals(29, visibleRows().size());
    choose("f-country", "JP");
    assertEquals(List.of("m-1-36", "m-1-60"), visibleRows());
    assertEquals("2 of 28 meetings shown", driver.findElement(By.id("shown")).getText());
    choose("f-country", "");
    WebElement text = driver.findElement(By.id("f-text"));
    text.sendKeys("kobe");
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
        .until(d -> visibleRows().size() == 1);
    assertEquals(List.of("m-1-36"), visibleRows());
    text.clear();
    text.sendKeys(" ");
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
        .until(d -> visibleRows().size() == 29);

    WebElement dates = driver.findElement(By.cssSelector("#meetings thead th:nth-child(1) button"));
    dates.click();
    List<String> up = visibleRows();
    assertEquals("m-1-12", up.get(0));
    assertEquals("m-1-122", up.get(up.size() - 1));
    dates.click();
    assertEquals("m-1-122", visibleRows().get(0));
    // keyboard: the sort button of the place column, reached and pressed from the keyboard
    WebElement place = driver.findElement(By.cssSelector("#meetings thead th:nth-child(3) button"));
    place.sendKeys(org.openqa.selenium.Keys.ENTER);
    assertEquals("m-1-32", visibleRows().get(0));

    driver.findElement(By.cssSelector("#m-1-36 td:last-child a")).click();
    assertTrue(driver.getCurrentUrl().endsWith("#l-1-36"), driver.getCurrentUrl());
    assertTrue(
        driver.findElement(By.id("l-1-36")).getText().contains("21 January 2005, Kobe (Japan)"));

    for (WebElement row : driver.findElements(By.cssSelector("#meetings tbody tr.meeting"))) {
      String id = row.getAttribute("id");
      assertEquals(
          1,
          driver
              .findElements(By.cssSelector("#timeline-svg g.tl-item[data-meeting='" + id + "']"))
              .size(),
          id);
      int marks =
          driver
                  .findElements(
                      By.cssSelector("#map-svg circle.place[data-meetings~='" + id + "']"))
                  .size()
              + driver
                  .findElements(By.cssSelector(".unlocated li[data-meeting='" + id + "']"))
                  .size();
      assertEquals(1, marks, id);
    }
    choose("tl-group", "section");
    assertEquals(3, driver.findElements(By.cssSelector("#timeline-svg .tl-groups text")).size());
    // the timeline's mark tells its meeting when it has the focus
    WebElement mark = driver.findElement(By.cssSelector("g.tl-item[data-meeting='m-1-36']"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", mark);
    assertTrue(
        driver.findElement(By.id("tl-info")).getText().startsWith("21 January 2005, Kobe, Japan"));
    assertEquals(List.of(), severe());
  }

  @Test
  void onPaperTheReportLeavesOutItsControls() {
    driver.get(report("print.html").toUri().toString());
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    for (String hidden : List.of("nav", "form.controls", "#timeline .controls", "#tl-info")) {
      assertEquals(
          "none",
          js.executeScript(
              "return getComputedStyle(document.querySelector(arguments[0])).display;", hidden),
          hidden);
    }
    assertEquals(
        "table",
        js.executeScript("return getComputedStyle(document.getElementById('meetings')).display;"));
    assertTrue(driver.findElement(By.id("m-1-36")).getText().contains("Kobe"));
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
  }

  @Test
  void hostileTextIsShownAndNeverRunInChromium() throws Exception {
    Path hostile = dir.resolve("hostile.txt");
    Files.writeString(
        hostile,
        "go 1 May 2005, Paris (France), UNESCO - <script>alert('title')</script>"
            + " <img src=x onerror=alert(2)> \"q\" \u0001end\n",
        StandardCharsets.UTF_8);
    driver.get(report("hostile.html", hostile.toString()).toUri().toString());
    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    String title = driver.findElement(By.cssSelector("#m-1-1 td:nth-child(2)")).getText();
    assertTrue(title.contains("<script>alert('title')</script>"), title);
    assertTrue(title.contains("<img src=x onerror=alert(2)>"), title);
    assertEquals(0, driver.findElements(By.cssSelector("main img")).size());
    assertEquals(List.of(), severe());
  }

  /** Writes a page of {@code count} meetings across 20 places, 12 organizers and five years. */
  static void bigPage(Path file, int count) throws Exception {
    String[] places = {
      "Geneva (Switzerland)", "Tunis (Tunisia)", "Paris (France)", "Tokyo (Japan)",
      "Bamako (Mali)", "Ottawa (Canada)", "Berlin (Germany)", "Seoul (Korea)",
      "Vienna (Austria)", "Bangkok (Thailand)", "Cairo (Egypt)", "Lima (Peru)",
      "Nairobi (Kenya)", "Delhi (India)", "Moscow (Russia)", "Rome (Italy)",
      "Madrid (Spain)", "Accra (Ghana)", "Dakar (Senegal)", "Quito (Ecuador)"
    };
    String[] organizers = {
      "ITU", "UNESCO", "UNDP", "UNCTAD", "OECD", "WIPO", "ILO", "UNECE", "ESCAP", "ECA", "ECLAC",
      "ESCWA"
    };
    StringBuilder page = new StringBuilder("Meetings\n\n");
    LocalDate day = LocalDate.of(2002, 1, 7);
    for (int i = 0; i < count; i++) {
      LocalDate start = day.plusDays((i * 7L) % 1800);
      LocalDate end = start.plusDays(i % 4);
      String month =
          start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
      page.append("go ").append(start.getDayOfMonth());
      if (end.getMonth() == start.getMonth() && !end.equals(start)) {
        page.append('-').append(end.getDayOfMonth());
      }
      page.append(' ').append(month).append(' ').append(start.getYear());
      page.append(", ")
          .append(places[i % places.length])
          .append(", ")
          .append(organizers[i % organizers.length])
          .append(" - Meeting number ")
          .append(i + 1)
          .append(" on the information society\n\n")
          .append("A description of meeting ")
          .append(i + 1)
          .append(".\n\n");
    }
    Files.writeString(file, page, StandardCharsets.UTF_8);
  }

  @Test
  void tenThousandMeetingsOpenAndFilterInChromium() throws Exception {
    Path page = dir.resolve("big.txt");
    bigPage(page, 10_000);
    Path report = report("big.html", page.toString());
    long size = Files.size(report);
    long started = System.nanoTime();
    driver.get(report.toUri().toString());
    long loaded = (System.nanoTime() - started) / 1_000_000;
    JavascriptExecutor js = (JavascriptExecutor) driver;
    Map<?, ?> timing =
        (Map<?, ?>)
            js.executeScript(
                "var n = performance.getEntriesByType('navigation')[0];"
                    + " return {dom: n.domContentLoadedEventEnd, load: n.loadEventEnd};");
    // measured inside the page: the script's work and the layout it causes (offsetHeight)
    Object filtered =
        js.executeScript(
            "var t = performance.now(); var s = document.getElementById('f-country');"
                + " s.value = 'JP'; s.dispatchEvent(new Event('change'));"
                + " document.body.offsetHeight; return performance.now() - t;");
    assertEquals(500, visibleRows().size(), "one meeting in 20 is in Tokyo");
    Object typed =
        js.executeScript(
            "var t = performance.now(); var s = document.getElementById('f-country');"
                + " s.value = ''; s.dispatchEvent(new Event('change'));"
                + " var x = document.getElementById('f-text'); x.value = 'number 77';"
                + " x.form.dispatchEvent(new Event('submit', {cancelable: true}));"
                + " document.body.offsetHeight; return performance.now() - t;");
    assertEquals(111, visibleRows().size(), "77, 770-779 and 7700-7799");
    js.executeScript(
        "var x = document.getElementById('f-text'); x.value = '';"
            + " x.form.dispatchEvent(new Event('submit', {cancelable: true}));");
    Object sorted =
        js.executeScript(
            "var t = performance.now(); document.querySelector("
                + "'#meetings thead th:nth-child(1) button').click();"
                + " document.body.offsetHeight; return performance.now() - t;");
    String first = visibleRows().get(0);
    assertEquals("m-1-3", first, "7 January 2002, the first meeting");
    assertEquals(10_000, driver.findElements(By.cssSelector("#timeline-svg g.tl-item")).size());
    assertEquals(List.of(), severe());
    LOG.info(
        "10,000 meetings: report {} bytes; get() {} ms (DOMContentLoaded {} ms, load {} ms);"
            + " filter by country {} ms; by text {} ms; sort by date {} ms",
        size,
        loaded,
        timing.get("dom"),
        timing.get("load"),
        filtered,
        typed,
        sorted);
    Files.writeString(
        Path.of("target", "report-10000.txt"),
        "bytes="
            + size
            + " get_ms="
            + loaded
            + " dom_ms="
            + timing.get("dom")
            + " load_ms="
            + timing.get("load")
            + " filter_country_ms="
            + filtered
            + " filter_text_ms="
            + typed
            + " sort_ms="
            + sorted
            + "\n");
  }
}
