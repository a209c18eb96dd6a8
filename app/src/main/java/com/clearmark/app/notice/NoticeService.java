package com.clearmark.app.notice;

import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.enforcement.CaseService;
import com.clearmark.app.enforcement.CaseStatus;
import com.clearmark.app.enforcement.Cases;
import com.clearmark.app.enforcement.EnforcementCase;
import com.clearmark.app.enforcement.EnforcementSettings;
import com.clearmark.app.enforcement.EnforcementSettingsStore;
import com.clearmark.app.enforcement.NoticeDesk;
import com.clearmark.app.enforcement.TestBuy;
import com.clearmark.app.enforcement.TestBuys;
import com.clearmark.app.monitoring.Capture;
import com.clearmark.app.monitoring.CaptureFinding;
import com.clearmark.app.monitoring.Captures;
import com.clearmark.app.monitoring.MonitoredListing;
import com.clearmark.app.registry.MarkRow;
import com.clearmark.app.registry.Marks;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Role;
import com.clearmark.app.shared.TimeWarp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting notices from cases, checking them, approving, sending and withdrawing them. Every change
 * is audited and told to the cases in the same transaction.
 */
@Service
public class NoticeService implements NoticeDesk {

  /** What a user who picks email is told when the service has no SMTP server. */
  static final String EMAIL_OFF =
      "Email sending is not configured: this service has no SMTP server (CLEARMARK_SMTP_HOST is"
          + " unset). Export the notice as text, PDF or CSV, file it with the marketplace and record"
          + " how it was sent.";

  private static final Set<CaseStatus> CLOSED = EnumSet.of(CaseStatus.DISMISSED, CaseStatus.CLOSED);

  private final Notices notices;
  private final Cases cases;
  private final Captures captures;
  private final TestBuys testBuys;
  private final EnforcementSettingsStore settings;
  private final CaseService caseService;
  private final Marks marks;
  private final GoodsClasses goods;
  private final AuditLog audit;
  private final Clock clock;
  private final ObjectProvider<JavaMailSender> mail;
  private final String mailHost;
  private final String mailFrom;

  NoticeService(
      Notices notices,
      Cases cases,
      Captures captures,
      TestBuys testBuys,
      EnforcementSettingsStore settings,
      CaseService caseService,
      Marks marks,
      GoodsClasses goods,
      AuditLog audit,
      Clock clock,
      ObjectProvider<JavaMailSender> mail,
      @Value("${spring.mail.host:}") String mailHost,
      @Value("${clearmark.notifications.from:clearmark@localhost}") String mailFrom) {
    this.notices = notices;
    this.cases = cases;
    this.captures = captures;
    this.testBuys = testBuys;
    this.settings = settings;
    this.caseService = caseService;
    this.marks = marks;
    this.goods = goods;
    this.audit = audit;
    this.clock = clock;
    this.mail = mail;
    this.mailHost = mailHost == null ? "" : mailHost.strip();
    this.mailFrom = mailFrom;
  }

  private static OrganizationId org(Caller caller) {
    return OrganizationId.of(caller.organizationId());
  }

  public List<Notice> list(Caller caller) {
    return notices.all(org(caller), 500);
  }

  public Notice get(Caller caller, long id) {
    return notices.find(org(caller), id).orElseThrow(() -> new NotFoundException("notice", id));
  }

  /** The notices of a case, newest first. */
  public List<Notice> ofCase(Caller caller, long caseId) {
    requireCase(caller, caseId);
    return notices.ofCase(org(caller), caseId);
  }

  public EnforcementCase requireCase(Caller caller, long caseId) {
    return cases.find(org(caller), caseId).orElseThrow(() -> new NotFoundException("case", caseId));
  }

  /**
   * The sent notices to follow up: sent at least the organization's reminder days ago, with a case
   * still waiting for the marketplace's answer (its status still SENT), oldest first.
   */
  public List<Notice> followUps(Caller caller) {
    OrganizationId org = org(caller);
    int days = settings.of(org).reminderDays();
    Instant due = now().minus(Duration.ofDays(days));
    List<Notice> out = new ArrayList<>();
    for (Notice n : notices.all(org, 500)) {
      if (n.status() != NoticeStatus.SENT || n.sentAt() == null || n.sentAt().isAfter(due)) {
        continue;
      }
      if (cases.byIds(org, n.caseIds()).stream().anyMatch(c -> c.status() == CaseStatus.SENT)) {
        out.add(n);
      }
    }
    out.sort(Comparator.comparing(Notice::sentAt));
    return out;
  }

