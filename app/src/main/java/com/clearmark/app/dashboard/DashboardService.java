package com.clearmark.app.dashboard;

import com.clearmark.app.authorization.Authorization;
import com.clearmark.app.authorization.Authorizations;
import com.clearmark.app.catalog.Listings;
import com.clearmark.app.notification.NotificationSetup;
import com.clearmark.app.registry.Marks;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.sourcing.Invoices;
import com.clearmark.app.sourcing.Suppliers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * The dashboard's figures, read through the repositories of the features that own them: the
 * catalogue's listings and screenings, the registry's marks and the authorizations ending soon.
 */
@Service
class DashboardService {

  static final int DAYS = 30;

  /** How many marks the dashboard ranks by the listings that name them. */
  static final int TOP_MARKS = 8;

  /** How many days ahead an authorization counts as ending soon. */
  static final int EXPIRY_DAYS = 30;

  private final Listings listings;
  private final Marks marks;
  private final Authorizations authorizations;
  private final Suppliers suppliers;
  private final Invoices invoices;
  private final NotificationSetup notifications;
  private final Clock clock;

  DashboardService(
      Listings listings,
      Marks marks,
      Authorizations authorizations,
      Suppliers suppliers,
      Invoices invoices,
      NotificationSetup notifications,
      Clock clock) {
    this.listings = listings;
    this.marks = marks;
    this.authorizations = authorizations;
    this.suppliers = suppliers;
    this.invoices = invoices;
    this.notifications = notifications;
    this.clock = clock;
  }

  /**
   * The getting-started steps and which are done. An invoice needs a supplier, so without one the
   * invoices are not read.
   */
  GettingStarted gettingStarted(long org, Dashboard dashboard) {
    boolean anySupplier = !suppliers.all(org).isEmpty();
    boolean anyInvoice = anySupplier && !invoices.all(org).isEmpty();
    return GettingStarted.of(
        dashboard.marks().total(),
        dashboard.listings(),
        anySupplier,
        anyInvoice,
        notifications.isSetUp(org));
  }

  /** An authorization ending soon and how many listings carry one of its brands. */
  record Expiring(
      String kind,
      String licensor,
      String brands,
      LocalDate validTo,
      long daysLeft,
      long listings) {}

  /**
   * The authorizations ending within {@value #EXPIRY_DAYS} days, soonest first, each with the
   * listings of its brands: two queries, whatever the number of authorizations.
   */
  List<Expiring> expiring(long org, LocalDate today) {
    List<Authorization> ending =
        authorizations.expiringBetween(org, today, today.plusDays(EXPIRY_DAYS));
    var allBrands = new TreeSet<String>();
    ending.forEach(a -> allBrands.addAll(a.brands()));
    Map<String, Long> byBrand =
        allBrands.isEmpty() ? Map.of() : listings.countByBrand(org, allBrands);
    List<Expiring> out = new ArrayList<>();
    for (Authorization a : ending) {
      var brands = new TreeSet<>(a.brands());
      long carrying = brands.stream().mapToLong(b -> byBrand.getOrDefault(b, 0L)).sum();
      out.add(
          new Expiring(
              a.kind(),
              a.licensor(),
              String.join(", ", brands),
              a.validTo(),
              ChronoUnit.DAYS.between(today, a.validTo()),
              carrying));
    }
    return out;
  }

  Dashboard dashboard(long org) {
    Map<String, Long> byDecision = listings.countByDecision(org);
    long open = listings.countOpenReviews(org);
    Marks.Counts markCount = marks.counts(org);
    LocalDate today = Timestamps.today(clock);
    List<Dashboard.Day> trend =
        listings.screeningsPerDay(org, today.minusDays(DAYS - 1), today).stream()
            .map(d -> new Dashboard.Day(d.day(), d.pass(), d.review(), d.block()))
            .toList();
    List<Dashboard.MarkHits> top =
        listings.topMarks(org, TOP_MARKS).stream()
            .map(m -> new Dashboard.MarkHits(m.mark(), m.listings()))
            .toList();
    long pass = byDecision.getOrDefault("PASS", 0L);
    long review = byDecision.getOrDefault("REVIEW", 0L);
    long block = byDecision.getOrDefault("BLOCK", 0L);
    return new Dashboard(
        pass + review + block,
        pass,
        review,
        block,
        open,
        markCount,
        trend,
        top,
        TrendChart.of(trend));
  }
}
