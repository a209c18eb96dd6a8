package com.clearmark.app.shared;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.support.PostgresServer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Every text column of the migrated schema is exactly as wide as the {@link FieldLimits} constant
 * declared for it below, on H2 and on PostgreSQL: a migration that widens or narrows a column, or
 * adds one, fails here until the constant (and so every check and form field that uses it) agrees.
 */
class SchemaMatchesFieldLimitsTest {

  /** Each varchar column, as {@code table.column}, and the limit that governs it. */
  private static final Map<String, Integer> COLUMNS =
      Map.ofEntries(
          entry("organizations.name", FieldLimits.ORGANIZATION_NAME),
          entry("users.email", FieldLimits.EMAIL),
          entry("users.name", FieldLimits.PERSON_NAME),
          entry("users.password_hash", FieldLimits.PASSWORD_HASH),
          entry("memberships.role", FieldLimits.ROLE),
          entry("api_tokens.name", FieldLimits.TOKEN_NAME),
          entry("api_tokens.token_hash", FieldLimits.SHA256_HEX),
          entry("api_tokens.token_prefix", FieldLimits.TOKEN_PREFIX),
          entry("api_tokens.role", FieldLimits.ROLE),
          entry("jobs.kind", FieldLimits.JOB_KIND),
          entry("jobs.status", FieldLimits.JOB_STATUS),
          entry("jobs.file_name", FieldLimits.FILE_NAME),
          entry("jobs.format", FieldLimits.FILE_FORMAT),
          entry("jobs.message", FieldLimits.JOB_MESSAGE),
          entry("jobs.idempotency_key", FieldLimits.IDEMPOTENCY_KEY),
          entry("job_problems.field", FieldLimits.PROBLEM_FIELD),
          entry("job_problems.message", FieldLimits.PROBLEM_MESSAGE),
          entry("marks.name", FieldLimits.MARK_NAME),
          entry("marks.owner", FieldLimits.MARK_OWNER),
          entry("marks.registration", FieldLimits.REGISTRATION),
          entry("marks.jurisdiction", FieldLimits.JURISDICTION),
          entry("marks.nice_classes", FieldLimits.NICE_CLASSES),
          entry("marks.status", FieldLimits.MARK_STATUS),
          entry("listings.sku", FieldLimits.SKU),
          entry("listings.asin", FieldLimits.ASIN),
          entry("listings.brand", FieldLimits.BRAND),
          entry("listings.title", FieldLimits.TITLE),
          entry("listings.decision", FieldLimits.DECISION),
          entry("listings.review_status", FieldLimits.REVIEW_STATUS),
          entry("listings.content_hash", FieldLimits.SHA256_HEX),
          entry("listing_versions.title", FieldLimits.TITLE),
          entry("listing_versions.brand", FieldLimits.BRAND),
          entry("listing_versions.bullet_points", FieldLimits.BULLET_POINTS),
          entry("listing_versions.description", FieldLimits.DESCRIPTION),
          entry("listing_versions.search_terms", FieldLimits.SEARCH_TERMS),
          entry("listing_versions.currency", FieldLimits.CURRENCY),
          entry("listing_versions.category", FieldLimits.CATEGORY),
          entry("listing_versions.marketplace", FieldLimits.MARKETPLACE),
          entry("listing_versions.decision", FieldLimits.DECISION),
          entry("findings.rule", FieldLimits.RULE),
          entry("findings.category", FieldLimits.FINDING_CATEGORY),
          entry("findings.severity", FieldLimits.SEVERITY),
          entry("findings.mark", FieldLimits.MARK_NAME),
          entry("findings.registration", FieldLimits.REGISTRATION),
          entry("findings.owner", FieldLimits.MARK_OWNER),
          entry("findings.field", FieldLimits.LISTING_FIELD),
          entry("findings.evidence", FieldLimits.EVIDENCE),
          entry("findings.explanation", FieldLimits.EXPLANATION),
          entry("allowed_findings.rule", FieldLimits.RULE),
          entry("allowed_findings.mark", FieldLimits.MARK_NAME),
          entry("allowed_findings.reason", FieldLimits.REASON),
          entry("audit_log.actor_name", FieldLimits.ACTOR_NAME),
          entry("audit_log.action", FieldLimits.AUDIT_ACTION),
          entry("audit_log.subject_type", FieldLimits.AUDIT_SUBJECT_TYPE),
          entry("audit_log.summary", FieldLimits.AUDIT_TEXT),
          entry("audit_log.reason", FieldLimits.AUDIT_TEXT),
          entry("documents.original_name", FieldLimits.FILE_NAME),
          entry("documents.stored_name", FieldLimits.SHA256_HEX),
          entry("documents.detected_type", FieldLimits.DOCUMENT_TYPE),
          entry("documents.sha256", FieldLimits.SHA256_HEX),
          entry("suppliers.name", FieldLimits.SUPPLIER_NAME),
          entry("suppliers.address", FieldLimits.SUPPLIER_ADDRESS),
          entry("suppliers.phone", FieldLimits.PHONE),
          entry("suppliers.email", FieldLimits.EMAIL),
          entry("suppliers.website", FieldLimits.WEBSITE),
          entry("invoices.number", FieldLimits.INVOICE_NUMBER),
          entry("invoice_lines.brand", FieldLimits.INVOICE_BRAND),
          entry("invoice_lines.product", FieldLimits.INVOICE_PRODUCT),
          entry("invoice_lines.asin", FieldLimits.ASIN),
          entry("invoice_lines.sku", FieldLimits.SKU),
          entry("sales.asin", FieldLimits.ASIN),
          entry("sales.sku", FieldLimits.SKU),
          entry("authorizations.kind", FieldLimits.AUTHORIZATION_KIND),
          entry("authorizations.licensor", FieldLimits.LICENSOR),
          entry("authorizations.brands", FieldLimits.AUTHORIZATION_BRANDS),
          entry("authorizations.marketplaces", FieldLimits.AUTHORIZATION_MARKETPLACES),
          entry("authorizations.asins", FieldLimits.AUTHORIZATION_SCOPE_TEXT),
          entry("authorizations.skus", FieldLimits.AUTHORIZATION_SCOPE_TEXT),
          entry("complaints.reference", FieldLimits.COMPLAINT_REFERENCE),
          entry("complaints.type", FieldLimits.COMPLAINT_TYPE),
          entry("complaints.origin", FieldLimits.COMPLAINT_ORIGIN),
          entry("complaints.status", FieldLimits.COMPLAINT_STATUS),
          entry("complaints.registration", FieldLimits.COMPLAINT_REGISTRATION),
          entry("complaints.rights_owner", FieldLimits.RIGHTS_OWNER),
          entry("complaints.rights_owner_email", FieldLimits.EMAIL),
          entry("complaints.brand", FieldLimits.RIGHTS_OWNER),
          entry("complaints.raw_text", FieldLimits.NOTIFICATION_TEXT),
          entry("complaints.missing_fields", FieldLimits.MISSING_FIELDS),
          entry("complaint_asins.asin", FieldLimits.ASIN),
          entry("complaint_asins.title", FieldLimits.TITLE),
          entry("complaint_actions.action", FieldLimits.COMPLAINT_ACTION),
          entry("complaint_actions.note", FieldLimits.COMPLAINT_NOTE),
          entry("complaint_actions.actor_name", FieldLimits.ACTOR_NAME),
          entry("notification_settings.recipients", FieldLimits.RECIPIENTS),
          entry("notification_settings.webhook_url", FieldLimits.WEBHOOK_URL),
          entry("notification_settings.webhook_secret", FieldLimits.WEBHOOK_SECRET),
          entry("notification_settings.events", FieldLimits.EVENTS),
          entry("notification_outbox.event_key", FieldLimits.EVENT_KEY),
          entry("notification_outbox.event_type", FieldLimits.EVENT_TYPE),
          entry("notification_outbox.subject", FieldLimits.MESSAGE_SUBJECT),
          entry("notification_outbox.body", FieldLimits.MESSAGE_BODY),
          entry("notification_outbox.payload", FieldLimits.MESSAGE_PAYLOAD),
          entry("notification_outbox.email_status", FieldLimits.DELIVERY_STATUS),
          entry("notification_outbox.email_error", FieldLimits.DELIVERY_ERROR),
          entry("notification_outbox.webhook_status", FieldLimits.DELIVERY_STATUS),
          entry("notification_outbox.webhook_error", FieldLimits.DELIVERY_ERROR),
          entry("invitations.role", FieldLimits.ROLE),
          entry("invitations.code_hash", FieldLimits.SHA256_HEX),
          entry("appeal_contacts.name", FieldLimits.PERSON_NAME),
          entry("appeal_contacts.email", FieldLimits.EMAIL),
          entry("appeal_contacts.phone", FieldLimits.PHONE),
          entry("appeal_contacts.address", FieldLimits.SUPPLIER_ADDRESS),
          entry("appeal_letters.kind", FieldLimits.APPEAL_LETTER_KIND),
          entry("appeal_letters.body", FieldLimits.APPEAL_LETTER),
          entry("appeal_letters.updated_by", FieldLimits.ACTOR_NAME),
          entry("enforcement_cases.marketplace", FieldLimits.MARKETPLACE),
          entry("enforcement_cases.rule", FieldLimits.RULE),
          entry("enforcement_cases.mark", FieldLimits.MARK_NAME),
          entry("enforcement_cases.registration", FieldLimits.REGISTRATION),
          entry("enforcement_cases.status", FieldLimits.CASE_STATUS),
          entry("enforcement_cases.dismiss_reason", FieldLimits.REASON),
          entry("case_events.kind", FieldLimits.CASE_EVENT_KIND),
          entry("case_events.from_status", FieldLimits.CASE_STATUS),
          entry("case_events.to_status", FieldLimits.CASE_STATUS),
          entry("case_events.summary", FieldLimits.CASE_EVENT_SUMMARY),
          entry("case_events.actor_name", FieldLimits.ACTOR_NAME),
          entry("test_buys.order_id", FieldLimits.TEST_BUY_ORDER_ID),
          entry("test_buys.outcome", FieldLimits.TEST_BUY_OUTCOME),
          entry("test_buys.note", FieldLimits.TEST_BUY_NOTE),
          entry("enforcement_allowed.rule", FieldLimits.RULE),
          entry("enforcement_allowed.mark", FieldLimits.MARK_NAME),
          entry("enforcement_allowed.reason", FieldLimits.REASON),
          entry("enforcement_settings.rights_owner", FieldLimits.RIGHTS_OWNER),
          entry("enforcement_settings.agent_name", FieldLimits.RIGHTS_OWNER),
          entry("enforcement_settings.contact_name", FieldLimits.PERSON_NAME),
          entry("enforcement_settings.contact_email", FieldLimits.EMAIL),
          entry("enforcement_settings.contact_phone", FieldLimits.PHONE),
          entry("enforcement_settings.contact_address", FieldLimits.SUPPLIER_ADDRESS),
          entry("fingerprints.marketplace", FieldLimits.MARKETPLACE),
          entry("fingerprints.listing_id", FieldLimits.FINGERPRINT_LISTING_ID),
          entry("fingerprints.signature", FieldLimits.FINGERPRINT_SIGNATURE),
          entry("works.kind", FieldLimits.WORK_KIND),
          entry("works.title", FieldLimits.WORK_TITLE),
          entry("works.owner", FieldLimits.WORK_OWNER),
          entry("works.description", FieldLimits.WORK_DESCRIPTION),
          entry("works.body", FieldLimits.WORK_TEXT),
          entry("works.original_name", FieldLimits.FILE_NAME),
          entry("works.stored_name", FieldLimits.SHA256_HEX),
          entry("works.detected_type", FieldLimits.IMAGE_TYPE),
          entry("works.sha256", FieldLimits.SHA256_HEX),
          entry("works.image_hashes", FieldLimits.IMAGE_HASHES),
          entry("listing_images.listing_key", FieldLimits.SKU),
          entry("listing_images.original_name", FieldLimits.FILE_NAME),
          entry("listing_images.stored_name", FieldLimits.SHA256_HEX),
          entry("listing_images.detected_type", FieldLimits.IMAGE_TYPE),
          entry("listing_images.sha256", FieldLimits.SHA256_HEX),
          entry("listing_images.image_hashes", FieldLimits.IMAGE_HASHES),
          entry("capture_images.marketplace", FieldLimits.MARKETPLACE),
          entry("capture_images.listing_id", FieldLimits.MARKETPLACE_LISTING_ID),
          entry("capture_images.original_name", FieldLimits.FILE_NAME),
          entry("capture_images.stored_name", FieldLimits.SHA256_HEX),
          entry("capture_images.detected_type", FieldLimits.IMAGE_TYPE),
          entry("capture_images.sha256", FieldLimits.SHA256_HEX),
          entry("capture_images.image_hashes", FieldLimits.IMAGE_HASHES),
          entry("notices.regime", FieldLimits.NOTICE_REGIME),
          entry("notices.ip_type", FieldLimits.NOTICE_IP_TYPE),
          entry("notices.marketplace", FieldLimits.MARKETPLACE),
          entry("notices.status", FieldLimits.NOTICE_STATUS),
          entry("notices.mark", FieldLimits.MARK_NAME),
          entry("notices.registration", FieldLimits.REGISTRATION),
          entry("notices.work", FieldLimits.NOTICE_WORK),
          entry("notices.body", FieldLimits.NOTICE_BODY),
          entry("notices.message_to_seller", FieldLimits.NOTICE_MESSAGE_TO_SELLER),
          entry("notices.drafted_by_name", FieldLimits.ACTOR_NAME),
          entry("notices.approved_by_name", FieldLimits.ACTOR_NAME),
          entry("notices.sent_via", FieldLimits.NOTICE_SEND_CHANNEL),
          entry("notices.sent_to", FieldLimits.NOTICE_SENT_TO),
          entry("notices.submitter", FieldLimits.NOTICE_SUBMITTER),
          entry("notices.rights_owner", FieldLimits.RIGHTS_OWNER),
          entry("notices.agent_name", FieldLimits.RIGHTS_OWNER),
          entry("notices.contact_name", FieldLimits.PERSON_NAME),
          entry("notices.contact_email", FieldLimits.EMAIL),
          entry("notices.contact_phone", FieldLimits.PHONE),
          entry("notices.contact_address", FieldLimits.SUPPLIER_ADDRESS),
          entry("notices.appears_in", FieldLimits.NOTICE_APPEARS_IN),
          entry("notices.test_buy_orders", FieldLimits.NOTICE_TEST_BUY_ORDERS),
          entry("notices.signature", FieldLimits.NOTICE_SIGNATURE),
          entry("notice_cases.reason_code", FieldLimits.NOTICE_REASON_CODE),
          entry("notice_cases.listing_id", FieldLimits.NOTICE_LISTING_ID),
          entry("notice_cases.url", FieldLimits.NOTICE_LISTING_URL),
          entry("marketplace_sellers.marketplace", FieldLimits.MARKETPLACE),
          entry("marketplace_sellers.seller_id", FieldLimits.MARKETPLACE_SELLER_ID),
          entry("marketplace_sellers.name", FieldLimits.MARKETPLACE_SELLER_NAME),
          entry("marketplace_sellers.address", FieldLimits.SUPPLIER_ADDRESS),
          entry("marketplace_sellers.phone", FieldLimits.PHONE),
          entry("marketplace_sellers.email", FieldLimits.EMAIL),
          entry("monitored_listings.marketplace", FieldLimits.MARKETPLACE),
          entry("monitored_listings.listing_id", FieldLimits.MARKETPLACE_LISTING_ID),
          entry("monitored_listings.url", FieldLimits.CAPTURE_URL),
          entry("captures.url", FieldLimits.CAPTURE_URL),
          entry("captures.title", FieldLimits.TITLE),
          entry("captures.brand", FieldLimits.BRAND),
          entry("captures.bullet_points", FieldLimits.BULLET_POINTS),
          entry("captures.description", FieldLimits.DESCRIPTION),
          entry("captures.search_terms", FieldLimits.SEARCH_TERMS),
          entry("captures.currency", FieldLimits.CURRENCY),
          entry("captures.category", FieldLimits.CATEGORY),
          entry("captures.content_hash", FieldLimits.SHA256_HEX),
          entry("captures.decision", FieldLimits.DECISION),
          entry("capture_findings.rule", FieldLimits.RULE),
          entry("capture_findings.category", FieldLimits.FINDING_CATEGORY),
          entry("capture_findings.severity", FieldLimits.SEVERITY),
          entry("capture_findings.mark", FieldLimits.MARK_NAME),
          entry("capture_findings.registration", FieldLimits.REGISTRATION),
          entry("capture_findings.owner", FieldLimits.MARK_OWNER),
          entry("capture_findings.field", FieldLimits.LISTING_FIELD),
          entry("capture_findings.evidence", FieldLimits.EVIDENCE),
          entry("capture_findings.explanation", FieldLimits.EXPLANATION),
          entry("authorized_sellers.marketplace", FieldLimits.MARKETPLACE),
          entry("authorized_sellers.seller_id", FieldLimits.MARKETPLACE_SELLER_ID),
          entry("authorized_sellers.seller_name", FieldLimits.MARKETPLACE_SELLER_NAME),
          entry("authorized_sellers.note", FieldLimits.AUTHORIZED_SELLER_NOTE),
          entry("reference_prices.brand", FieldLimits.BRAND),
          entry("reference_prices.product", FieldLimits.INVOICE_PRODUCT),
          entry("reference_prices.currency", FieldLimits.CURRENCY),
          entry("patents.number", FieldLimits.PATENT_NUMBER),
          entry("patents.kind", FieldLimits.PATENT_KIND),
          entry("patents.type", FieldLimits.PATENT_TYPE),
          entry("patents.title", FieldLimits.PATENT_TITLE),
          entry("patents.assignee", FieldLimits.PATENT_ASSIGNEE),
          entry("patents.cpc", FieldLimits.PATENT_CPC),
          entry("patent_claims.text", FieldLimits.PATENT_CLAIM));

