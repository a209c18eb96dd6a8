package com.clearmark.app.shared;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;

/**
 * The longest value, and the most values, the service accepts for each thing a user supplies: one
 * constant per value, used by every check of it (API, forms and imports) and by the column it is
 * stored in. A value over its limit is refused with a message naming the field, before screening
 * and before anything is written, never cut. The same figures are listed in docs/configuration.md
 * (section "Limits"). Each {@code varchar} column of the schema is exactly as wide as its constant
 * here; {@code SchemaMatchesFieldLimitsTest} reads the migrated schema on H2 and PostgreSQL and
 * fails when a column and its constant disagree or a column has none, so no other class declares a
 * column length. Templates read the same figures as {@code ${limits.SKU}} (see {@code
 * web/LimitsForPages}).
 */
public final class FieldLimits {

  private FieldLimits() {}

  // ---- A listing (API, screening and catalogue imports) ----

  /** A seller SKU. */
  public static final int SKU = 200;

  /** An ASIN as stored; a marketplace ASIN has 10 characters, other identifiers up to 20. */
  public static final int ASIN = 20;

  /** An ASIN typed into a form field: exactly {@link Asin#LENGTH} characters. */
  public static final int ASIN_TYPED = Asin.LENGTH;

  /** A listing title. */
  public static final int TITLE = 2000;

  /** A listing's brand. */
  public static final int BRAND = 500;

  /** All bullet points of a listing together, counted as stored: one a line. */
  public static final int BULLET_POINTS = 20_000;

  /** A listing description. */
  public static final int DESCRIPTION = 50_000;

  /** A listing's search terms (generic keywords). */
  public static final int SEARCH_TERMS = 5000;

  /** A currency code. */
  public static final int CURRENCY = 8;

  /** A product category. */
  public static final int CATEGORY = 500;

  /** A marketplace code. */
  public static final int MARKETPLACE = 40;

  // ---- A mark (registry forms, API and imports) ----

  /** A mark's name as registered. */
  public static final int MARK_NAME = 500;

  /** A mark's owner. */
  public static final int MARK_OWNER = 500;

  /** A registration or application number. */
  public static final int REGISTRATION = 64;

  /** A trademark office code. */
  public static final int JURISDICTION = 16;

  // ---- Complaints ----

  /** The ASINs one complaint may name; a notice about more is recorded as several complaints. */
  public static final int ASINS_PER_COMPLAINT = 1000;

  /** A complaint ID from the notice. */
  public static final int COMPLAINT_REFERENCE = 100;

  /** The registration number a complaint asserts. */
  public static final int COMPLAINT_REGISTRATION = 100;

  /** A complainant's name, and the brand a complaint is about. */
  public static final int RIGHTS_OWNER = 300;

  /** An email address (of a member, a supplier or a rights owner). */
  public static final int EMAIL = 320;

  /** A pasted notification. */
  public static final int NOTIFICATION_TEXT = 20_000;

  // ---- Proof of source ----

  /** The lines of one invoice. */
  public static final int LINES_PER_INVOICE = 200;

  /** An invoice number. */
  public static final int INVOICE_NUMBER = 100;

  /** A brand on an invoice line. */
  public static final int INVOICE_BRAND = 300;

  /** A product description on an invoice line. */
  public static final int INVOICE_PRODUCT = 500;

  /** A supplier's name, as on its invoices. */
  public static final int SUPPLIER_NAME = 300;

  /** A supplier's postal address. */
  public static final int SUPPLIER_ADDRESS = 1000;

  /** A telephone number. */
  public static final int PHONE = 100;

  /** A website address. */
  public static final int WEBSITE = 500;

  // ---- Authorizations ----

  /** The ASINs one authorization may list. */
  public static final int ASINS_PER_AUTHORIZATION = 1000;

  /** The SKUs one authorization may list. */
  public static final int SKUS_PER_AUTHORIZATION = 1000;

  /** All ASINs, or all SKUs, of one authorization together, one a line, as stored. */
  public static final int AUTHORIZATION_SCOPE_TEXT = 20_000;

