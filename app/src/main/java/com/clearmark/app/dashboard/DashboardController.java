package com.clearmark.app.dashboard;

import com.clearmark.app.job.JobKind;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

  static final int DAYS = 30;
  private final JdbcClient jdbc;
  private final Jobs jobs;
  private final RegistryIndexes indexes;

  private final com.clearmark.app.complaint.ComplaintService complaints;
  private final com.clearmark.app.risk.ListingsAtRisk atRisk;
  private final Clock clock;

  DashboardController(
      JdbcClient jdbc,
      Jobs jobs,
      RegistryIndexes indexes,
      com.clearmark.app.complaint.ComplaintService complaints,
      com.clearmark.app.risk.ListingsAtRisk atRisk,
      Clock clock) {
    this.jdbc = jdbc;
    this.jobs = jobs;
    this.indexes = indexes;
    this.complaints = complaints;
    this.atRisk = atRisk;
    this.clock = clock;
  }

  /** An authorization ending soon and how many listings carry one of its brands. */
  record Expiring(
      String kind,
      String licensor,
      String brands,
      LocalDate validTo,
      long daysLeft,
      long listings) {}

  List<Expiring> expiring(long org, LocalDate today) {
    List<Expiring> out = new ArrayList<>();
    jdbc.sql(
            "select kind, licensor, brands, valid_to from authorizations where organization_id = ?"
                + " and valid_to is not null and valid_to >= ? and valid_to <= ? order by valid_to")
        .params(org, today, today.plusDays(30))
        .query(
            rs -> {
              var brands = List.of(rs.getString(3).split("\n"));
              long listings =
                  jdbc.sql(
                          "select count(*) from listings where organization_id = ? and upper(brand) in ("
                              + String.join(",", java.util.Collections.nCopies(brands.size(), "?"))
                              + ")")
                      .params(concat(org, brands))
                      .query(Long.class)
                      .single();
              LocalDate to = rs.getObject(4, LocalDate.class);
              out.add(
                  new Expiring(
                      rs.getString(1),
                      rs.getString(2),
                      String.join(", ", brands),
                      to,
                      java.time.temporal.ChronoUnit.DAYS.between(today, to),
                      listings));
            });
    return out;
  }

  private static List<Object> concat(long org, List<String> brands) {
    List<Object> params = new ArrayList<>();
    params.add(org);
    params.addAll(brands);
    return params;
  }

  @GetMapping("/")
  String dashboard(Caller caller, Model model) {
    model.addAttribute("nav", "dashboard");
    model.addAttribute("dashboard", dashboard(caller.organizationId()));
    model.addAttribute(
        "recentImports", jobs.list(caller.organizationId(), null, new PageRequest(0, 5)).items());
    model.addAttribute(
        "activeRescreen", jobs.active(caller.organizationId(), JobKind.RESCREEN).orElse(null));
    model.addAttribute("registry", indexes.status(caller.organizationId()));
    model.addAttribute("expiring", expiring(caller.organizationId(), Timestamps.today(clock)));
    var standing = complaints.standing(caller);
    model.addAttribute("health", standing.health());
    model.addAttribute("riskTrend", standing.riskTrend());
    model.addAttribute("atRisk", atRisk.report(caller, Timestamps.today(clock)));
    return "dashboard/dashboard";
  }

  Dashboard dashboard(long org) {
    Map<String, Long> byDecision = new HashMap<>();
    jdbc.sql("select decision, count(*) from listings where organization_id = ? group by decision")
        .param(org)
        .query(
            rs -> {
              byDecision.put(rs.getString(1), rs.getLong(2));
            });
    long open =
        jdbc.sql(
                "select count(*) from listings where organization_id = ? and decision in ('REVIEW',"
                    + " 'BLOCK') and review_status = 'OPEN'")
            .param(org)
            .query(Long.class)
            .single();
    long marks =
        jdbc.sql("select count(*) from marks where organization_id = ?")
            .param(org)
            .query(Long.class)
            .single();
    LocalDate today = Timestamps.today(clock);
    LocalDate first = today.minusDays(DAYS - 1);
    Map<LocalDate, long[]> counts = new HashMap<>();
    jdbc.sql(
            "select screened_at, decision from listing_versions where organization_id = ? and"
                + " screened_at >= ?")
        .params(org, first.atStartOfDay().atOffset(ZoneOffset.UTC))
        .query(
            rs -> {
              LocalDate day =
                  rs.getObject(1, java.time.OffsetDateTime.class)
                      .withOffsetSameInstant(ZoneOffset.UTC)
                      .toLocalDate();
              long[] c = counts.computeIfAbsent(day, d -> new long[3]);
              switch (rs.getString(2)) {
                case "PASS" -> c[0]++;
                case "REVIEW" -> c[1]++;
                default -> c[2]++;
              }
            });
    List<Dashboard.Day> trend = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
      long[] c = counts.getOrDefault(d, new long[3]);
      trend.add(new Dashboard.Day(d, c[0], c[1], c[2]));
    }
    List<Dashboard.MarkHits> top =
        jdbc.sql(
                """
                select f.mark, count(distinct l.id) as hits from findings f
                join listing_versions v on v.id = f.listing_version_id
                join listings l on l.id = v.listing_id and l.current_version = v.version
                where f.organization_id = ? and f.mark <> '' and f.dismissed = false
                  and f.severity <> 'INFO'
                group by f.mark order by hits desc, f.mark limit 8""")
            .param(org)
            .query((rs, n) -> new Dashboard.MarkHits(rs.getString(1), rs.getLong(2)))
            .list();
    long pass = byDecision.getOrDefault("PASS", 0L);
    long review = byDecision.getOrDefault("REVIEW", 0L);
    long block = byDecision.getOrDefault("BLOCK", 0L);
    return new Dashboard(
        pass + review + block, pass, review, block, open, marks, trend, top, TrendChart.of(trend));
  }
}
