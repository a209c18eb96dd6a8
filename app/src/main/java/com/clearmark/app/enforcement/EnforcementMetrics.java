package com.clearmark.app.enforcement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How well an organization's notices work, per marketplace, rule and mark, against the thresholds
 * the marketplaces' programmes hold rights owners to.
 *
 * <p>Counted per case from its timeline: a case is <em>sent</em> once it reached SENT; every time
 * it did is a <em>notice</em>. The <em>takedown rate</em> is the sent cases that reached REMOVED
 * over the sent cases; the <em>rejection rate</em> the REJECTED answers over the notices; the
 * <em>counter-notice rate</em> the sent cases that reached COUNTER_NOTICED, and the <em>successful
 * counter-notices</em> those that reached REINSTATED, over the sent cases. A notice is
 * <em>accurate</em> unless it was rejected or the listing reinstated after a counter-notice. The
 * time to takedown runs from the latest notice to the removal. A rate over nothing is null, and no
 * threshold is judged on it.
 *
 * <p>Thresholds: Amazon's Project Zero keeps self-service removal for brands whose notices are at
 * least 99% accurate; Alibaba's good-faith programme asks for at least 90% takedown success and at
 * most 5% successful counter-notices.
 */
record EnforcementMetrics(
    Group overall,
    List<Group> byMarketplace,
    List<Group> byRule,
    List<Group> byMark,
    List<Timing> cases) {

  static final double PROJECT_ZERO_ACCURACY = 0.99;
  static final double GOOD_FAITH_TAKEDOWN = 0.90;
  static final double GOOD_FAITH_COUNTER_NOTICES = 0.05;

  /** The figures of one marketplace, rule or mark (or of all cases). */
  record Group(
      String key,
      int cases,
      int sent,
      int notices,
      int removed,
      int rejected,
      int counterNoticed,
      int reinstated,
      Double takedownRate,
      Duration medianTimeToTakedown,
      Double rejectionRate,
      Double counterNoticeRate,
      Double successfulCounterNoticeRate,
      Double accuracy,
      Boolean meetsProjectZero,
      Boolean meetsGoodFaith) {

    Group(
        String key,
        int cases,
        int sent,
        int notices,
        int removed,
        int rejected,
        int counterNoticed,
        int reinstated,
        Double takedownRate,
        Duration medianTimeToTakedown,
        Double rejectionRate,
        Double counterNoticeRate,
        Double successfulCounterNoticeRate,
        Double accuracy) {
      this(
          key,
          cases,
          sent,
          notices,
          removed,
          rejected,
          counterNoticed,
          reinstated,
          takedownRate,
          medianTimeToTakedown,
          rejectionRate,
          counterNoticeRate,
          successfulCounterNoticeRate,
          accuracy,
          // Whether the notices meet Project Zero's accuracy; null with no notice to judge.
          accuracy == null ? null : accuracy >= PROJECT_ZERO_ACCURACY,
          // Whether the cases meet the good-faith programme's two rates; null with none sent.
          takedownRate == null
              ? null
              : takedownRate >= GOOD_FAITH_TAKEDOWN
                  && successfulCounterNoticeRate <= GOOD_FAITH_COUNTER_NOTICES);
    }
  }

  /** One case's times: detection to (latest) notice, and notice to takedown; null when not yet. */
  record Timing(
      long caseId,
      String marketplace,
      String mark,
      CaseStatus status,
      Duration detectionToNotice,
      Duration noticeToTakedown) {}

  /**
   * The metrics of the cases, given how often each reached each status (cases without an entry
   * never moved).
   */
  static EnforcementMetrics of(
      List<EnforcementCase> cases, Map<Long, Map<CaseStatus, Integer>> reached) {
    Map<CaseStatus, Integer> none = new EnumMap<>(CaseStatus.class);
    List<Timing> timings = new ArrayList<>();
    for (var c : cases) {
      var r = reached.getOrDefault(c.id(), none);
      Duration toNotice =
          c.noticedAt() == null ? null : Duration.between(c.detectedAt(), c.noticedAt());
      Duration toTakedown = removedAfter(c, r);
      timings.add(new Timing(c.id(), c.marketplace(), c.mark(), c.status(), toNotice, toTakedown));
    }
    timings.sort(Comparator.comparingLong(Timing::caseId).reversed());
    return new EnforcementMetrics(
        group("all", cases, reached),
        groups(cases, reached, EnforcementCase::marketplace),
        groups(cases, reached, EnforcementCase::rule),
        groups(cases, reached, EnforcementCase::mark),
        timings);
  }

  private static Duration removedAfter(EnforcementCase c, Map<CaseStatus, Integer> r) {
    boolean removed = r.getOrDefault(CaseStatus.REMOVED, 0) > 0;
    boolean stillRemoved = c.status() == CaseStatus.REMOVED || c.status() == CaseStatus.CLOSED;
    if (!removed || !stillRemoved || c.noticedAt() == null || c.outcomeAt() == null) {
      return null;
    }
    return Duration.between(c.noticedAt(), c.outcomeAt());
  }

  private static List<Group> groups(
      List<EnforcementCase> cases,
      Map<Long, Map<CaseStatus, Integer>> reached,
      Function<EnforcementCase, String> key) {
    Map<String, List<EnforcementCase>> by = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (var c : cases) {
      String k = key.apply(c);
      by.computeIfAbsent(k.isEmpty() ? "(none)" : k, x -> new ArrayList<>()).add(c);
    }
    List<Group> out = new ArrayList<>();
    by.forEach((k, list) -> out.add(group(k, list, reached)));
    return out;
  }

  private static Group group(
      String key, List<EnforcementCase> cases, Map<Long, Map<CaseStatus, Integer>> reached) {
    int sent = 0;
    int notices = 0;
    int removed = 0;
    int rejected = 0;
    int counter = 0;
    int reinstated = 0;
    List<Duration> takedowns = new ArrayList<>();
    for (var c : cases) {
      var r = reached.getOrDefault(c.id(), Map.of());
      int times = r.getOrDefault(CaseStatus.SENT, 0);
      if (times == 0) {
        continue;
      }
      sent++;
      notices += times;
      removed += r.getOrDefault(CaseStatus.REMOVED, 0) > 0 ? 1 : 0;
      rejected += r.getOrDefault(CaseStatus.REJECTED, 0);
      counter += r.getOrDefault(CaseStatus.COUNTER_NOTICED, 0) > 0 ? 1 : 0;
      reinstated += r.getOrDefault(CaseStatus.REINSTATED, 0) > 0 ? 1 : 0;
      var d = removedAfter(c, r);
      if (d != null) {
        takedowns.add(d);
      }
    }
    return new Group(
        key,
        cases.size(),
        sent,
        notices,
        removed,
        rejected,
        counter,
        reinstated,
        rate(removed, sent),
        median(takedowns),
        rate(rejected, notices),
        rate(counter, sent),
        rate(reinstated, sent),
        notices == 0 ? null : Math.max(0, 1.0 - (double) (rejected + reinstated) / notices));
  }

  private static Double rate(int part, int whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  /** The median of the durations (the mean of the middle two for an even count), null for none. */
  static Duration median(List<Duration> ds) {
    if (ds.isEmpty()) {
      return null;
    }
    var sorted = ds.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1
        ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
  }
}