  /** The fields a parsed notice was missing, as stored: their names, comma-separated. */
  public static final int MISSING_FIELDS = 1000;

  /** A note written with a complaint's status move or action. */
  public static final int COMPLAINT_NOTE = 2000;

  // ---- Suppliers ----
  // ---- Authorizations' own fields ----

  /** The licensor who granted an authorization. */
  public static final int LICENSOR = 300;

  /** All brands of one authorization together, one a line, as stored. */
  public static final int AUTHORIZATION_BRANDS = 2000;

  /** All marketplaces of one authorization together, one a line, as stored. */
  public static final int AUTHORIZATION_MARKETPLACES = 500;

  // ---- Accounts ----

  /** An organization's name. */
  public static final int ORGANIZATION_NAME = 200;

  /** A person's name. */
  public static final int PERSON_NAME = 200;

  /** A password as typed (the policy's longest; only its hash is stored). */
  public static final int PASSWORD = 128;

  /** An invitation code as typed, with or without its dashes and blanks. */
  public static final int INVITATION_CODE = 100;

  /** An API token's name. */
  public static final int TOKEN_NAME = 100;

  /** Who did something, as the audit log and a complaint's history show it: a name or an email. */
  public static final int ACTOR_NAME = 320;

  // ---- Review ----

  /** Why a finding was dismissed or a risk accepted. */
  public static final int REASON = 1000;

  // ---- Imports ----

  /** An import's idempotency key. */
  public static final int IDEMPOTENCY_KEY = 200;

  /** An uploaded file's name as kept (the name shown is shortened further, see UploadNames). */
  public static final int FILE_NAME = 255;

  // ---- Notifications ----

  /** All recipients of the notification emails together, comma-separated. */
  public static final int RECIPIENTS = 4000;

  /** A webhook address. */
  public static final int WEBHOOK_URL = 2000;

  // ---- Written by the service itself, never typed in ----

  /** A role (ADMIN, REVIEWER, VIEWER). */
  public static final int ROLE = 16;

  /** A password hash as the encoder writes it. */
  public static final int PASSWORD_HASH = 255;

  /** A SHA-256 digest in hexadecimal, also the name a stored file is given. */
  public static final int SHA256_HEX = 64;

  /** The visible start of an API token. */
  public static final int TOKEN_PREFIX = 16;

  /** A job's kind. */
  public static final int JOB_KIND = 24;

  /** A job's status. */
  public static final int JOB_STATUS = 16;

  /** The format an import was read in. */
  public static final int FILE_FORMAT = 40;

  /** A job's closing message. */
  public static final int JOB_MESSAGE = 2000;

  /** The field (or fields) a job problem is about. */
  public static final int PROBLEM_FIELD = 100;

  /** What a job problem says. */
  public static final int PROBLEM_MESSAGE = 1000;

  /** A mark's status (LIVE, DEAD, PENDING). */
  public static final int MARK_STATUS = 8;

  /** A mark's Nice classes as stored, comma-separated. */
  public static final int NICE_CLASSES = 200;

  /** A screening decision (PASS, REVIEW, BLOCK). */
  public static final int DECISION = 8;

  /** A listing's review status. */
  public static final int REVIEW_STATUS = 16;

  /** A screening rule's name. */
  public static final int RULE = 32;

  /** A finding's category. */
  public static final int FINDING_CATEGORY = 24;

  /** A finding's severity. */
  public static final int SEVERITY = 8;

  /** The listing field a finding was found in. */
  public static final int LISTING_FIELD = 40;

  /** The listing text a finding quotes. */
  public static final int EVIDENCE = 2000;

  /** A finding's explanation. */
  public static final int EXPLANATION = 2000;

  /** An audit action (see AuditAction). */
  public static final int AUDIT_ACTION = 40;

  /** What an audit entry is about (LISTING, MARK, ...). */
  public static final int AUDIT_SUBJECT_TYPE = 24;

