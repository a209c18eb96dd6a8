package com.clearmark.app.monitoring;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.ApiController;
import com.clearmark.engine.io.CapturedListing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController
@Tag(name = "Monitoring", description = "Third-party listings captured for brand protection")
class MonitoringApi {

  private final MonitoringService monitoring;
  private final Captures captures;
  private final SellerContacts contacts;

  MonitoringApi(MonitoringService monitoring, Captures captures, SellerContacts contacts) {
    this.monitoring = monitoring;
    this.captures = captures;
    this.contacts = contacts;
  }

  /** One captured listing as the API takes it; the same fields as the marketplace-listing file. */
  record CapturedRow(
      String marketplace,
      String listingId,
      String url,
      String sellerId,
      String sellerName,
      String sellerAddress,
      String sellerPhone,
      String sellerEmail,
      BigDecimal price,
      String currency,
      String capturedAt,
      Boolean available,
      String title,
      String brand,
      List<String> bulletPoints,
      String description,
      String searchTerms,
      String category) {}

  record CaptureBatch(List<CapturedRow> listings) {}

  record Captured(int snapshots, int unchanged, List<Long> captureIds) {}

  record CaptureWithFindings(Capture capture, List<CaptureFinding> findings) {}

  record ListingWithHistory(MonitoredListing listing, List<Capture> snapshots) {}

  @PostMapping("/api/v1/monitoring/listings")
  @Operation(
      summary = "Capture third-party listings",
      description =
          "Takes up to 1,000 captured listings. A listing whose content (SHA-256 over title, brand,"
              + " bullets, description, search terms, category, price, currency, availability"
              + " and seller) equals its latest snapshot makes no new one; any other makes an"
              + " immutable snapshot screened against the organization's own marks. Every row is"
              + " checked first: one bad row answers 400 naming its index and field, and nothing"
              + " is written. Reviewers and admins.",
      responses = {
        @ApiResponse(responseCode = "200", description = "The batch was captured"),
        @ApiResponse(responseCode = "400", description = "A row is not valid; nothing was written"),
        @ApiResponse(
            responseCode = "409",
            description = "A concurrent batch created the same listing; send again")
      })
  Captured capture(Caller caller, @RequestBody CaptureBatch batch) {
    caller.require(Role.REVIEWER);
    if (batch == null || batch.listings() == null || batch.listings().isEmpty()) {
      throw new InvalidInputException("listings", "send at least one listing");
    }
    if (batch.listings().size() > CaptureLimits.BATCH) {
      throw new InvalidInputException(
          "listings",
          "at most " + CaptureLimits.BATCH + " listings a request, got " + batch.listings().size());
    }
    List<CapturedListing> rows = new ArrayList<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (int i = 0; i < batch.listings().size(); i++) {
      String at = "listings[" + i + "]";
      CapturedRow r = batch.listings().get(i);
      if (r == null) {
        errors.put(at, "a listing is missing");
        continue;
      }
      try {
        var row = toCaptured(r);
        var limits = CaptureLimits.problems(ListingCapture.of(row));
        if (!limits.isEmpty()) {
          var first = limits.entrySet().iterator().next();
          errors.put(at + "." + first.getKey(), first.getValue());
          continue;
        }
        rows.add(row);
      } catch (CapturedListing.InvalidField e) {
        errors.put(at + "." + e.field(), e.reason());
      }
    }
    if (!errors.isEmpty()) {
      var first = errors.entrySet().iterator().next();
      throw new InvalidInputException(
          "Nothing was captured: " + first.getKey() + ": " + first.getValue(), errors);
    }
    ImportOutcome outcome;
    try {
      outcome = monitoring.capture(caller, rows);
    } catch (DuplicateKeyException raced) {
      // Another batch created the same listing or seller meanwhile; this one was rolled back whole.
      throw new ConflictException(
          "Another capture of the same listing or seller was saved at the same moment, so nothing"
              + " of this batch was written. Send it again: what the other one captured counts as"
              + " unchanged.");
    }
    return new Captured(outcome.snapshots(), outcome.unchanged(), outcome.captureIds());
  }

  private static CapturedListing toCaptured(CapturedRow r) {
    return new CapturedListing(
        0,
        r.marketplace(),
        r.listingId(),
        r.url(),
        r.sellerId(),
        r.sellerName(),
        r.sellerAddress(),
        r.sellerPhone(),
        r.sellerEmail(),
        r.price(),
        r.currency(),
        time(r.capturedAt()),
        r.available() == null || r.available(),
        r.title(),
        r.brand(),
        r.bulletPoints(),
        r.description(),
        r.searchTerms(),
        r.category());
  }

  /** An ISO instant, an instant with offset, or a day read as its start in UTC; null if missing. */
  static Instant time(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return java.time.OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      try {
        return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notADay) {
        throw new CapturedListing.InvalidField(
            "captured_at", "\"" + v + "\" is not a time such as 2026-11-20T09:30:00Z");
      }
    }
  }

  @GetMapping("/api/v1/monitoring/captures/{id}")
  @Operation(
      summary = "One snapshot with its findings",
      description = "404 when the organization has no snapshot of that id.")
  CaptureWithFindings capture(Caller caller, @PathVariable long id) {
    var org = OrganizationId.of(caller.organizationId());
    var capture = captures.find(org, id).orElseThrow(() -> new NotFoundException("capture", id));
    return new CaptureWithFindings(capture, captures.findings(org, id));
  }

  @GetMapping("/api/v1/monitoring/listings/{id}")
  @Operation(
      summary = "One monitored listing with its snapshots, newest first",
      description = "404 when the organization monitors no listing of that id.")
  ListingWithHistory listing(Caller caller, @PathVariable long id) {
    var org = OrganizationId.of(caller.organizationId());
    var listing = captures.listing(org, id).orElseThrow(() -> new NotFoundException("listing", id));
    return new ListingWithHistory(listing, captures.history(org, id));
  }

  @GetMapping("/api/v1/monitoring/sellers/{id}/contact")
  @Operation(
      summary = "A marketplace seller's contact data",
      description =
          "Name, address, phone and email as last captured, and when they were erased if they"
              + " were. The export is audited. 404 for another organization's seller.")
  SellerContacts.Contact contact(Caller caller, @PathVariable long id) {
    return contacts.export(caller, id);
  }

  @DeleteMapping("/api/v1/monitoring/sellers/{id}/contact")
  @Operation(
      summary = "Erase a marketplace seller's contact data",
      description =
          "Empties address, phone and email and keeps them empty whatever later captures say;"
              + " the seller's id and name stay. Audited. Admins only.")
  SellerContacts.Contact erase(Caller caller, @PathVariable long id) {
    return contacts.erase(caller, id);
  }
}
