package com.clearmark.app.notification;

import com.clearmark.app.authorization.Authorization;
import com.clearmark.app.complaint.Complaint;
import com.clearmark.app.complaint.Deadline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The words of each notification: its key, subject, plain-text body and webhook data. */
final class Messages {

  private Messages() {}

  static Notification complaintReceived(Complaint c, List<Deadline> deadlines, LocalDate today) {
    var body = new StringBuilder();
    body.append(article(kind(c))).append(' ').append(kind(c)).append(" was recorded.\n\n");
    facts(body, c);
    if (!deadlines.isEmpty()) {
      body.append("\nDeadlines:\n");
      for (Deadline d : deadlines) {
        body.append("- ")
            .append(d.what())
            .append(": ")
            .append(d.due())
            .append(" (")
            .append(days(d.daysLeft(today)))
            .append(")\n");
      }
    }
    var data = complaintData(c);
    data.put(
        "deadlines",
        deadlines.stream()
            .map(d -> Map.of("what", d.what(), "kind", deadlineKind(d), "due", d.due().toString()))
            .toList());
    return new Notification(
        complaintReceivedKey(c),
        EventType.COMPLAINT_RECEIVED,
        "New " + kind(c) + " " + name(c) + from(c),
        body.toString(),
        "/complaints/" + c.id(),
        data);
  }

  static String complaintReceivedKey(Complaint c) {
    return "complaint:" + c.id() + ":new";
  }

  static Notification deadlineApproaching(
      Complaint c, Deadline d, ReminderPolicy.Reminder reminder) {
    String kind = deadlineKind(d);
    var body = new StringBuilder();
    body.append(d.what())
        .append(" is due ")
        .append(reminder.when())
        .append(", on ")
        .append(d.due())
        .append(", for ")
        .append(kind(c))
        .append(' ')
        .append(name(c))
        .append(from(c))
        .append(".\n")
        .append(d.why())
        .append("\n\n");
    facts(body, c);
    var data = complaintData(c);
    data.put(
        "deadline",
        Map.of(
            "kind",
            kind,
            "what",
            d.what(),
            "due",
            d.due().toString(),
            "daysLeft",
            reminder.daysLeft(),
            "reminder",
            reminder.stageKey()));
    return new Notification(
        "deadline:complaint:" + c.id() + ":" + kind + ":due-" + d.due() + ":" + reminder.stageKey(),
        EventType.DEADLINE_APPROACHING,
        d.what() + " " + reminder.when() + " (" + d.due() + "): " + kind(c) + " " + name(c),
        body.toString(),
        "/complaints/" + c.id(),
        data);
  }

  static Notification authorizationExpiring(Authorization a, ReminderPolicy.Reminder reminder) {
    String brands = String.join(", ", new TreeSet<>(a.brands()));
    String body =
        a.kind()
            + " from "
            + a.licensor()
            + " for "
            + brands
            + " ends "
            + reminder.when()
            + ": its last day is "
            + a.validTo()
            + ".\n\nRenew it before then. From the next day screening no longer treats "
            + (a.brands().size() == 1 ? "the brand" : "these brands")
            + " as authorized, and an appeal can no longer rely on it.\n";
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("authorizationId", a.id());
    data.put("kind", a.kind());
    data.put("licensor", a.licensor());
    data.put("brands", List.copyOf(new TreeSet<>(a.brands())));
    data.put("validTo", a.validTo().toString());
    data.put("daysLeft", reminder.daysLeft());
    data.put("reminder", reminder.stageKey());
    return new Notification(
        "authorization:" + a.id() + ":expires-" + a.validTo() + ":" + reminder.stageKey(),
        EventType.AUTHORIZATION_EXPIRING,
        a.kind() + " from " + a.licensor() + " ends " + reminder.when() + " (" + a.validTo() + ")",
        body,
        "/authorizations/" + a.id(),
        data);
  }

