package com.clearmark.app.enforcement;

import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.document.Documents;
import com.clearmark.app.monitoring.Captures;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Role;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.staydown.StayDown;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything done to an enforcement case, by a member or by the notice feature: each change moves
 * the case through {@link EnforcementCase#moveTo}, stores it only over the revision read, and
 * writes a timeline event and an audit entry in the same transaction.
 */
@Service
public class CaseService {

  static final String SUBJECT = "CASE";

  /** The most cases one bulk action of the queue takes. */
  static final int BULK_LIMIT = 200;

  /** The most photos one test buy takes. */
  static final int PHOTOS_PER_TEST_BUY = 10;

  private final Cases cases;
  private final AllowedDetections allowed;
  private final TestBuys testBuys;
  private final EnforcementSettingsStore settings;
  private final AuditLog audit;
  private final Captures captures;
  private final StayDown stayDown;
  private final Documents documents;
  private final ObjectProvider<NoticeDesk> noticeDesk;
  private final TransactionTemplate eachCase;
  private final Clock clock;

  CaseService(
      Cases cases,
      AllowedDetections allowed,
      TestBuys testBuys,
      EnforcementSettingsStore settings,
      AuditLog audit,
      Captures captures,
      StayDown stayDown,
      Documents documents,
      ObjectProvider<NoticeDesk> noticeDesk,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.cases = cases;
    this.allowed = allowed;
    this.testBuys = testBuys;
    this.settings = settings;
    this.audit = audit;
    this.captures = captures;
    this.stayDown = stayDown;
    this.documents = documents;
    this.noticeDesk = noticeDesk;
    this.eachCase = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** A case of the caller's organization. */
  public EnforcementCase get(Caller caller, long id) {
    return cases.find(org(caller), id).orElseThrow(() -> new NotFoundException("case", id));
  }

  /** The queue: the organization's cases matching the filter, at most {@code limit}. */
  List<EnforcementCase> queue(Caller caller, CaseFilter filter, int limit) {
    return cases.matching(org(caller), filter, Math.max(1, Math.min(limit, QUEUE_LIMIT)));
  }

  /** The values the queue's filters offer: marketplaces, marks and rules of the cases. */
  Map<String, List<String>> facets(Caller caller) {
    var org = org(caller);
    return Map.of(
        "marketplace", cases.distinct(org, "marketplace"),
        "mark", cases.distinct(org, "mark"),
        "rule", cases.distinct(org, "rule"));
  }

  /** A case with everything its page and the API show about it. */
  CaseFile file(Caller caller, long id) {
    var c = get(caller, id);
    var org = org(caller);
    return new CaseFile(
        c,
        List.copyOf(c.status().next()),
        cases.dismissReason(org, id).orElse(null),
        cases.events(org, id),
        testBuys.forCase(org, id));
  }

  /** A case, the moves it may make, why it was dismissed, its timeline and its test buys. */
  record CaseFile(
      EnforcementCase enforcementCase,
      List<CaseStatus> next,
      String dismissReason,
      List<CaseEvent> timeline,
      List<TestBuy> testBuys) {}

  /** The organization's notice metrics. */
  EnforcementMetrics metrics(Caller caller) {
    var org = org(caller);
    return EnforcementMetrics.of(cases.all(org), cases.reached(org));
  }

  /** The most cases the queue lists at once. */
  static final int QUEUE_LIMIT = 500;

  // ---- A reviewer's moves ----

  /** Confirms a detected case as an infringement worth a notice. */
  @Transactional
  public EnforcementCase validate(Caller caller, long id, Integer revision, String note) {
    return move(
        caller, id, revision, CaseStatus.VALIDATED, AuditAction.CASE_VALIDATED, "Validated", note);
  }

  /**
   * Dismisses a case. A dismissal as not infringing also allows the detection (listing, rule and
   * mark), so later captures of the listing with the same finding raise no case.
   */
  @Transactional
  public EnforcementCase dismiss(
      Caller caller, long id, Integer revision, boolean notInfringing, String reason) {
    String why = text("reason", "reason", reason, FieldLimits.REASON);
    if (why.isEmpty()) {
      throw new InvalidInputException(
          "reason", "reason is required: say why the case is dismissed");
    }
    var before = reviewable(caller, id, revision);
    var after =
        store(
            caller,
            before,
            CaseStatus.DISMISSED,
            AuditAction.CASE_DISMISSED,
            (notInfringing ? "Dismissed as not infringing" : "Dismissed") + ": " + why,
            why);
    if (notInfringing) {
      allowed.allow(
          org(caller),
          before.monitoredListingId(),
          before.rule(),
          before.mark(),
          why,
          caller.userId());
    }
    return after;
  }

  /** Undoes a dismissal: the case is detected again and its detection no longer allowed. */
  @Transactional
  public EnforcementCase restore(Caller caller, long id, Integer revision) {
    var before = reviewable(caller, id, revision);
    var after =
        store(
            caller,
            before,
            CaseStatus.DETECTED,
            AuditAction.CASE_STATUS_CHANGED,
            "Dismissal undone",
            null);
    allowed.disallow(org(caller), before.monitoredListingId(), before.rule(), before.mark());
    return after;
  }

  /** Records the marketplace's (or the seller's) answer to a sent notice. */
  @Transactional
  public EnforcementCase recordOutcome(
      Caller caller, long id, Integer revision, CaseStatus outcome, String note) {
    if (outcome == null || !CaseStatus.outcomes().contains(outcome)) {
      throw new InvalidInputException(
          "outcome", "outcome must be one of REMOVED, REJECTED, COUNTER_NOTICED or REINSTATED");
    }
    var after =
        move(
            caller,
            id,
            revision,
            outcome,
            AuditAction.CASE_STATUS_CHANGED,
            "Outcome recorded: " + EnforcementCase.words(outcome),
            note);
    if (outcome == CaseStatus.REMOVED) {
      remember(org(caller), after);
    }
    return after;
  }

  /** Closes a case whose story has ended. */
  @Transactional
  public EnforcementCase close(Caller caller, long id, Integer revision, String note) {
    return move(
        caller, id, revision, CaseStatus.CLOSED, AuditAction.CASE_STATUS_CHANGED, "Closed", note);
  }

  /**
   * Enforces a removed or closed case again, as a new case on its listing's latest snapshot linked
   * to it: the goods came back, and the new case starts as detected.
   */
  @Transactional
  public EnforcementCase reenforce(Caller caller, long id, String note) {
    caller.require(Role.REVIEWER);
    var org = org(caller);
    var before = get(caller, id);
    String why = text("note", "note", note, FieldLimits.REASON);
    if (!before.status().reenforceable()) {
      throw new ConflictException(
          "Case #"
              + id
              + " is "
              + EnforcementCase.words(before.status())
              + "; only a removed or closed case is enforced again (this one is still being"
              + " worked on).");
    }
    var open =
        cases.ofListing(org, before.monitoredListingId()).stream()
            .filter(EnforcementCase::open)
            .findFirst();
    if (open.isPresent()) {
      throw new ConflictException(
          "The listing already has open case #"
              + open.get().id()
              + "; work that one rather than a second.");
    }
    long captureId =
        captures
            .latest(org, before.monitoredListingId())
            .map(c -> c.id())
            .orElse(before.captureId());
    var draft =
        new EnforcementCase(
            0,
            before.monitoredListingId(),
            captureId,
            before.sellerRef(),
            before.marketplace(),
            before.rule(),
            before.mark(),
            before.registration(),
            CaseStatus.DETECTED,
            0,
            before.id(),
            clock.instant(),
            null,
            null,
            null,
            null);
    long created = cases.open(org, draft);
    String summary = "Enforced again as a relisting of case #" + id + sentence(why);
    cases.event(
        org,
        created,
        CaseEvent.OPENED,
        null,
        CaseStatus.DETECTED,
        summary,
        caller.userId(),
        caller.userName());
    cases.event(
        org,
        id,
        CaseEvent.RELISTING,
        null,
        null,
        "Enforced again as case #" + created + sentence(why),
        caller.userId(),
        caller.userName());
    audit.record(
        caller, AuditAction.CASE_REENFORCED, SUBJECT, created, summary, why.isEmpty() ? null : why);
    return cases.find(org, created).orElseThrow();
  }

  // ---- What the notice feature reports ----

  /** A notice was drafted for the case: a validated case moves on to notice drafted. */
  @Transactional
  public EnforcementCase noticeDrafted(Caller caller, long caseId, long noticeId) {
    var before = get(caller, caseId);
    if (before.status() == CaseStatus.NOTICE_DRAFTED) {
      recordEvent(caller, caseId, "NOTICE_DRAFTED", "Notice #" + noticeId + " drafted");
      return get(caller, caseId);
    }
    return move(
        caller,
        caseId,
        null,
        CaseStatus.NOTICE_DRAFTED,
        AuditAction.CASE_STATUS_CHANGED,
        "Notice #" + noticeId + " drafted",
        null);
  }

  @Transactional
  public EnforcementCase noticeApproved(Caller caller, long caseId, long noticeId) {
    return move(
        caller,
        caseId,
        null,
        CaseStatus.APPROVED,
        AuditAction.CASE_STATUS_CHANGED,
        "Notice #" + noticeId + " approved",
        null);
  }

  @Transactional
  public EnforcementCase noticeSent(Caller caller, long caseId, long noticeId, String how) {
    return move(
        caller,
        caseId,
        null,
        CaseStatus.SENT,
        AuditAction.CASE_STATUS_CHANGED,
        "Notice #"
            + noticeId
            + " sent"
            + (how == null || how.isBlank() ? "" : " by " + how.strip()),
        null);
  }

  /** The case's notice was withdrawn before it was sent: the case is validated again. */
  @Transactional
  public EnforcementCase noticeWithdrawn(Caller caller, long caseId, long noticeId) {
    return move(
        caller,
        caseId,
        null,
        CaseStatus.VALIDATED,
        AuditAction.CASE_STATUS_CHANGED,
        "Notice #" + noticeId + " withdrawn",
        null);
  }

  /** Adds a line to the case's timeline without moving it (and to the audit log). */
  @Transactional
  public void recordEvent(Caller caller, long caseId, String kind, String summary) {
    caller.require(Role.REVIEWER);
    var c = get(caller, caseId);
    String k = kind == null || kind.isBlank() ? CaseEvent.NOTE : kind.strip();
    if (k.length() > FieldLimits.CASE_EVENT_KIND) {
      throw new InvalidInputException(
          "kind", "an event kind has at most " + FieldLimits.CASE_EVENT_KIND + " characters");
    }
    if (summary == null || summary.isBlank()) {
      throw new InvalidInputException("summary", "summary is required");
    }
    cases.event(org(caller), c.id(), k, null, null, summary, caller.userId(), caller.userName());
    audit.record(caller, AuditAction.CASE_STATUS_CHANGED, SUBJECT, c.id(), summary, null);
  }

  // ---- Test buys ----

  /** A photo of a test buy as uploaded. */
  public record Photo(String fileName, byte[] content) {}

  /** A test buy as a member records it. */
  public record TestBuyForm(
      String orderId, LocalDate orderedOn, TestBuyOutcome outcome, String note) {}

  /** Records a test buy of the case's goods with its photos, stored as documents. */
  @Transactional
  public TestBuy recordTestBuy(Caller caller, long caseId, TestBuyForm form, List<Photo> photos) {
    caller.require(Role.REVIEWER);
    var c = get(caller, caseId);
    Map<String, String> errors = new LinkedHashMap<>();
    String orderId = form.orderId() == null ? "" : form.orderId().strip();
    if (orderId.isEmpty()) {
      errors.put("orderId", "order id is required");
    } else if (orderId.length() > FieldLimits.TEST_BUY_ORDER_ID) {
      errors.put(
          "orderId", "order id has at most " + FieldLimits.TEST_BUY_ORDER_ID + " characters");
    }
    LocalDate today = Timestamps.today(clock);
    if (form.orderedOn() == null) {
      errors.put("orderedOn", "order date is required");
    } else if (form.orderedOn().isAfter(today)) {
      errors.put("orderedOn", "order date " + form.orderedOn() + " is in the future");
    }
    if (form.outcome() == null) {
      errors.put("outcome", "outcome is required: COUNTERFEIT, GENUINE, NOT_RECEIVED or PENDING");
    }
    String note = form.note() == null ? "" : form.note().strip();
    if (note.length() > FieldLimits.TEST_BUY_NOTE) {
      errors.put("note", "note has at most " + FieldLimits.TEST_BUY_NOTE + " characters");
    }
    List<Photo> given = photos.stream().filter(p -> p.content().length > 0).toList();
    if (given.size() > PHOTOS_PER_TEST_BUY) {
      errors.put("photos", "at most " + PHOTOS_PER_TEST_BUY + " photos per test buy");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(String.join("; ", errors.values()), errors);
    }
    List<Long> docs = new ArrayList<>();
    for (var p : given) {
      docs.add(
          documents
              .store(caller.organizationId(), p.fileName(), new ByteArrayInputStream(p.content()))
              .id());
    }
    var org = org(caller);
    long id =
        testBuys.add(
            org, c.id(), orderId, form.orderedOn(), form.outcome(), note, docs, caller.userId());
    String summary =
        "Test buy "
            + orderId
            + " of "
            + form.orderedOn()
            + ": "
            + form.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + (docs.isEmpty()
                ? ""
                : " (" + docs.size() + " photo" + (docs.size() == 1 ? ")" : "s)"));
    cases.event(
        org, c.id(), CaseEvent.TEST_BUY, null, null, summary, caller.userId(), caller.userName());
    audit.record(caller, AuditAction.TEST_BUY_RECORDED, SUBJECT, c.id(), summary, null);
    return testBuys.forCase(org, c.id()).stream()
        .filter(b -> b.id() == id)
        .findFirst()
        .orElseThrow();
  }

  /** A photo of one of the case's test buys, for download; never another case's document. */
  public Documents.Content photo(Caller caller, long caseId, long documentId) {
    var c = get(caller, caseId);
    boolean ours =
        testBuys.forCase(org(caller), c.id()).stream()
            .anyMatch(b -> b.photoDocumentIds().contains(documentId));
    if (!ours) {
      throw new NotFoundException("photo", documentId);
    }
    return documents.content(caller.organizationId(), documentId);
  }

  // ---- Settings ----

  public EnforcementSettings settings(Caller caller) {
    return settings.of(org(caller));
  }

  @Transactional
  public EnforcementSettings saveSettings(Caller caller, EnforcementSettings changed) {
    caller.require(Role.ADMIN);
    var before = settings.of(org(caller));
    settings.save(org(caller), changed);
    if (!before.equals(changed)) {
      audit.record(
          caller,
          AuditAction.ENFORCEMENT_SETTINGS_CHANGED,
          "ENFORCEMENT_SETTINGS",
          null,
          "Enforcement settings changed: second approver "
              + (changed.secondApproverRequired() ? "required" : "not required")
              + ", reminder after "
              + changed.reminderDays()
              + " days, notices from "
              + (changed.rightsOwner().isEmpty() ? "(no rights owner set)" : changed.rightsOwner()),
          null);
    }
    return settings.of(org(caller));
  }

  // ---- The queue's bulk actions ----

  /** What a bulk action did: the cases it moved and, for each it could not, why. */
  public record BulkOutcome(List<Long> done, Map<Long, String> refused, Long noticeId) {}

  /** Which bulk action the queue asked for. */
  public enum BulkAction {
    VALIDATE,
    DISMISS,
    DRAFT_NOTICE
  }

  /**
   * Applies one action to each case chosen in the queue, each in a transaction of its own: a case
   * another member moved meanwhile is refused and reported, the others still move. Drafting a
   * notice is one notice for all of them, or nothing.
   */
  public BulkOutcome bulk(Caller caller, BulkAction action, List<Long> ids, String reason) {
    caller.require(Role.REVIEWER);
    if (ids == null || ids.isEmpty()) {
      throw new InvalidInputException("ids", "choose at least one case");
    }
    if (ids.size() > BULK_LIMIT) {
      throw new InvalidInputException("ids", "at most " + BULK_LIMIT + " cases at once");
    }
    if (action == null) {
      throw new InvalidInputException("action", "action must be VALIDATE, DISMISS or DRAFT_NOTICE");
    }
    if (action == BulkAction.DRAFT_NOTICE) {
      var desk =
          noticeDesk().orElseThrow(() -> new ConflictException("Notices cannot be drafted here."));
      for (long id : ids) {
        var c = get(caller, id);
        if (c.status() != CaseStatus.VALIDATED) {
          throw new ConflictException(
              "Case #"
                  + id
                  + " is "
                  + EnforcementCase.words(c.status())
                  + "; a notice is drafted only for validated cases.");
        }
      }
      Long notice = eachCase.execute(t -> desk.draft(caller, List.copyOf(ids)));
      return new BulkOutcome(List.copyOf(ids), Map.of(), notice);
    }
    if (action == BulkAction.DISMISS) {
      String why = text("reason", "reason", reason, FieldLimits.REASON);
      if (why.isEmpty()) {
        throw new InvalidInputException(
            "reason", "reason is required: say why the cases are dismissed");
      }
    }
    List<Long> done = new ArrayList<>();
    Map<Long, String> refused = new LinkedHashMap<>();
    for (long id : ids) {
      try {
        eachCase.executeWithoutResult(
            t -> {
              if (action == BulkAction.VALIDATE) {
                validate(caller, id, null, null);
              } else {
                dismiss(caller, id, null, false, reason);
              }
            });
        done.add(id);
      } catch (ConflictException | NotFoundException e) {
        refused.put(id, e.getMessage());
      }
    }
    return new BulkOutcome(done, refused, null);
  }

  public Optional<NoticeDesk> noticeDesk() {
    return Optional.ofNullable(noticeDesk.getIfAvailable());
  }

  // ---- Reminders ----

  /**
   * Sent cases with no answer after the organization's reminder days, the longest waiting first.
   */
  public List<EnforcementCase> overdue(Caller caller) {
    var org = org(caller);
    int days = settings.of(org).reminderDays();
    return cases.sentBefore(org, clock.instant().minus(Duration.ofDays(days)));
  }

  // ---- For the capture listener ----

  /**
   * Moves a case on monitoring's word (no member acted): a takedown seen in a capture. Writes the
   * event and audit entry as the import.
   */
  EnforcementCase moveSeen(
      OrganizationId org, EnforcementCase before, CaseStatus to, String summary) {
    var after = cases.moved(org, before, before.moveTo(to, clock.instant()), null);
    cases.event(
        org, before.id(), CaseEvent.TAKEDOWN_SEEN, before.status(), to, summary, null, MONITORING);
    audit.record(
        org.value(),
        null,
        MONITORING,
        AuditAction.CASE_STATUS_CHANGED,
        SUBJECT,
        before.id(),
        summary,
        null);
    if (to == CaseStatus.REMOVED) {
      remember(org, after);
    }
    return after;
  }

  /** Who the timeline and the audit log name for what monitoring's imports do. */
  static final String MONITORING = "Monitoring import";

  // ---- The one way a member moves a case ----

  private EnforcementCase move(
      Caller caller,
      long id,
      Integer revision,
      CaseStatus to,
      AuditAction action,
      String what,
      String note) {
    String why = text("note", "note", note, FieldLimits.REASON);
    var before = reviewable(caller, id, revision);
    return store(caller, before, to, action, what + sentence(why), why.isEmpty() ? null : why);
  }

  private EnforcementCase reviewable(Caller caller, long id, Integer revision) {
    caller.require(Role.REVIEWER);
    var before = get(caller, id);
    before.requireRevision(revision);
    return before;
  }

  private EnforcementCase store(
      Caller caller,
      EnforcementCase before,
      CaseStatus to,
      AuditAction action,
      String summary,
      String reason) {
    var org = org(caller);
    var after =
        cases.moved(
            org,
            before,
            before.moveTo(to, clock.instant()),
            to == CaseStatus.DISMISSED ? reason : null);
    cases.event(
        org,
        before.id(),
        CaseEvent.MOVED,
        before.status(),
        to,
        summary,
        caller.userId(),
        caller.userName());
    audit.record(
        caller, action, SUBJECT, before.id(), "Case #" + before.id() + ": " + summary, reason);
    return after;
  }

  /** Keeps the removed listing's fingerprint, so that stay-down recognises it coming back. */
  private void remember(OrganizationId org, EnforcementCase removed) {
    captures
        .find(org, removed.captureId())
        .ifPresent(capture -> stayDown.remember(org, removed.id(), capture));
  }

  private static String sentence(String note) {
    return note.isEmpty() ? "" : " — " + note;
  }

  private static String text(String field, String words, String value, int max) {
    String s = value == null ? "" : value.strip();
    if (s.length() > max) {
      throw new InvalidInputException(
          field, words + " is " + s.length() + " characters long; at most " + max + " allowed");
    }
    return s;
  }

  private static OrganizationId org(Caller caller) {
    return OrganizationId.of(caller.organizationId());
  }
}