  /** An audit entry's summary or reason; a longer one is shortened, never refused. */
  public static final int AUDIT_TEXT = 1000;

  /** The type detected in an uploaded document (PDF, PNG, ...). */
  public static final int DOCUMENT_TYPE = 16;

  /** An authorization's kind. */
  public static final int AUTHORIZATION_KIND = 40;

  /** A complaint's type. */
  public static final int COMPLAINT_TYPE = 32;

  /** A complaint's origin. */
  public static final int COMPLAINT_ORIGIN = 16;

  /** A complaint's status. */
  public static final int COMPLAINT_STATUS = 24;

  /** An action taken on a complaint. */
  public static final int COMPLAINT_ACTION = 32;

  /** A webhook's signing secret. */
  public static final int WEBHOOK_SECRET = 100;

  /** The events a notification setting subscribes to, comma-separated. */
  public static final int EVENTS = 200;

  /** The key that makes a notification unique. */
  public static final int EVENT_KEY = 200;

  /** A notification's event type. */
  public static final int EVENT_TYPE = 32;

  /** A notification's subject line. */
  public static final int MESSAGE_SUBJECT = 300;

  /** A notification's text. */
  public static final int MESSAGE_BODY = 20_000;

  /** A notification's webhook payload. */
  public static final int MESSAGE_PAYLOAD = 20_000;

  /** A delivery's status. */
  public static final int DELIVERY_STATUS = 8;

  /** Why a delivery failed. */
  public static final int DELIVERY_ERROR = 1000;

  // ---- Appeal letters ----

  /** An appeal letter as the seller edited it: a plan of action is read in a few minutes. */
  public static final int APPEAL_LETTER = 20_000;

  /** Which letter of an appeal, as its kind's name. */
  public static final int APPEAL_LETTER_KIND = 24;

  // ---- Enforcement cases and test buys ----

  /** An enforcement case's status. */
  public static final int CASE_STATUS = 20;

  /** The kind of a line of a case's timeline. */
  public static final int CASE_EVENT_KIND = 32;

  /** What a line of a case's timeline says. */
  public static final int CASE_EVENT_SUMMARY = 2000;

  /** A test buy's marketplace order id. */
  public static final int TEST_BUY_ORDER_ID = 100;

  /** What a test buy showed. */
  public static final int TEST_BUY_OUTCOME = 16;

  /** A note written with a test buy. */
  public static final int TEST_BUY_NOTE = 2000;

  // ---- Stay-down fingerprints ----

  /** A fingerprint's MinHash signature in base64 (684 characters for the standard 128 slots). */
  public static final int FINGERPRINT_SIGNATURE = 2000;

  /** The marketplace's own id of a removed listing, as wide as a monitored listing's. */
  public static final int FINGERPRINT_LISTING_ID = 100;

  // ---- Notices we send (issue 15, notice feature) ----

  /** A notice's regime, by name. */
  public static final int NOTICE_REGIME = 16;

  /** The right a notice asserts, by name. */
  public static final int NOTICE_IP_TYPE = 16;

  /** A notice's status, by name. */
  public static final int NOTICE_STATUS = 12;

  /** The copyrighted work a notice identifies. */
  public static final int NOTICE_WORK = 1000;

  /** A notice's explanation. */
  public static final int NOTICE_BODY = 20_000;

  /** The message to the seller eBay's VeRO form takes. */
  public static final int NOTICE_MESSAGE_TO_SELLER = 1000;

  /** How a notice was sent, by name. */
  public static final int NOTICE_SEND_CHANNEL = 16;

  /** The address or portal a notice was sent to. */
  public static final int NOTICE_SENT_TO = 320;

  /** The reason code of one item of a notice. */
  public static final int NOTICE_REASON_CODE = 16;

  /** Who files a notice, by name. */
  public static final int NOTICE_SUBMITTER = 16;

  /** Where the infringement appears, as names joined by commas. */
  public static final int NOTICE_APPEARS_IN = 100;

