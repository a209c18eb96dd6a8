package com.clearmark.app.enforcement;

import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.monitoring.Capture;
import com.clearmark.app.monitoring.CaptureFinding;
import com.clearmark.app.monitoring.CaptureListener;
import com.clearmark.app.monitoring.NewCapture;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.staydown.StayDown;
import com.clearmark.engine.screening.Decision;
import com.clearmark.engine.screening.Severity;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Turns monitoring's new snapshots into cases, inside the import's transaction. {@link
 * OpeningPolicy} says which captures raise one; a capture of a listing that already has an open
 * case adds "captured again" to it instead, and a capture that finds the listing gone records the
 * takedown of a case awaiting one.
 */
@Component
class CaseOpener implements CaptureListener {

  private final Cases cases;
  private final AllowedDetections allowed;
  private final CaseService service;
  private final StayDown stayDown;
  private final AuditLog audit;
  private final Clock clock;

  CaseOpener(
      Cases cases,
      AllowedDetections allowed,
      CaseService service,
      StayDown stayDown,
      AuditLog audit,
      Clock clock) {
    this.cases = cases;
    this.allowed = allowed;
    this.service = service;
    this.stayDown = stayDown;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void captured(OrganizationId org, List<NewCapture> batch) {
    for (var fresh : batch) {
      var capture = fresh.capture();
      if (!capture.available()) {
        takedownSeen(org, capture);
        continue;
      }
      var main = OpeningPolicy.mainFinding(fresh.findings());
      String rule = main.map(CaptureFinding::rule).orElse("");
      String mark = main.map(CaptureFinding::mark).orElse("");
      boolean isAllowed = allowed.allowed(org, capture.monitoredListingId(), rule, mark);
      if (OpeningPolicy.raisesCase(capture, fresh.findings(), isAllowed).isPresent()) {
        continue;
      }
      var previous = cases.ofListing(org, capture.monitoredListingId());
      var open = previous.stream().filter(EnforcementCase::open).findFirst();
      if (open.isPresent()) {
        cases.event(
            org,
            open.get().id(),
            CaseEvent.CAPTURED_AGAIN,
            null,
            null,
            "Captured again in snapshot #"
                + capture.id()
                + " ("
                + capture.decision().toLowerCase(java.util.Locale.ROOT)
                + ", score "
                + capture.score()
                + ")",
            null,
            CaseService.MONITORING);
        continue;
      }
      open(org, capture, main, previous);
    }
  }

  private void open(
      OrganizationId org,
      Capture capture,
      Optional<CaptureFinding> main,
      List<EnforcementCase> previous) {
    // A listing put back under its old id after a takedown is a relisting of that case; otherwise
    // stay-down may recognise the goods of a removed listing under a new id.
    // Only a listing that was taken down comes back: a case closed after a rejection never was.
    var removed = cases.everRemoved(org, previous.stream().map(EnforcementCase::id).toList());
    Long relistingOf =
        previous.stream()
            .filter(c -> c.status().reenforceable() && removed.contains(c.id()))
            .map(EnforcementCase::id)
            .findFirst()
            .orElse(null);
    String why = null;
    if (relistingOf != null) {
      why = "the listing is back after case #" + relistingOf;
    } else {
      var match = stayDown.matches(org, capture).stream().findFirst();
      if (match.isPresent()) {
        relistingOf = match.get().caseId();
        why =
            "it looks like the listing removed in case #"
                + relistingOf
                + " ("
                + Math.round(match.get().similarity() * 100)
                + "% alike"
                + (match.get().reasons().isEmpty()
                    ? ""
                    : "; " + String.join(", ", match.get().reasons()))
                + ")";
      }
    }
    var draft =
        new EnforcementCase(
            0,
            capture.monitoredListingId(),
            capture.id(),
            capture.sellerRef(),
            capture.marketplace(),
            main.map(CaptureFinding::rule).orElse(""),
            main.map(CaptureFinding::mark).orElse(""),
            main.map(CaptureFinding::registration).orElse(""),
            CaseStatus.DETECTED,
            0,
            relistingOf,
            clock.instant(),
            null,
            null,
            null,
            null);
    long id = cases.open(org, draft);
    String summary =
        "Opened from snapshot #"
            + capture.id()
            + " of "
            + capture.marketplace()
            + " listing "
            + capture.listingId()
            + " ("
            + capture.decision().toLowerCase(java.util.Locale.ROOT)
            + (main.isEmpty() ? "" : ", " + main.get().rule() + " on " + main.get().mark())
            + ")"
            + (why == null ? "" : "; " + why);
    cases.event(
        org,
        id,
        CaseEvent.OPENED,
        null,
        CaseStatus.DETECTED,
        summary,
        null,
        CaseService.MONITORING);
    audit.record(
        org.value(),
        null,
        CaseService.MONITORING,
        AuditAction.CASE_OPENED,
        CaseService.SUBJECT,
        id,
        "Case #" + id + ": " + summary,
        null);
  }

  private void takedownSeen(OrganizationId org, Capture capture) {
    for (var c : cases.ofListing(org, capture.monitoredListingId())) {
      if (c.open() && !c.status().awaitingTakedown()) {
        cases.event(
            org,
            c.id(),
            CaseEvent.UNAVAILABLE,
            null,
            null,
            "Snapshot #"
                + capture.id()
                + " finds the listing no longer available before any notice",
            null,
            CaseService.MONITORING);
      } else if (c.status().awaitingTakedown()) {
        service.moveSeen(
            org,
            c,
            CaseStatus.REMOVED,
            "Takedown seen: snapshot #"
                + capture.id()
                + " captured "
                + capture.capturedAt()
                + " shows the listing is no longer available");
      }
    }
  }

  /**
   * Which new captures raise a case, and why the others do not.
   *
   * <p>Screening a third party's listing against the brand's own marks reports every use of the
   * mark, and most uses are lawful: a reseller of the genuine product names it (first sale), an
   * accessory says what it fits. On real catalogues those two made almost every finding of a
   * brand-side screen, so a case opens only for a finding that is itself a signal of infringement
   * ({@link #signals}): a look-alike of the mark, the mark presenting someone else's goods, piracy,
   * a price far below the usual or the brand's reference price, a copy of the brand's registered
   * work, the mark in another brand's search terms, or a counterfeit cue ("replica", "AAA copy") on
   * a listing that names the brand. A counterfeit cue on a listing that names none of the brand's
   * marks concerns someone else's goods, and resale or compatibility alone is left to the capture
   * page.
   */
  static final class OpeningPolicy {

    private OpeningPolicy() {}

    /**
     * Why the capture raises no case, or empty when it raises one: a capture that passed screening,
     * one from a seller the brand has authorized, one whose detection a reviewer judged not
     * infringing, or one whose findings hold no signal of infringement.
     */
    static Optional<String> raisesCase(
        Capture capture, List<CaptureFinding> findings, boolean detectionAllowed) {
      if (Decision.PASS.name().equals(capture.decision())) {
        return Optional.of("passed screening");
      }
      if (capture.sellerAuthorized()) {
        return Optional.of("the seller is authorized");
      }
      if (detectionAllowed) {
        return Optional.of("judged not infringing before");
      }
      if (signals(findings).isEmpty()) {
        return Optional.of("the mark is named as resale or compatibility only");
      }
      return Optional.empty();
    }

    /** The findings that by themselves point at an infringement the brand acts on. */
    static List<CaptureFinding> signals(List<CaptureFinding> findings) {
      boolean namesMark = findings.stream().anyMatch(f -> !blank(f.mark()));
      return findings.stream().filter(f -> isSignal(f, namesMark)).toList();
    }

    private static boolean isSignal(CaptureFinding f, boolean listingNamesMark) {
      return switch (f.rule()) {
        case "TM_LOOKALIKE", "TM_BRAND_LOOKALIKE", "CF_PIRACY", "CF_PRICE" -> true;
        case "TM_EXACT" -> severity(f.severity()).compareTo(Severity.LOW) > 0;
        case "POLICY_SEARCH_TERMS" -> !blank(f.mark());
        case "CF_COUNTERFEIT_TERM" -> listingNamesMark;
        case "TM_SOURCE_PROOF", "TM_COMPATIBILITY" -> false;
        // A copy of one of the brand's registered works is an infringement by itself.
        case "CR_IMAGE" -> true;
        // Monitoring's own findings (a price below the brand's reference price) and any rule
        // added later: a finding the screen raised to review or block is a signal.
        default -> severity(f.severity()).compareTo(Severity.LOW) > 0;
      };
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }

    /**
     * The finding a case is about: the most severe signal naming a mark, else the most severe
     * finding naming one, else the most severe finding; the first of equals. A case relies on a
     * mark, so a counterfeit cue that names none yields to the finding that names the brand's.
     */
    static Optional<CaptureFinding> mainFinding(List<CaptureFinding> findings) {
      var signals = signals(findings);
      var namedSignals = signals.stream().filter(f -> !blank(f.mark())).toList();
      if (!namedSignals.isEmpty()) {
        return mostSevere(namedSignals);
      }
      var named = findings.stream().filter(f -> !blank(f.mark())).toList();
      return mostSevere(!named.isEmpty() ? named : findings);
    }

    private static Optional<CaptureFinding> mostSevere(List<CaptureFinding> findings) {
      return findings.stream()
          .min(Comparator.comparing((CaptureFinding f) -> severity(f.severity())).reversed());
    }

    private static Severity severity(String s) {
      try {
        return Severity.valueOf(s);
      } catch (IllegalArgumentException | NullPointerException e) {
        return Severity.INFO;
      }
    }
  }
}
