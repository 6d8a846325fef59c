package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.web.Workbench;
import org.okju.web.auth.Passwords;
import org.okju.web.store.Cases;
import org.okju.web.store.Role;
import org.okju.web.store.ServerStore;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real browser (Debian's Chromium, headless, through chromium-driver) on the
 * demo case: sign in, the catalogue, an ingest started from the browser followed to its end, a
 * ledger fact confirmed, a picture seen only with a reason (blurred; the count goes up), and a case
 * one is not a member of refused. Screenshots go to {@code target/screenshots}, and to the
 * repository's {@code docs/} with {@code -Dokju.screenshots=update}.
 */
class WorkbenchBrowserTest {
  private static final String PASSWORD = "a long demo passphrase";

  /**
   * Selenium warns that it has no DevTools binding for Debian's (newer) Chromium; the test drives
   * the browser over WebDriver only. Held in a field: java.util.logging keeps loggers weakly.
   */
  @SuppressWarnings("UnusedVariable") // held, not read
  private static final java.util.logging.Logger CDP_VERSION_FINDER = quiet();

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger logger =
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    logger.setLevel(java.util.logging.Level.OFF);
    return logger;
  }

  @TempDir static Path tmp;
  static Path work;
  static Path demoCase;
  static ServerStore store;
  static Workbench workbench;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    boolean chromium = Files.isExecutable(Path.of("/usr/bin/chromium"));
    boolean driver = Files.isExecutable(Path.of("/usr/bin/chromedriver"));
    if ("true".equals(System.getenv("CI"))) {
      assertThat(chromium && driver)
          .as("chromium and chromium-driver (.ci/run installs them)")
          .isTrue();
    }
    assumeTrue(chromium && driver, "chromium and chromium-driver are not installed");
    work = tmp.resolve("demo");
    Files.createDirectories(work);
    Path drive = new DemoDrive(CliRun.vectors()).build(work);
    demoCase = tmp.resolve("demo-case");
    assertThat(CliRun.of("ingest", drive.toString(), "--case", demoCase.toString()).exitCode())
        .isIn(0, 3);
    assertThat(CliRun.of("copies", "--case", demoCase.toString(), "--user", "okju-demo").exitCode())
        .isZero();
    assertThat(
            CliRun.of(
                    "ledger",
                    "extract",
                    "--from-case",
                    "--case",
                    demoCase.toString(),
                    "--user",
                    "okju-demo")
                .exitCode())
        .isIn(0, 3);
    Path otherCase = tmp.resolve("other-case");
    // An empty case nobody but its own team may open.
    CaseStore.open(CaseLocation.directory(otherCase)).close();
    store = ServerStore.init(tmp.resolve("server"), Optional.empty());
    Instant now = Instant.now();
    Cases.Registered demo =
        store.cases().add("demo", demoCase.toString(), List.of(work.toString()), now);
    store.cases().add("other", otherCase.toString(), List.of(), now);
    String hash = new Passwords().hash(PASSWORD);
    store.cases().addMember(store.users().add("kim", Role.INVESTIGATOR, hash, now).id(), demo.id());
    store.cases().addMember(store.users().add("lee", Role.REVIEWER, hash, now).id(), demo.id());
    workbench =
        Workbench.create(
                store,
                c ->
                    c.port(0)
                        .okjuVersion("test")
                        .reportSections(
                            (plugins, cs) ->
                                CopiesReportSections.addTo(
                                    LedgerReportSections.addTo(plugins, cs), cs)))
            .start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-profile"),
        "--window-size=1280,900",
        "--lang=en-US");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (workbench != null) {
      workbench.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + workbench.port() + path;
  }

  // htmx swaps fragments under the test's feet (server-sent events, out-of-band counts): an element
  // found a moment ago may be replaced before it is read, so a wait looks again.
  private static FluentWait<WebDriver> waiting(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds))
        .ignoring(StaleElementReferenceException.class);
  }

  private static void signIn(String user) {
    browser.manage().deleteAllCookies();
    browser.get(url("/login"));
    browser.findElement(By.name("username")).sendKeys(user);
    browser.findElement(By.name("password")).sendKeys(PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    waiting(30).until(d -> d.getCurrentUrl().endsWith("/cases"));
  }

  private static void screenshot(String name) throws Exception {
    byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
    Path target = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(target.getParent());
    Files.write(target, png);
    if ("update".equals(System.getProperty("okju.screenshots"))) {
      Path docs = Path.of("..", "docs", "workbench-" + name + ".png");
      Files.copy(target, docs, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * The court report in both languages fits its page in a browser: a long unbroken cell (the
   * custody log's parameters) wraps. The Korean report's keep-all rule had stopped the mono cells'
   * break-all, and the custody table ran off the right of the page.
   */
  @Test
  void theCourtReportFitsThePageInEitherLanguage() throws Exception {
    for (String lang : List.of("en", "ko")) {
      Path report = tmp.resolve("report-" + lang + ".html");
      CliRun run =
          CliRun.of(
              "report",
              "--case",
              demoCase.toString(),
              "--lang",
              lang,
              "--out",
              report.toString(),
              "--user",
              "okju-demo",
              "--wait");
      assertThat(run.exitCode()).as(run.err()).isZero();
      browser.get(report.toUri().toString());
      Object beyond =
          ((ChromeDriver) browser)
              .executeScript(
                  "const right = document.body.getBoundingClientRect().right;"
                      + "return [...document.querySelectorAll('table')]"
                      + ".filter(t => t.getBoundingClientRect().right > right + 1)"
                      + ".map(t => t.closest('section') ? t.closest('section').id : t.className);");
      assertThat((List<?>) beyond).as(lang + ": tables wider than the page").isEmpty();
    }
  }

  @Test
  void aTeamWorksTheDemoCaseInABrowser() throws Exception {
    browser.get(url("/cases/demo/items"));
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    screenshot("login");

    signIn("kim");
    assertThat(browser.findElement(By.id("cases")).getText())
        .contains("demo")
        .doesNotContain("other");
    browser.findElement(By.linkText("demo")).click();
    waiting(30).until(d -> d.findElements(By.id("verification")).size() == 1);
    screenshot("dashboard");

    browser.get(url("/cases/demo/items"));
    List<WebElement> rows = browser.findElements(By.cssSelector("tr.item-row"));
    assertThat(rows).hasSizeGreaterThan(5);
    assertThat(browser.findElements(By.tagName("img"))).isEmpty();
    screenshot("catalogue");

    // An ingest started from the browser, followed live to its end.
    Path second = work.resolve("SECOND-DRIVE");
    Files.createDirectories(second);
    // Files of a few MB each, so the job is still running when its page opens.
    java.util.Random random = new java.util.Random(7);
    byte[] filler = new byte[4 << 20];
    for (int i = 0; i < 30; i++) {
      random.nextBytes(filler);
      Files.write(second.resolve("memo-" + i + ".bin"), filler);
    }
    browser.get(url("/cases/demo/jobs"));
    browser.findElement(By.id("ingest-path")).sendKeys(second.toString());
    browser.findElement(By.id("start-ingest")).click();
    waiting(30).until(d -> d.getCurrentUrl().matches(".*/jobs/\\d+$"));
    // A mark on this page: if the page were reloaded to show the end, the mark would be gone.
    String first =
        (String)
            ((ChromeDriver) browser)
                .executeScript(
                    "window.okjuSamePage = true;"
                        + " return document.getElementById('job-state').textContent");
    waiting(180).until(d -> d.findElement(By.id("job-state")).getText().equals("done"));
    assertThat(browser.findElement(By.id("job-message")).getText()).contains("30 items");
    if (!first.equals("done")) {
      // It was queued or running when the page opened: the end came by server-sent events.
      assertThat(((ChromeDriver) browser).executeScript("return window.okjuSamePage === true"))
          .as("the job's end pushed into the open page (was " + first + ")")
          .isEqualTo(true);
    }
    screenshot("job");

    // A picture: nothing until a reason is given; then blurred, and the count goes up.
    // The picture tape T-001: its copies with their evidence, then one copy's item page.
    browser.findElement(By.linkText("Tapes")).click();
    waiting(30).until(d -> d.findElements(By.id("tapes")).size() == 1);
    screenshot("tapes");
    browser.findElement(By.linkText("T-001")).click();
    waiting(30).until(d -> d.findElements(By.id("members")).size() == 1);
    List<WebElement> members = browser.findElements(By.cssSelector("#members tbody tr"));
    assertThat(members).hasSizeGreaterThan(2);
    assertThat(browser.findElement(By.id("members")).getText()).contains("representative");
    assertThat(browser.findElements(By.tagName("img"))).isEmpty();
    screenshot("tape");
    members.get(0).findElement(By.tagName("a")).click();
    waiting(30).until(d -> d.findElements(By.id("view-form")).size() == 1);
    // Where hash evidence already decides (an exact copy in a tape), the form starts folded away.
    if (!browser.findElement(By.id("view-button")).isDisplayed()) {
      assertThat(browser.findElements(By.id("decided-by"))).hasSize(1);
      browser.findElement(By.cssSelector("#view-details summary")).click();
    }
    long before = Long.parseLong(browser.findElement(By.id("views-today")).getText());
    browser.findElement(By.id("view-button")).click();
    assertThat(browser.findElements(By.id("media-image"))).isEmpty();
    assertThat(Long.parseLong(browser.findElement(By.id("views-today")).getText()))
        .isEqualTo(before);
    browser.findElement(By.id("reason")).sendKeys("compare with the copy in T-001");
    browser.findElement(By.id("view-button")).click();
    waiting(60)
        .until(
            d -> {
              List<WebElement> img = d.findElements(By.id("media-image"));
              return !img.isEmpty()
                  && Boolean.TRUE.equals(
                      ((ChromeDriver) d)
                          .executeScript(
                              "return arguments[0].complete && arguments[0].naturalWidth > 0",
                              img.get(0)));
            });
    assertThat(Long.parseLong(browser.findElement(By.id("views-today")).getText()))
        .isEqualTo(before + 1);
    BufferedImage shown =
        ImageIO.read(
            new ByteArrayInputStream(
                browser.findElement(By.id("media-image")).getScreenshotAs(OutputType.BYTES)));
    assertThat(channelSpread(shown)).as("a greyscale picture").isLessThanOrEqualTo(12);
    assertThat(edges(shown)).as("a blurred picture").isLessThan(4.0);
    screenshot("media");

    // A case one is not a member of looks like no case at all.
    browser.get(url("/cases/other"));
    assertThat(browser.findElement(By.id("error-message")).getText()).isEqualTo("Not found.");

    // A reviewer confirms a fact with one key press.
    signIn("lee");
    browser.get(url("/cases/demo/ledger"));
    WebElement fact = browser.findElements(By.cssSelector("tr.fact.suggested")).get(0);
    String id = fact.getAttribute("id");
    browser.findElement(By.id(id)).findElement(By.cssSelector("[data-action='confirm']")).click();
    waiting(30).until(d -> d.findElement(By.id(id)).getAttribute("class").contains("confirmed"));
    screenshot("ledger");
    browser.get(url("/cases/demo/custody"));
    assertThat(browser.findElement(By.id("custody-entries")).getText())
        .contains("media-viewed")
        .contains("ledger-confirm");
    screenshot("custody");
  }

  private static int channelSpread(BufferedImage img) {
    int max = 0;
    for (int y = 2; y < img.getHeight() - 2; y += 2) {
      for (int x = 2; x < img.getWidth() - 2; x += 2) {
        int rgb = img.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        max = Math.max(max, Math.max(Math.abs(r - g), Math.max(Math.abs(g - b), Math.abs(r - b))));
      }
    }
    return max;
  }

  // Mean luma difference between horizontal neighbours: a blurred picture has little.
  private static double edges(BufferedImage img) {
    double sum = 0;
    long n = 0;
    for (int y = 2; y < img.getHeight() - 2; y++) {
      for (int x = 3; x < img.getWidth() - 2; x++) {
        sum += Math.abs((img.getRGB(x, y) & 0xff) - (img.getRGB(x - 1, y) & 0xff));
        n++;
      }
    }
    return sum / Math.max(1, n);
  }
}