  static Notification listingBlocked(BlockedListings.Blocked b) {
    var marks = new TreeSet<String>();
    b.findings().forEach(f -> marks.add(f.mark()));
    var body = new StringBuilder();
    body.append("Screening blocked version ")
        .append(b.version())
        .append(" of listing ")
        .append(listing(b))
        .append(", score ")
        .append(b.score())
        .append(".\n\nTitle: ")
        .append(b.title())
        .append("\nBrand: ")
        .append(b.brand())
        .append("\n");
    if (!b.findings().isEmpty()) {
      body.append("\nFindings:\n");
      for (BlockedListings.Found f : b.findings()) {
        body.append("- ")
            .append(f.mark())
            .append(" (")
            .append(f.owner())
            .append("): ")
            .append(f.rule())
            .append(", ")
            .append(f.severity())
            .append(", in the ")
            .append(f.field().toLowerCase(Locale.ROOT))
            .append(": \"")
            .append(f.evidence())
            .append("\"\n");
      }
    }
    body.append("\nReview the listing before it goes live or stays live.\n");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("listingId", b.listingId());
    data.put("version", b.version());
    data.put("sku", b.sku());
    data.put("asin", b.asin());
    data.put("title", b.title());
    data.put("score", b.score());
    data.put(
        "findings",
        b.findings().stream()
            .map(
                f ->
                    Map.of(
                        "rule", f.rule(),
                        "severity", f.severity(),
                        "mark", f.mark(),
                        "owner", f.owner(),
                        "field", f.field(),
                        "evidence", f.evidence()))
            .toList());
    return new Notification(
        "finding:block:listing:" + b.listingId() + ":version:" + b.version(),
        EventType.LISTING_BLOCKED,
        "Listing "
            + listing(b)
            + " is blocked"
            + (marks.isEmpty() ? "" : ": " + String.join(", ", marks)),
        body.toString(),
        "/listings/" + b.listingId(),
        data);
  }

  /** How many listings a summary of blocked listings names before it only counts them. */
  static final int BLOCKED_NAMED = 20;

  /**
   * One message for many listings blocked at once, as after a catalogue import: a seller wants to
   * hear that 400 listings need review, not 400 times. The key names the first and last version and
   * the count, so the same batch is never summarized twice. The email names the first {@link
   * #BLOCKED_NAMED}; the webhook data lists every one, or only their ids when that is too large.
   */
  static Notification listingsBlocked(List<BlockedListings.Blocked> all) {
    var first = all.get(0);
    var last = all.get(all.size() - 1);
    var body =
        new StringBuilder("Screening blocked ")
            .append(all.size())
            .append(" listings. Review them before they go live or stay live.\n\n");
    List<Map<String, Object>> listed = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      var b = all.get(i);
      var marks = new TreeSet<String>();
      b.findings().forEach(f -> marks.add(f.mark()));
      if (i < BLOCKED_NAMED) {
        body.append("- ")
            .append(listing(b))
            .append(": ")
            .append(b.title())
            .append(marks.isEmpty() ? "" : " (" + String.join(", ", marks) + ")")
            .append('\n');
      }
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("listingId", b.listingId());
      item.put("version", b.version());
      item.put("sku", b.sku());
      item.put("asin", b.asin());
      item.put("score", b.score());
      item.put("marks", List.copyOf(marks));
      listed.add(item);
    }
    if (all.size() > BLOCKED_NAMED) {
      body.append("and ").append(all.size() - BLOCKED_NAMED).append(" more.\n");
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("count", all.size());
    data.put("listings", listed);
    Map<String, Object> ids = new LinkedHashMap<>();
    ids.put("count", all.size());
    ids.put("listingIds", all.stream().map(BlockedListings.Blocked::listingId).toList());
    return new Notification(
        "finding:block:batch:" + first.versionId() + "-" + last.versionId() + ":" + all.size(),
        EventType.LISTING_BLOCKED,
        all.size() + " listings are blocked",
        body.toString(),
        "/listings?decision=BLOCK",
        data,
        ids);
  }

  /** How many complaints a summary of new complaints names before it only counts them. */
  static final int COMPLAINTS_NAMED = 20;

