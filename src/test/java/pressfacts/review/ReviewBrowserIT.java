package pressfacts.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.eval.CorpusChecker;
import pressfacts.eval.GoldCorpus;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;
import pressfacts.testing.SharedFiles;
import pressfacts.testing.SpanInvariants;
import pressfacts.testing.Skips;

/**
 * The review pages in a real headless Chromium (Debian's chromium and chromium-driver; the class
 * skips where they are not installed). The report holds the hand-made fixture releases and, when
 * ../shared is there, the seed release with its gold record.
 */
class ReviewBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SEED_TEXT = SharedFiles.SHARED.resolve("seed-press-release.txt");
  private static final Path SEED_GOLD = SharedFiles.SHARED.resolve("seed-press-release.gold.json");

  @TempDir
  static Path work;
  private static Path report;
  private static WebDriver driver;

  private static final boolean BROWSER = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);

  @BeforeEach
  void browserGiven() {
    Skips.unless(BROWSER, "chromium or chromedriver is not installed; the browser tests skip");
  }

  @BeforeAll
  static void openBrowserOnReport() throws IOException {
    if (!BROWSER) {
      return;
    }
    List<ReviewItem> items = new ArrayList<>(ReviewFixtures.items());
    if (Files.exists(SEED_TEXT) && Files.exists(SEED_GOLD)) {
      // The gold record as a records file, its text read from the seed as 'extract' reads it.
      Path records = work.resolve("seed.jsonl");
      Files.writeString(records, RecordJson.line(RecordJson.read(Files.readString(SEED_GOLD))) + "\n");
      items.addAll(ReviewInputs.load(records, List.of(SEED_TEXT.toString())));
    }
    report = work.resolve("report");
    new ReportWriter(new Templates()).write(items, report);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1000,600", "--user-data-dir=" + Files.createDirectories(work.resolve("profile")));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static void open(String page) {
    driver.get(report.resolve(page).toUri().toString());
  }

  private static PressRecord seedGold() throws IOException {
    Assumptions.assumeTrue(Files.exists(SEED_TEXT) && Files.exists(SEED_GOLD), "../shared seed is absent; skipping");
    return (PressRecord) RecordJson.read(Files.readString(SEED_GOLD));
  }

  /** True when the element's bounding rectangle lies wholly inside the window. */
  private static boolean inViewport(WebElement e) {
    return (Boolean) ((JavascriptExecutor) driver).executeScript(
        "var r = arguments[0].getBoundingClientRect();"
            + "return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;", e);
  }

  private static String textContent(WebElement e) {
    return e.getDomProperty("textContent");
  }

  @Test
  void seedPersonsAreHighlightedAtTheirOffsets() throws IOException {
    PressRecord gold = seedGold();
    open("doc-seed-press-release.html");
    int persons = 0;
    for (Entity e : gold.entities()) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (Mention m : e.mentions()) {
        List<WebElement> marks = driver.findElements(By.cssSelector(
            "mark.k-person[data-start='" + m.span().start() + "'][data-end='" + m.span().end() + "']"));
        assertEquals(1, marks.size(), "one person mark at " + m.span());
        assertEquals(m.text(), textContent(marks.get(0)), "mark text at " + m.span());
        persons++;
      }
    }
    // The gold gives Seyidov 4 mentions, Takahashi 3, Solley 3, Huseynova 1.
    assertEquals(11, persons);
    assertEquals(11, driver.findElements(By.cssSelector("mark.k-person")).size());
  }

  @Test
  void clickOnASeedRoleScrollsItsPersonIntoView() throws IOException {
    seedGold();
    open("doc-seed-press-release.html");
    // Gold roles carry no evidence span: the fourth role (Huseynova) points at her only mention.
    WebElement mark = driver.findElement(By.cssSelector("mark.k-person[data-mark='m-e4-0']"));
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, document.body.scrollHeight)");
    assertFalse(inViewport(mark), "the mention starts out of view");
    driver.findElement(By.cssSelector("li[data-role='3'] button.go")).click();
    assertTrue(inViewport(mark), "the mention is in view after the click");
  }

  @Test
  void clickOnARoleScrollsItsEvidenceIntoView() {
    open("doc-harbour.html");
    WebElement evidence = driver.findElement(By.id("r-0"));
    assertEquals("Judge Maria Olsen of the Harbour Court", textContent(evidence));
    assertFalse(inViewport(evidence), "the evidence starts below the filler, out of view");
    driver.findElement(By.cssSelector("li[data-role='0'] button.go")).click();
    assertTrue(inViewport(evidence), "the evidence is in view after the click");
  }

  @Test
  void aDateInsideACitationIsANestedMark() {
    open("doc-harbour.html");
    WebElement date = driver.findElement(By.cssSelector("mark.k-citation > mark.k-date"));
    assertEquals("1 June 2020", textContent(date));
    assertEquals(String.valueOf(ReviewFixtures.span("1 June 2020").start()), date.getDomAttribute("data-start"));
    // The whole text reads back unchanged through the marks.
    assertEquals(ReviewFixtures.TEXT, textContent(driver.findElement(By.id("text"))));
  }

  @Test
  void aScriptTagInTheTextIsShownAsText() {
    open("doc-harbour.html");
    assertTrue(textContent(driver.findElement(By.id("text"))).contains("<script>alert(1)</script>"));
    assertEquals(0, driver.findElements(By.cssSelector("#text script")).size());
  }

  @Test
  void theIndexFiltersByWarningAndEventType() {
    open("index.html");
    Select warning = new Select(driver.findElement(By.id("f-warning")));
    warning.selectByValue("PUBLISHED_BEFORE_EVENT");
    assertEquals(List.of("harbour"), visibleRows());
    warning.selectByValue("REPEATED_TITLE");
    assertEquals(List.of("harbour-repeated"), visibleRows());
    warning.selectByValue("__some");
    assertEquals(List.of("harbour", "harbour-repeated"), visibleRows());
    warning.selectByValue("");
    new Select(driver.findElement(By.id("f-event"))).selectByValue("hearing");
    assertEquals(List.of("harbour-clean"), visibleRows());
  }

  private static List<String> visibleRows() {
    return driver.findElements(By.cssSelector("#docs tbody tr")).stream().filter(WebElement::isDisplayed)
        .map(r -> r.getDomAttribute("data-doc")).toList();
  }

  @Test
  void anAnalystRejectsARoleFixesADateAndSaves() throws IOException {
    Path corrections = work.resolve("corrections");
    try (ReviewServer server = ReviewServer.start(ReviewFixtures.items(), corrections, 0)) {
      driver.get("http://127.0.0.1:" + server.port() + "/doc-harbour.html");
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      WebElement save = driver.findElement(By.id("save"));
      wait.until(d -> save.isEnabled());
      driver.findElement(By.cssSelector("li[data-role='0'] > .ctl .reject")).click();
      WebElement value = driver.findElement(By.cssSelector("li[data-date='1'] > .ctl .value"));
      value.clear();
      value.sendKeys("2021-04-03");
      save.click();
      WebElement status = driver.findElement(By.id("save-status"));
      wait.until(d -> !status.getText().startsWith("saving") && !status.getText().isEmpty());
      assertTrue(status.getText().startsWith("saved to"), status.getText());
    }
    PressRecord r = (PressRecord) RecordJson.read(Files.readString(corrections.resolve("harbour.json"), StandardCharsets.UTF_8));
    SpanInvariants.assertSpansMatch(ReviewFixtures.TEXT, r);
    assertEquals(List.of("e2 adviser"), r.roles().stream().map(x -> x.person() + " " + x.title()).toList());
    assertEquals("2021-04-03", r.dates().get(1).value().iso());
  }

  @Test
  void aJsonlReleaseCorrectedInThePagePassesCorpusCheck() throws IOException {
    // A JSONL input that supplies the date: the record's published has a value and no offsets.
    Path input = work.resolve("jsonl-input.jsonl");
    Files.writeString(input, "{\"doc_id\": \"harbour jsonl\", \"published\": \"2021-04-03\", \"text\": "
        + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ReviewFixtures.TEXT) + "}\n",
        StandardCharsets.UTF_8);
    Path records = work.resolve("jsonl-records.jsonl");
    Files.writeString(records, RecordJson.line(ReviewFixtures.supplied("harbour jsonl", null)) + "\n", StandardCharsets.UTF_8);
    Path corrections = work.resolve("jsonl-corrections");
    List<ReviewItem> items = ReviewInputs.load(records, List.of(input.toString()));
    try (ReviewServer server = ReviewServer.start(items, corrections, 0)) {
      driver.get("http://127.0.0.1:" + server.port() + "/" + new PageNames(items).of("harbour jsonl") + ".html");
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      WebElement save = driver.findElement(By.id("save"));
      wait.until(d -> save.isEnabled());
      // The page suggests the date line of that day: "03.04.2021, 10:15", the first date.
      assertTrue(driver.findElement(By.cssSelector("li[data-date='0'] > .ctl .dateline")).isSelected());
      save.click();
      WebElement status = driver.findElement(By.id("save-status"));
      wait.until(d -> !status.getText().startsWith("saving") && !status.getText().isEmpty());
      assertTrue(status.getText().startsWith("saved to"), status.getText());
      assertEquals(List.of(), CorpusChecker.check(List.of(corrections)).problems());
      PressRecord saved = GoldCorpus.read(corrections).get(0).gold();
      assertEquals("03.04.2021, 10:15", saved.published().text());

      // Rejecting the date that is the date line is refused on the page; choosing none saves a null published.
      driver.findElement(By.cssSelector("li[data-date='0'] > .ctl .reject")).click();
      save.click();
      wait.until(d -> status.getText().contains("rejected"));
      driver.findElement(By.cssSelector("input.no-dateline")).click();
      save.click();
      wait.until(d -> status.getText().startsWith("saved to"));
      assertEquals(List.of(), CorpusChecker.check(List.of(corrections)).problems());
      PressRecord none = GoldCorpus.read(corrections).get(0).gold();
      assertEquals(null, none.published());
      assertEquals(2, none.dates().size());
    }
  }
}