  @Test
  void onH2EveryTextColumnIsAsWideAsItsFieldLimit() {
    assertMatches(
        new DriverManagerDataSource(
            "jdbc:h2:mem:limits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
  }

  @Test
  void onPostgresEveryTextColumnIsAsWideAsItsFieldLimit() {
    var server = PostgresServer.shared();
    assertMatches(new DriverManagerDataSource(server.createDatabase(), server.username(), ""));
  }

  private static void assertMatches(DataSource db) {
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
    Map<String, Integer> widths = new TreeMap<>();
    JdbcClient.create(db)
        .sql(
            """
            select table_name, column_name, character_maximum_length
            from information_schema.columns
            where lower(table_schema) = 'public' and lower(data_type) in
              ('character varying', 'varchar')\
            """)
        .query(
            rs -> {
              String table = rs.getString(1).toLowerCase(Locale.ROOT);
              if (!table.startsWith("flyway_")) {
                widths.put(table + "." + rs.getString(2).toLowerCase(Locale.ROOT), rs.getInt(3));
              }
            });
    assertThat(widths).as("the varchar columns of the migrated schema").isNotEmpty();
    assertThat(widths.keySet())
        .as("varchar columns without a FieldLimits constant declared in this test")
        .isSubsetOf(COLUMNS.keySet());
    assertThat(COLUMNS.keySet())
        .as("columns declared in this test that the schema does not have")
        .isSubsetOf(widths.keySet());
    assertThat(widths).as("column widths against FieldLimits").isEqualTo(new TreeMap<>(COLUMNS));
  }
}
