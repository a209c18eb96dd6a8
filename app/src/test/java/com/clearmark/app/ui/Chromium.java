package com.clearmark.app.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its own chromedriver. Both paths are given explicitly
 * so that Selenium Manager never looks for, or downloads, a browser or a driver.
 */
final class Chromium implements AutoCloseable {

  static final File BINARY = new File("/usr/bin/chromium");
  static final File DRIVER = new File("/usr/bin/chromedriver");

  private final Path profile;
  private final WebDriver driver;

  private Chromium(Path profile, WebDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  /** A new browser with an empty profile of its own: no cookies, no cache, no history. */
  static Chromium start() {
    Path profile;
    try {
      profile = Files.createTempDirectory("clearmark-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var options = new ChromeOptions();
    options.setBinary(BINARY);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1366,900",
        "--user-data-dir=" + profile);
    var service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    return new Chromium(profile, new ChromeDriver(service, options));
  }

  WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // A profile or home folder left in the temp dir is harmless.
    }
  }
}
