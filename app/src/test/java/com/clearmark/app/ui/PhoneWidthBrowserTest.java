package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * At the width of a small phone (375 CSS pixels) every page of the demo seller fits the screen: no
 * page scrolls sideways (a wide table scrolls inside its card instead) and the main navigation is
 * one row, a Menu button that unfolds the sections. Each page's measurements are written to {@code
 * target/phone-width.txt}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PhoneWidthBrowserTest extends DemoSellerInChromium {

  static final int WIDTH = 375;

  /** The tallest the folded navigation may be: one row of the Menu button. */
  static final int ONE_ROW = 56;

  static final int NO_NAV = -1;

  @BeforeAll
  void aPhoneSizedScreen() {
    ((ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", WIDTH, "height", 812, "deviceScaleFactor", 2, "mobile", false));
    // A phone's scrollbars float over the page; hidden, the page has the whole 375 px.
    ((ChromeDriver) browser.driver())
        .executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", true));
  }

  record Measured(String path, long scrollWidth, long innerWidth, long navHeight, String widest) {
    boolean fits() {
      return innerWidth == WIDTH && scrollWidth <= innerWidth;
    }

    /** The folded navigation's one row; the password and invitation pages have none. */
    boolean navIsOneRow() {
      return navHeight == NO_NAV || (navHeight > 0 && navHeight <= ONE_ROW);
    }

    @Override
    public String toString() {
      return String.format(
          "%-34s scrollWidth %4d, innerWidth %4d, nav %3d px%s",
          path,
          scrollWidth,
          innerWidth,
          navHeight,
          fits() ? "" : ", wider than the screen: " + widest);
    }
  }

  @Test
  @Order(1)
  void theSignInPageFitsAPhone() {
    browser.forgetSession();
    browser.open("/login");
    var login = measure("/login");
    assertThat(login.fits()).as("%s", login).isTrue();
  }

  @Test
  @Order(2)
  void everyPageFitsAPhoneAndItsNavigationIsOneRow() throws IOException {
    browser.signInWith("admin@demo.clearmark.test", "demo-admin-1");
    List<String> pages = new ArrayList<>();
    pages.addAll(
        List.of(
            "/",
            "/listings",
            "/reviews",
            "/imports",
            "/registry",
            "/registry/new",
            "/complaints",
            "/suppliers",
            "/invoices",
            "/invoices/new",
            "/coverage",
            "/sales",
            "/authorizations",
            "/authorizations/new",
            "/at-risk",
            "/audit",
            "/settings",
            "/settings/notifications",
            "/settings/password",
            "/invitations",
            "/help",
            "/help/rules/TM_LOOKALIKE",
            "/help/checks/SUPPLIER_CONTACT_DETAILS",
            "/settings/appeal-contact",
            "/nope"));
    Map<String, String> firstOf = new LinkedHashMap<>();
    firstOf.put("/listings", "^/listings/\\d+$");
    firstOf.put("/imports", "^/imports/\\d+$");
    firstOf.put("/complaints", "^/complaints/\\d+$");
    firstOf.put("/invoices", "^/invoices/\\d+$");
    firstOf.put("/authorizations", "^/authorizations/\\d+$");
    firstOf.put("/registry", "^/registry/\\d+/edit$");
    firstOf.put("/suppliers", "^/suppliers/\\d+/edit$");
    firstOf.forEach(
        (list, pattern) -> {
          browser.open(list);
          String found = firstLink(pattern);
          assertThat(found).as("a record on %s of the demo seller", list).isNotNull();
          pages.add(found);
        });
    // The editors of the records found: fix in place, and the corrections of each kind of record.
    for (String record : List.copyOf(pages)) {
      if (record.matches("^/listings/\\d+$")) {
        pages.add(record + "/edit");
        pages.add(record + "/fix");
      } else if (record.matches("^/(complaints|invoices)/\\d+$")) {
        pages.add(record + "/edit");
      }
    }

    List<Measured> all = new ArrayList<>();
    for (String path : pages) {
      browser.open(path);
      all.add(measure(path));
      if (path.equals("/") || path.startsWith("/listings/")) {
        // For a person to look at: the dashboard and a listing with its findings, as a phone shows
        // them.
        Path shot = Path.of("target", "phone-width" + path.replace('/', '-') + ".png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
      }
    }
    Path report = Path.of("target", "phone-width.txt");
    Files.createDirectories(report.getParent());
    Files.write(report, all.stream().map(Measured::toString).toList());

    assertThat(all).as("pages wider than a %d px screen", WIDTH).allMatch(Measured::fits);
    assertThat(all)
        .as("pages whose navigation is more than one row")
        .allMatch(Measured::navIsOneRow);
  }

  @Test
  @Order(3)
  void theMenuButtonUnfoldsTheSectionsAndLeadsToThem() {
    browser.open("/");
    var menu = browser.visible(By.cssSelector(".primary-nav .nav-toggle"));
    assertThat(menu.getDomAttribute("aria-expanded")).isEqualTo("false");
    assertThat(browser.find(By.cssSelector(".primary-nav a[href='/reviews']")).isDisplayed())
        .isFalse();

    menu.click();

    assertThat(menu.getDomAttribute("aria-expanded")).isEqualTo("true");
    browser.visible(By.cssSelector(".primary-nav a[href='/reviews']")).click();
    browser.waitUntil(d -> browser.path().startsWith("/reviews"));
    var reviews = measure("/reviews");
    assertThat(reviews.fits()).as("%s", reviews).isTrue();
  }

  private String firstLink(String pattern) {
    return (String)
        browser.script(
            "const re = new RegExp(arguments[0]);"
                + "for (const a of document.querySelectorAll('main a[href]')) {"
                + "  const p = new URL(a.href).pathname; if (re.test(p)) return p; }"
                + "return null;",
            pattern);
  }

  private Measured measure(String path) {
    browser.waitUntil(d -> "complete".equals(browser.script("return document.readyState")));
    browser.visible(By.tagName("main"));
    @SuppressWarnings("unchecked")
    var m =
        (Map<String, Object>)
            browser.script(
                "const w = window.innerWidth; let widest = '';"
                    + "const inScroller = e => { for (let p = e.parentElement; p && p !== document.body;"
                    + "  p = p.parentElement) { if (getComputedStyle(p).overflowX !== 'visible') return true; }"
                    + "  return false; };"
                    + "for (const e of document.querySelectorAll('body *')) {"
                    + "  const r = e.getBoundingClientRect();"
                    + "  if (r.right > w + 1 && r.width > 0 && !inScroller(e)) {"
                    + "    widest = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + "      + (typeof e.className === 'string' && e.className ? '.' + e.className : '')"
                    + "      + ' to ' + Math.round(r.right) + ' px'; break; } }"
                    + "const nav = document.querySelector('.primary-nav');"
                    + "return {scrollWidth: document.documentElement.scrollWidth, innerWidth: w,"
                    + " navHeight: nav ? Math.round(nav.getBoundingClientRect().height) : -1,"
                    + " widest: widest};");
    return new Measured(
        path,
        ((Number) m.get("scrollWidth")).longValue(),
        ((Number) m.get("innerWidth")).longValue(),
        ((Number) m.get("navHeight")).longValue(),
        String.valueOf(m.get("widest")));
  }
}
