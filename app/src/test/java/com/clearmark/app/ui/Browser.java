package com.clearmark.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does in the browser, in their words: open a page, sign in, read a notice. Every
 * read of content that may still be arriving waits for it explicitly; nothing sleeps.
 */
final class Browser {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final WebDriver driver;
  private final String base;

  Browser(WebDriver driver, int port) {
    this.driver = driver;
    this.base = "http://localhost:" + port;
  }

  WebDriver driver() {
    return driver;
  }

  void open(String path) {
    driver.get(base + path);
  }

  String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  /** Signs in through the sign-in form, starting from a browser that holds no session. */
  void signInAs(Sellers.Member member) {
    forgetSession();
    signInWith(member.email(), member.password());
  }

  /** Drops the session cookie, as a browser that was closed and opened again would. */
  void forgetSession() {
    open("/login");
    driver.manage().deleteAllCookies();
  }

  void signInWith(String email, String password) {
    open("/login");
    driver.findElement(By.id("username")).sendKeys(email);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    waitUntil(d -> !path().equals("/login"));
  }

  void signOut() {
    button("Sign out").click();
    waitUntil(ExpectedConditions.urlContains("/login?logout"));
  }

  /** The button with exactly this text, wherever it is on the page. */
  WebElement button(String text) {
    return driver.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
  }

  /** The first element the locator finds, as the page is now; fails when there is none. */
  WebElement find(By locator) {
    return driver.findElement(locator);
  }

  WebElement link(String text) {
    return driver.findElement(By.linkText(text));
  }

  /** The page's success notice, once it shows. */
  String successNotice() {
    return visible(By.cssSelector(".notice-success")).getText();
  }

  /** The page's error notice, once it shows. */
  String errorNotice() {
    return visible(By.cssSelector(".notice-error")).getText();
  }

  String mainText() {
    return visible(By.tagName("main")).getText();
  }

  WebElement visible(By locator) {
    return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  boolean shows(By locator) {
    return !driver.findElements(locator).isEmpty();
  }

  /** The number on one of the dashboard's counters, by its {@code data-stat} name. */
  int stat(String name) {
    return Integer.parseInt(
        visible(By.cssSelector("[data-stat='" + name + "']")).getText().strip());
  }

  /**
   * The import page's progress panel once its job has finished, however many times htmx has swapped
   * it in the meantime.
   */
  WebElement progressPanelOnceFinished() {
    return waitUntil(
        d -> {
          var panel = d.findElement(By.id("progress"));
          var status = panel.getDomAttribute("data-status");
          return "SUCCEEDED".equals(status) || "FAILED".equals(status) ? panel : null;
        });
  }

  /** The rows of an import page's "Rejected rows" table, each as its line and its field. */
  List<List<String>> rejectedRows() {
    return all(By.cssSelector("section[aria-labelledby=rejected-heading] tbody tr")).stream()
        .map(row -> row.findElements(By.tagName("td")))
        .map(cells -> List.of(cells.get(0).getText(), cells.get(1).getText()))
        .toList();
  }

  WebElement focused() {
    return driver.switchTo().activeElement();
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * Waits for a condition on a page that htmx may be swapping underneath: an element found a moment
   * ago can be replaced, so stale references are read again rather than failing the test.
   */
  <T> T waitUntil(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, PATIENCE)
        .pollingEvery(Duration.ofMillis(100))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /** Keeps a screenshot and the page source, to read a failure without running it again. */
  void keep(Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    Files.write(
        dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    Files.writeString(
        dir.resolve(name + ".html"),
        "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource());
  }
}