  /** Moves the organization's notice times by {@code warp}: for the demo's history. */
  @Transactional
  public void warpTimes(OrganizationId org, TimeWarp warp) {
    notices.warpTimes(org, warp);
  }

  /** Whether email can be sent: an SMTP server is configured. */
  public boolean emailConfigured() {
    return !mailHost.isEmpty() && mail.getIfAvailable() != null;
  }

  @Override
  @Transactional
  public long draft(Caller caller, List<Long> caseIds) {
    return draft(caller, caseIds, null).id();
  }

  /**
   * Drafts one notice for the cases, all on one marketplace, filled from the cases, their listings
   * and test buys and the organization's enforcement settings. The regime is the marketplace's
   * unless {@code regime} is given.
   */
  @Transactional
  public Notice draft(Caller caller, List<Long> caseIds, NoticeRegime regime) {
    caller.require(Role.REVIEWER);
    List<Long> ids = caseIds == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(caseIds));
    if (ids.isEmpty()) {
      throw new InvalidInputException("caseIds", "name at least one case");
    }
    if (ids.size() > FieldLimits.CASES_PER_NOTICE) {
      throw new InvalidInputException(
          "caseIds",
          "one notice covers at most "
              + FieldLimits.CASES_PER_NOTICE
              + " cases, got "
              + ids.size());
    }
    OrganizationId org = org(caller);
    List<EnforcementCase> found = cases.byIds(org, ids);
    for (long id : ids) {
      if (found.stream().noneMatch(c -> c.id() == id)) {
        throw new NotFoundException("case", id);
      }
    }
    Set<String> marketplaces =
        found.stream()
            .map(c -> c.marketplace().toLowerCase(Locale.ROOT))
            .collect(Collectors.toCollection(TreeSet::new));
    if (marketplaces.size() > 1) {
      throw new InvalidInputException(
          "caseIds",
          "a notice goes to one marketplace; these cases are on "
              + String.join(", ", marketplaces));
    }
    for (EnforcementCase c : found) {
      if (CLOSED.contains(c.status())) {
        throw new InvalidInputException(
            "caseIds", "case #" + c.id() + " is " + c.status() + " and takes no notice");
      }
      // One live notice per case: a second draft beside a pending one would move the case back
      // when either is withdrawn, and two notices would go out for one listing.
      for (Notice other : notices.ofCase(org, c.id())) {
        if (other.status() == NoticeStatus.DRAFT || other.status() == NoticeStatus.APPROVED) {
          throw new ConflictException(
              "Case #"
                  + c.id()
                  + " already has notice #"
                  + other.id()
                  + " ("
                  + other.status().name().toLowerCase(Locale.ROOT)
                  + "); approve, send or withdraw it first.");
        }
      }
    }
    Set<String> markNames =
        found.stream()
            .map(c -> c.mark().strip().toUpperCase(Locale.ROOT))
            .collect(Collectors.toCollection(TreeSet::new));
    if (markNames.size() > 1) {
      throw new InvalidInputException(
          "caseIds",
          "a notice relies on one mark; these cases rely on " + String.join(", ", markNames));
    }
    EnforcementCase first = found.get(0);
    String marketplace = first.marketplace();
    NoticeRegime chosen = regime != null ? regime : NoticeRegime.forMarketplace(marketplace);
    List<NoticeItem> items = new ArrayList<>();
    List<String> orders = new ArrayList<>();
    Set<Appearance> where = EnumSet.noneOf(Appearance.class);
    for (EnforcementCase c : found) {
      MonitoredListing listing = captures.listing(org, c.monitoredListingId()).orElse(null);
      Capture detected = captures.find(org, c.captureId()).orElse(null);
      String listingId =
          listing != null ? listing.listingId() : detected != null ? detected.listingId() : "";
      String url =
          listing != null && !listing.url().isBlank()
              ? listing.url()
              : detected != null ? detected.url() : "";
      items.add(
          new NoticeItem(
              c.id(),
              listingId,
              url,
              chosen == NoticeRegime.EBAY_VERO ? VeroReason.ofRule(c.rule()).name() : ""));
      testBuys.forCase(org, c.id()).stream().map(TestBuy::orderId).forEach(orders::add);
      for (CaptureFinding f : captures.findings(org, c.captureId())) {
        where.add(appearance(f.field()));
      }
    }
    if (where.isEmpty()) {
      where.add(Appearance.LISTING_DETAIL);
    }
    EnforcementSettings s = settings.of(org);
    IpType ipType = IpType.ofRule(first.rule());
    var content =
        new NoticeContent(
            chosen,
            ipType,
            first.mark(),
            registrationFor(org, first, marketplace),
            "",
            explanation(ipType, first, found.size(), marketplace),
            "",
            s.agentName().isBlank() ? Submitter.RIGHTS_OWNER : Submitter.AGENT,
            s.rightsOwner(),
            s.agentName(),
            s.contactName(),
            s.contactEmail(),
            s.contactPhone(),
            s.contactAddress(),
            where,
            clip(
                String.join(", ", new LinkedHashSet<>(orders)), FieldLimits.NOTICE_TEST_BUY_ORDERS),
            "",
            false,
            false);
    return store(
        caller,
        Notice.draft(marketplace, content, items, caller.userId(), caller.userName(), now(), null),
        null);
  }

  private Notice store(Caller caller, Notice draft, Notice corrected) {
    long id = notices.insert(org(caller), draft);
    for (NoticeItem i : draft.items()) {
      if (corrected == null) {
        caseService.noticeDrafted(caller, i.caseId(), id);
      } else {
        caseService.recordEvent(
            caller,
            i.caseId(),
            "NOTICE_CORRECTION",
            "Notice #" + id + " drafted to correct sent notice #" + corrected.id() + ".");
      }
    }
    audit.record(
        caller,
        AuditAction.NOTICE_DRAFTED,
        "NOTICE",
        id,
        draft.content().regime()
            + " notice to "
            + draft.marketplace()
            + " for "
            + draft.items().size()
            + (draft.items().size() == 1 ? " case" : " cases")
            + (corrected == null ? "" : ", correcting notice #" + corrected.id()),
        null);
    return get(caller, id);
  }

  /**
   * Saves a draft's edited content over the revision the editor read.
   *
   * @param revision the revision the edit was made on; another means someone changed it meanwhile
   */
  @Transactional
  public Notice edit(
      Caller caller, long id, int revision, NoticeContent content, List<String> reasonCodes) {
    caller.require(Role.REVIEWER);
    Notice before = get(caller, id);
    if (before.revision() != revision && before.status() == NoticeStatus.DRAFT) {
      throw new ConflictException(Notices.CHANGED_MEANWHILE);
    }
    content.requireStorable();
    List<String> codes = reasonCodes == null ? List.of() : reasonCodes;
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i) == null ? "" : codes.get(i).strip();
      if (!code.isEmpty() && !isReason(code)) {
        throw new InvalidInputException(
            "reasonCodes[" + i + "]", "'" + code + "' is no VeRO reason code");
      }
    }
    Notice after = before.edited(content, codes);
    notices.edited(org(caller), before, after);
    audit.record(caller, AuditAction.NOTICE_EDITED, "NOTICE", id, "Draft notice edited", null);
    return get(caller, id);
  }

  private static boolean isReason(String code) {
    for (VeroReason r : VeroReason.values()) {
      if (r.name().equals(code)) {
        return true;
      }
    }
    return false;
  }

  /** The accuracy checks of the notice as it stands, in the order the page shows them. */
  public List<NoticeCheck> checks(Caller caller, long id) {
    return AccuracyPolicy.run(evidence(caller, get(caller, id)));
  }

  NoticeEvidence evidence(Caller caller, Notice n) {
    OrganizationId org = org(caller);
    List<EnforcementCase> covered = cases.byIds(org, n.caseIds());
    List<NoticeEvidence.Listed> listed = new ArrayList<>();
    for (EnforcementCase c : covered) {
      Capture detected = captures.find(org, c.captureId()).orElse(null);
      Capture latest = captures.latest(org, c.monitoredListingId()).orElse(null);
      Capture current = latest != null ? latest : detected;
      listed.add(
          new NoticeEvidence.Listed(
              c,
              detected,
              latest,
              captures.findings(org, c.captureId()),
              testBuys.forCase(org, c.id()),
              current == null ? Set.of() : goods.of(current.category())));
    }
    return new NoticeEvidence(
        n, registration(caller, n.content().registration(), n.content().mark()), listed);
  }

  /**
   * The organization's own registration the notice relies on: only a mark of its own can be
   * asserted, and only under the name the case rests on. Another company's mark in the registry (a
   * seller's list of marks to avoid) is never a basis for a notice.
   */
  private Optional<MarkRow> registration(Caller caller, String number, String markName) {
    String wanted = normalized(number);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    return marks.all(caller.organizationId()).stream()
        .filter(MarkRow::own)
        .filter(m -> sameName(m.name(), markName))
        .filter(m -> normalized(m.registration()).equals(wanted))
        .findFirst();
  }

  /**
   * The registration a draft names: the finding's when it is the organization's own, live and
   * protects the mark in the marketplace's country; otherwise the organization's own live
   * registration of the same mark that does (a look-alike found against the US registration of a
   * mark the brand also holds in the EU is enforced on amazon.de under the EU one); else the
   * finding's, which the registration check then explains.
   */
  private String registrationFor(OrganizationId org, EnforcementCase c, String marketplace) {
    var country = Marketplaces.country(marketplace);
    List<MarkRow> own =
        marks.all(org.value()).stream()
            .filter(MarkRow::own)
            .filter(m -> sameName(m.name(), c.mark()))
            .filter(m -> m.status() == com.clearmark.engine.mark.MarkStatus.LIVE)
            .toList();
    var covering =
        own.stream()
            .filter(
                m -> country.isPresent() && Marketplaces.covers(m.jurisdiction(), country.get()))
            .toList();
    for (MarkRow m : covering) {
      if (normalized(m.registration()).equals(normalized(c.registration()))) {
        return m.registration();
      }
    }
    return covering.isEmpty() ? c.registration() : covering.get(0).registration();
  }

  private static boolean sameName(String a, String b) {
    return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
  }

  private static String normalized(String registration) {
    return registration == null
        ? ""
        : registration.replaceAll("[\\s.,/-]", "").toUpperCase(Locale.ROOT);
  }

  /** Approves the notice once every check passes, by a second person when settings require it. */
  @Transactional
  public Notice approve(Caller caller, long id) {
    return approve(caller, id, null);
  }

  /**
   * Approves the notice as the approver read it: with {@code revision} given, a draft edited since
   * is refused, so nobody signs off text they have not seen.
   */
  @Transactional
  public Notice approve(Caller caller, long id, Integer revision) {
    caller.require(Role.REVIEWER);
    Notice before = get(caller, id);
    if (revision != null && before.revision() != revision) {
      throw new ConflictException(
          "Notice #" + id + " was edited since you read it; read it again before approving.");
    }
    List<NoticeCheck> checks = AccuracyPolicy.run(evidence(caller, before));
    boolean second = settings.of(org(caller)).secondApproverRequired();
    Notice after = before.approved(checks, second, caller.userId(), caller.userName(), now());
    notices.moved(org(caller), before, after);
    for (long caseId : after.caseIds()) {
      if (after.correctsNoticeId() != null) {
        // A correction follows a notice already sent: the case has moved past drafting, so the
        // correction is told on its timeline instead of moving it again.
        caseService.recordEvent(
            caller,
            caseId,
            "NOTICE_CORRECTION_APPROVED",
            "Correction notice #" + id + " of notice #" + after.correctsNoticeId() + " approved");
      } else {
        caseService.noticeApproved(caller, caseId, id);
      }
    }
    audit.record(
        caller,
        AuditAction.NOTICE_APPROVED,
        "NOTICE",
        id,
        "Notice approved with every check passed" + (second ? " (second approver)" : ""),
        null);
    return get(caller, id);
  }

  /**
   * Records the notice as sent through the channel: filed on the marketplace's portal, as PDF or as
   * a CSV upload, or emailed through the configured SMTP server to {@code to}.
   */
  @Transactional
  public Notice send(Caller caller, long id, SendChannel via, String to) {
    caller.require(Role.REVIEWER);
    if (via == null) {
      throw new InvalidInputException("via", "say how the notice was sent");
    }
    String recipient = to == null ? "" : to.strip();
    if (recipient.length() > FieldLimits.NOTICE_SENT_TO) {
      throw new InvalidInputException(
          "to", "has at most " + FieldLimits.NOTICE_SENT_TO + " characters");
    }
    Notice before = get(caller, id);
    Notice after = before.sent(via, recipient, now());
    if (via == SendChannel.EMAIL) {
      if (!emailConfigured()) {
        throw new ConflictException(EMAIL_OFF);
      }
      if (!recipient.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        throw new InvalidInputException("to", "give the email address the notice goes to");
      }
    }
    notices.moved(org(caller), before, after);
    for (long caseId : after.caseIds()) {
      if (after.correctsNoticeId() != null) {
        // A correction follows a notice already sent: the case has moved past drafting, so the
        // correction is told on its timeline instead of moving it again.
        caseService.recordEvent(
            caller,
            caseId,
            "NOTICE_CORRECTION_SENT",
            "Correction notice #"
                + id
                + " of notice #"
                + after.correctsNoticeId()
                + " sent via "
                + via.name()
                + "");
      } else {
        caseService.noticeSent(caller, caseId, id, via.name());
      }
    }
    audit.record(
        caller,
        AuditAction.NOTICE_SENT,
        "NOTICE",
        id,
        "Notice sent via " + via + (recipient.isEmpty() ? "" : " to " + recipient),
        null);
    if (via == SendChannel.EMAIL) {
      email(recipient, NoticeExport.subject(after), NoticeExport.text(after));
    }
    return get(caller, id);
  }

  private void email(String to, String subject, String text) {
    var message = new SimpleMailMessage();
    message.setFrom(mailFrom);
    message.setTo(to);
    message.setSubject(subject);
    message.setText(text);
    try {
      mail.getObject().send(message);
    } catch (MailException e) {
      throw new ConflictException(
          "The SMTP server did not take the notice ("
              + e.getMessage()
              + "); nothing was recorded.");
    }
  }

  @Transactional
  public Notice withdraw(Caller caller, long id) {
    caller.require(Role.REVIEWER);
    Notice before = get(caller, id);
    Notice after = before.withdrawn();
    notices.moved(org(caller), before, after);
    for (long caseId : after.caseIds()) {
      if (after.correctsNoticeId() != null) {
        // A correction follows a notice already sent: the case has moved past drafting, so the
        // correction is told on its timeline instead of moving it again.
        caseService.recordEvent(
            caller,
            caseId,
            "NOTICE_CORRECTION_WITHDRAWN",
            "Correction notice #" + id + " of notice #" + after.correctsNoticeId() + " withdrawn");
      } else {
        caseService.noticeWithdrawn(caller, caseId, id);
      }
    }
    audit.record(caller, AuditAction.NOTICE_WITHDRAWN, "NOTICE", id, "Notice withdrawn", null);
    return get(caller, id);
  }

  /** A new draft correcting a sent notice: the same cases and content, pointing at it. */
  @Transactional
  public Notice correct(Caller caller, long id) {
    caller.require(Role.REVIEWER);
    Notice sent = get(caller, id);
    sent.requireCorrectable();
    Notice draft =
        Notice.draft(
            sent.marketplace(),
            sent.content(),
            sent.items(),
            caller.userId(),
            caller.userName(),
            now(),
            sent.id());
    return store(caller, draft, sent);
  }

  private Instant now() {
    return clock.instant();
  }

  private static Appearance appearance(String field) {
    String f = field == null ? "" : field.toLowerCase(Locale.ROOT);
    if (f.contains("title")) {
      return Appearance.TITLE;
    }
    if (f.contains("image")) {
      return Appearance.IMAGES;
    }
    if (f.contains("brand")) {
      return Appearance.PRODUCT;
    }
    return Appearance.LISTING_DETAIL;
  }

  private static String explanation(
      IpType ipType, EnforcementCase first, int count, String marketplace) {
    String listings = count == 1 ? "The listing below" : "The " + count + " listings below";
    return switch (ipType) {
      case COPYRIGHT ->
          listings
              + " on "
              + marketplace
              + " reproduce our copyrighted work without our permission.";
      case PATENT -> listings + " on " + marketplace + " offer goods that infringe our patent.";
      case COUNTERFEIT ->
          listings
              + " on "
              + marketplace
              + " offer counterfeit goods bearing the mark "
              + first.mark()
              + (first.registration().isEmpty()
                  ? ""
                  : " (registration " + first.registration() + ")")
              + ", which we did not make and did not authorize.";
      case TRADEMARK ->
          listings
              + " on "
              + marketplace
              + " use the mark "
              + first.mark()
              + (first.registration().isEmpty()
                  ? ""
                  : " (registration " + first.registration() + ")")
              + " without our authorization, so that buyers take the goods for ours.";
    };
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