  /** The test buys' order ids a notice cites, joined by commas. */
  public static final int NOTICE_TEST_BUY_ORDERS = 2000;

  /** The signature a notice carries (the signer's typed name). */
  public static final int NOTICE_SIGNATURE = 300;

  /** The listing id (ASIN, item number) a notice names. */
  public static final int NOTICE_LISTING_ID = 100;

  /** The URL of a listing a notice names. */
  public static final int NOTICE_LISTING_URL = 2000;

  /** The cases one notice may cover. */
  public static final int CASES_PER_NOTICE = 200;

  // ---- Copyright: registered works and listing images (issue 16) ----

  /** A work's kind, by name. */
  public static final int WORK_KIND = 16;

  /** A work's title: a short name a person recognises. */
  public static final int WORK_TITLE = 300;

  /** Who holds a work's copyright. */
  public static final int WORK_OWNER = 300;

  /** What a work is, in a sentence or two. */
  public static final int WORK_DESCRIPTION = 2000;

  /** The text of a text work, as long as a listing's description it may be copied into. */
  public static final int WORK_TEXT = DESCRIPTION;

  /** An image's perceptual hashes as the engine encodes them. */
  public static final int IMAGE_HASHES = 2000;

  /** An image's type, read from its content. */
  public static final int IMAGE_TYPE = 16;

  /** The images one listing may carry; marketplaces show at most nine. */
  public static final int IMAGES_PER_LISTING = 20;

  // ---- Monitoring (third-party listings captured for a brand) ----

  /** A marketplace's own id of a listing: ASIN, eBay item number and the like. */
  public static final int MARKETPLACE_LISTING_ID = 100;

  /** Where a captured listing was found. */
  public static final int CAPTURE_URL = 2000;

  /** A marketplace's own id of a seller (storefront). */
  public static final int MARKETPLACE_SELLER_ID = 100;

  /** A storefront's name as the marketplace shows it. */
  public static final int MARKETPLACE_SELLER_NAME = 300;

  /** A why-note on an authorized seller. */
  public static final int AUTHORIZED_SELLER_NOTE = 1000;

  // ---- Patents (issue 16, patent feature) ----

  /** A patent number without country or kind code, as "10123456", "D912345" or "RE49123". */
  public static final int PATENT_NUMBER = 20;

  /** A patent's kind code, as "B2" or "S1". */
  public static final int PATENT_KIND = 4;

  /** A patent's type as stored: UTILITY, DESIGN, PLANT or REISSUE. */
  public static final int PATENT_TYPE = 16;

  /** A patent's title. */
  public static final int PATENT_TITLE = 1000;

  /** A patent's assignee (or inventors, when unassigned). */
  public static final int PATENT_ASSIGNEE = 500;

  /** A patent's CPC classifications together, separated by "|". */
  public static final int PATENT_CPC = 2000;

  /** One claim as written; the engine refuses longer ones (ClaimText.MAX_CHARS). */
  public static final int PATENT_CLAIM = 20_000;

  /** The claims one patent may have in the register. */
  public static final int PATENT_CLAIMS = 200;

  /** Listings one claim chart compares, as a patent evaluation (APEX) allows. */
  public static final int CHART_LISTINGS = 20;

  // ---- What a page shows of a long list ----

  /** How many ASINs a list page shows of one record before "and N more". */
  public static final int SHOWN_IN_LISTS = 20;

  private static final Map<String, Integer> BY_NAME = byName();

  /**
   * Every limit above by its constant's name, for pages: {@code th:maxlength="${limits.SKU}"}. Read
   * once from the class, so a new constant is there without being listed twice.
   */
  public static Map<String, Integer> all() {
    return BY_NAME;
  }

  private static Map<String, Integer> byName() {
    var out = new TreeMap<String, Integer>();
    for (Field f : FieldLimits.class.getFields()) {
      int m = f.getModifiers();
      if (Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == int.class) {
        try {
          out.put(f.getName(), f.getInt(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read FieldLimits." + f.getName(), e);
        }
      }
    }
    return Map.copyOf(out);
  }
}