  /**
   * One message for many complaints recorded at once, as when a seller imports the complaints of
   * past months: they are not news one by one. The key names the first and last complaint and the
   * count, so the same batch is never summarized twice; the webhook data holds every complaint id.
   */
  static Notification complaintsReceived(List<Complaint> all) {
    var first = all.get(0);
    var last = all.get(all.size() - 1);
    var body =
        new StringBuilder().append(plural(all.size(), "complaint")).append(" were recorded.\n\n");
    List<Map<String, Object>> named = new ArrayList<>();
    for (Complaint c : all.subList(0, Math.min(COMPLAINTS_NAMED, all.size()))) {
      var asins = c.products().stream().map(Complaint.Product::asin).toList();
      body.append("- ")
          .append(c.reference().isEmpty() ? "#" + c.id() : c.reference())
          .append(", ")
          .append(c.type() == null ? "unknown type" : c.type().label())
          .append(", ")
          .append(c.rightsOwner().isEmpty() ? "rights owner not given" : c.rightsOwner())
          .append(asins.isEmpty() ? "" : ": " + String.join(", ", asins))
          .append('\n');
      named.add(complaintData(c));
    }
    if (all.size() > COMPLAINTS_NAMED) {
      body.append("and ").append(all.size() - COMPLAINTS_NAMED).append(" more.\n");
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("count", all.size());
    data.put("complaintIds", all.stream().map(Complaint::id).toList());
    data.put("complaints", named);
    Map<String, Object> ids = new LinkedHashMap<>();
    ids.put("count", all.size());
    ids.put("complaintIds", all.stream().map(Complaint::id).toList());
    return new Notification(
        "complaint:batch:" + first.id() + "-" + last.id() + ":" + all.size(),
        EventType.COMPLAINT_RECEIVED,
        plural(all.size(), "complaint") + " were recorded",
        body.toString(),
        "/complaints",
        data,
        ids);
  }

  static Notification digest(Digest d) {
    var body = new StringBuilder("Clearmark for ").append(d.day()).append(".\n");
    List<String> counts = new ArrayList<>();
    if (!d.deadlines().isEmpty()) {
      body.append("\nOpen deadlines:\n");
      for (Digest.Due due : d.deadlines()) {
        long left = due.deadline().daysLeft(d.day());
        body.append("- ")
            .append(due.deadline().due())
            .append(' ')
            .append(left < 0 ? "OVERDUE by " + plural(-left, "day") : days(left))
            .append(": ")
            .append(due.deadline().what())
            .append(", ")
            .append(kind(due.complaint()))
            .append(' ')
            .append(name(due.complaint()))
            .append("\n");
      }
      counts.add(plural(d.deadlines().size(), "deadline"));
    }
    if (!d.expiring().isEmpty()) {
      body.append("\nAuthorizations ending within ").append(Digest.EXPIRY_DAYS).append(" days:\n");
      for (Authorization a : d.expiring()) {
        body.append("- ")
            .append(a.validTo())
            .append(": ")
            .append(a.kind())
            .append(" from ")
            .append(a.licensor())
            .append(" for ")
            .append(String.join(", ", new TreeSet<>(a.brands())))
            .append("\n");
      }
      counts.add(plural(d.expiring().size(), "expiring authorization"));
    }
    if (!d.complaints().isEmpty()) {
      body.append("\nComplaints recorded in the last 24 hours:\n");
      for (Complaint c : d.complaints()) {
        body.append("- ").append(kind(c)).append(' ').append(name(c)).append(from(c)).append("\n");
      }
      counts.add(plural(d.complaints().size(), "new complaint"));
    }
    if (!d.blocked().isEmpty()) {
      body.append("\nListings blocked in the last 24 hours:\n");
      for (BlockedListings.Blocked b :
          d.blocked().subList(0, Math.min(BLOCKED_NAMED, d.blocked().size()))) {
        body.append("- ").append(listing(b)).append(": ").append(b.title()).append("\n");
      }
      if (d.blocked().size() > BLOCKED_NAMED) {
        body.append("and ").append(d.blocked().size() - BLOCKED_NAMED).append(" more.\n");
      }
      counts.add(plural(d.blocked().size(), "blocked listing"));
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("day", d.day().toString());
    data.put("deadlines", d.deadlines().size());
    data.put("expiringAuthorizations", d.expiring().size());
    data.put("newComplaints", d.complaints().size());
    data.put("blockedListings", d.blocked().size());
    return new Notification(
        "digest:" + d.day(),
        EventType.DIGEST,
        "Clearmark daily digest, " + d.day() + ": " + String.join(", ", counts),
        body.toString(),
        "/",
        data);
  }

  static Notification test(String organizationName, String requestedBy, Instant at, String nonce) {
    return new Notification(
        "test:" + at.truncatedTo(ChronoUnit.SECONDS) + ":" + nonce,
        EventType.TEST,
        "Test notification from Clearmark",
        "This is a test notification for "
            + organizationName
            + ", sent at the request of "
            + requestedBy
            + " at "
            + at.truncatedTo(ChronoUnit.SECONDS)
            + ".\nIf it arrived, notifications reach you here.\n",
        "/settings/notifications",
        Map.of("organization", organizationName, "requestedBy", requestedBy));
  }

  /**
   * A stable code for a deadline, for event keys and webhook data: the policy names its deadlines
   * in words, and these are the words it uses.
   */
  static String deadlineKind(Deadline d) {
    String what = d.what().toLowerCase(Locale.ROOT);
    if (what.startsWith("respond")) {
      return "RESPONSE";
    }
    if (what.startsWith("act")) {
      return "AT_RISK";
    }
    if (what.contains("inventory")) {
      return "INVENTORY";
    }
    return what.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "").toUpperCase(Locale.ROOT);
  }

  private static void facts(StringBuilder body, Complaint c) {
    body.append("Complaint ID: ")
        .append(c.reference().isEmpty() ? "(not given)" : c.reference())
        .append("\nType: ")
        .append(c.type() == null ? "unknown" : c.type().label())
        .append("\nFrom: ")
        .append(c.rightsOwner().isEmpty() ? "(not given)" : c.rightsOwner());
    if (!c.rightsOwnerEmail().isEmpty()) {
      body.append(" <").append(c.rightsOwnerEmail()).append('>');
    }
    body.append("\nNotice date: ").append(c.noticeDate() == null ? "unknown" : c.noticeDate());
    if (c.accountHealthBelow100()) {
      body.append("\nAccount health is below 100.");
    }
    if (!c.products().isEmpty()) {
      body.append("\nProducts:");
      for (Complaint.Product p : c.products()) {
        body.append("\n- ").append(p.asin());
        if (!p.title().isEmpty()) {
          body.append(' ').append(p.title());
        }
      }
    }
    body.append("\n");
  }

  private static Map<String, Object> complaintData(Complaint c) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("complaintId", c.id());
    data.put("reference", c.reference());
    data.put("type", c.type() == null ? null : c.type().name());
    data.put("status", c.status().name());
    data.put("rightsOwner", c.rightsOwner());
    data.put("noticeDate", c.noticeDate() == null ? null : c.noticeDate().toString());
    data.put("asins", c.products().stream().map(Complaint.Product::asin).toList());
    return data;
  }

  private static String kind(Complaint c) {
    return c.type() == null
        ? "complaint"
        : c.type().label().toLowerCase(Locale.ROOT) + " complaint";
  }

  private static String name(Complaint c) {
    return c.reference().isEmpty() ? "#" + c.id() : c.reference();
  }

  private static String from(Complaint c) {
    return c.rightsOwner().isEmpty() ? "" : " from " + c.rightsOwner();
  }

  private static String listing(BlockedListings.Blocked b) {
    return b.sku().equals(b.asin()) || b.asin().isEmpty()
        ? b.sku()
        : b.sku() + " (" + b.asin() + ")";
  }

  private static String article(String word) {
    return "aeiou".indexOf(word.charAt(0)) >= 0 ? "An" : "A";
  }

  private static String days(long left) {
    if (left < 0) {
      return "overdue by " + plural(-left, "day");
    }
    if (left == 0) {
      return "due today";
    }
    return left == 1 ? "due tomorrow" : "in " + left + " days";
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
