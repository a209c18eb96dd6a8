package com.clearmark.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every code the pages can show has words in {@code messages.properties}, so a new constant of one
 * of these enums cannot reach a seller as {@code TM_LOOKALIKE}. Some enums are package-private to
 * their feature, hence the class names.
 */
class EveryCodeHasALabelTest {

  @ParameterizedTest(name = "{0} labels every {1}")
  @CsvSource({
    "rule, com.clearmark.engine.screening.Rule",
    "severity, com.clearmark.engine.screening.Severity",
    "decision, com.clearmark.engine.screening.Decision",
    "category, com.clearmark.engine.screening.Category",
    "format, com.clearmark.engine.io.ListingFormat",
    "mark.status, com.clearmark.engine.mark.MarkStatus",
    "job.status, com.clearmark.app.job.JobStatus",
    "job.kind, com.clearmark.app.job.JobKind",
    "review.status, com.clearmark.app.catalog.ReviewStatus",
    "check.status, com.clearmark.app.appeal.CheckStatus",
    "complaint.status, com.clearmark.app.complaint.ComplaintStatus",
    "complaint.type, com.clearmark.app.complaint.ComplaintType",
    "complaint.action, com.clearmark.app.complaint.ComplaintAction",
    "complaint.origin, com.clearmark.app.complaint.ComplaintOrigin",
    "audit.action, com.clearmark.app.audit.AuditAction",
    "import.kind, com.clearmark.app.imports.ImportKind",
    "role, com.clearmark.app.shared.Role",
    "channel, com.clearmark.app.notification.Channel",
    "event.type, com.clearmark.app.notification.EventType",
    "delivery.status, com.clearmark.app.notification.DeliveryStatus",
    "file.type, com.clearmark.app.document.FileType",
    "case.status, com.clearmark.app.enforcement.CaseStatus",
    "test.buy.outcome, com.clearmark.app.enforcement.TestBuyOutcome",
    "link.kind, com.clearmark.engine.network.LinkKind",
    "notice.regime, com.clearmark.app.notice.NoticeRegime",
    "notice.status, com.clearmark.app.notice.NoticeStatus",
    "notice.ip, com.clearmark.app.notice.IpType",
    "notice.channel, com.clearmark.app.notice.SendChannel",
    "notice.submitter, com.clearmark.app.notice.Submitter",
    "notice.appears, com.clearmark.app.notice.Appearance",
    "notice.vero, com.clearmark.app.notice.VeroReason",
    "patent.type, com.clearmark.engine.patent.PatentType",
    "patent.shown, com.clearmark.engine.patent.Shown",
    "patent.source, com.clearmark.app.patent.ClaimCharts$Source",
    "work.kind, com.clearmark.engine.copyright.WorkKind"
  })
  void everyConstantHasPlainWords(String prefix, String enumClass) throws Exception {
    Properties labels = labels();
    List<String> missing = new ArrayList<>();
    for (Object constant : Class.forName(enumClass).getEnumConstants()) {
      String key = prefix + "." + ((Enum<?>) constant).name();
      String label = labels.getProperty(key);
      if (label == null || label.isBlank()) {
        missing.add(key);
      }
    }
    assertThat(missing).as("labels missing from messages.properties for %s", enumClass).isEmpty();
  }

  private static Properties labels() throws IOException {
    var properties = new Properties();
    try (var in = EveryCodeHasALabelTest.class.getResourceAsStream("/messages.properties")) {
      assertThat(in).as("messages.properties on the class path").isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
