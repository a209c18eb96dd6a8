package com.clearmark.app.catalog;

import com.clearmark.app.ClearmarkProperties;
import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.job.JobProblem;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.screening.AllowList;
import com.clearmark.app.screening.ListingInput;
import com.clearmark.app.screening.ListingLimits;
import com.clearmark.app.screening.ScreeningOutcome;
import com.clearmark.app.screening.ScreeningService;
import com.clearmark.app.shared.Amounts;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Role;
import com.clearmark.engine.io.InputException;
import com.clearmark.engine.io.ListingReader;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Decision;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings listings into the catalogue: imports of whole files and single listings from the API.
 * Every new or changed listing becomes a new version and is screened before it is stored.
 */
@Service
public class CatalogService {

  private final Listings listings;
  private final ScreeningService screening;
  private final AllowList allowList;
  private final Jobs jobs;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final ClearmarkProperties properties;
  private final CatalogueWriters writers;

  CatalogService(
      Listings listings,
      ScreeningService screening,
      AllowList allowList,
      Jobs jobs,
      AuditLog audit,
      TransactionTemplate transaction,
      ClearmarkProperties properties,
      CatalogueWriters writers) {
    this.listings = listings;
    this.screening = screening;
    this.allowList = allowList;
    this.jobs = jobs;
    this.audit = audit;
    this.transaction = transaction;
    this.properties = properties;
    this.writers = writers;
  }

  /**
   * Serializes the writes of one organization's catalogue, across every instance of the service on
   * the same database; other organizations go on.
   */
  CatalogueLock writer(long organizationId) {
    return writers.of(organizationId);
  }

  /** What happened to a listing sent through the API. */
  public record Upserted(long listingId, int version, boolean changed, ScreeningOutcome outcome) {}

  /** Adds or updates one listing, keyed by SKU (or ASIN when it has no SKU). */
  public Upserted upsert(Caller caller, ListingInput input) {
    caller.require(Role.REVIEWER);
    Listing listing = input.toListing();
    String key = key(listing);
    if (key.isEmpty()) {
      throw new InvalidInputException("sku", "a listing needs a SKU or an ASIN to be tracked");
    }
    priceProblem(listing)
        .ifPresent(
            p -> {
              throw new InvalidInputException("price", p);
            });
    long org = caller.organizationId();
    var lock = writer(org);
    lock.lock();
    try {
      Listings.Current existing = listings.currentBySkuOne(org, key);
      String hash = ListingContent.hash(listing);
      if (existing != null && existing.contentHash().equals(hash)) {
        var current = listings.version(org, existing.id(), existing.version()).orElseThrow();
        var outcome = screening.screen(org, existing.id(), current.toListing(key, listing.asin()));
        return new Upserted(existing.id(), existing.version(), false, outcome);
      }
      ScreeningOutcome outcome =
          existing == null
              ? screening.check(org, listing)
              : screening.screen(org, existing.id(), listing);
      var write = write(existing, key, listing, hash, outcome);
      long id =
          transaction.execute(
              s -> {
                long listingId = listings.insertOne(org, write);
                audit.record(
                    caller,
                    existing == null ? AuditAction.LISTING_CREATED : AuditAction.LISTING_UPDATED,
                    "LISTING",
                    listingId,
                    key
                        + " version "
                        + write.nextVersion()
                        + ": "
                        + outcome.decision()
                        + " (score "
                        + outcome.score()
                        + ")",
                    null);
                return listingId;
              });
      return new Upserted(id, write.nextVersion(), true, outcome);
    } finally {
      lock.unlock();
    }
  }

  /** A price the catalogue cannot store (it keeps 12 digits before the decimal point). */
  static Optional<String> priceProblem(Listing l) {
    var price = l.price();
    // Decimals beyond two are rounded when stored; only the whole digits must fit.
    if (price != null && price.precision() - (long) price.scale() > Amounts.WHOLE_DIGITS) {
      return Optional.of("at most 999999999999.99, got " + price.toEngineeringString());
    }
    return Optional.empty();
  }

  /** One rejected row, however many of its fields are too long, so rejected rows count rows. */
  private static JobProblem rejected(long line, Map<String, String> tooLong) {
    if (tooLong.size() == 1) {
      var only = tooLong.entrySet().iterator().next();
      return new JobProblem(line, only.getKey(), only.getValue());
    }
    var message = new StringBuilder();
    tooLong.forEach(
        (field, problem) ->
            message
                .append(message.isEmpty() ? "" : "; ")
                .append(field)
                .append(": ")
                .append(problem));
    return new JobProblem(line, String.join(", ", tooLong.keySet()), message.toString());
  }

  static String key(Listing l) {
    return !l.sku().isEmpty() ? l.sku() : l.asin();
  }

  private static Listings.Write write(
      Listings.Current existing, String key, Listing listing, String hash, ScreeningOutcome o) {
    ReviewStatus status =
        ReviewStatusPolicy.next(
            existing == null ? null : existing.reviewStatus(),
            existing == null ? null : Decision.valueOf(existing.decision()),
            o.decision(),
            true);
    return new Listings.Write(existing, key, listing.asin(), listing, hash, o, status);
  }

  /**
   * Runs a catalogue import job. The file is read and screened in full before anything is written;
   * then every new and changed listing is written in one transaction. A file that cannot be read,
   * or that has more rows than allowed, fails the job and changes nothing. Malformed rows are
   * skipped and listed in the job's report of rejected rows.
   */
  public void runImport(Caller caller, long jobId, Path file, String fileName, Charset encoding) {
    long org = caller.organizationId();
    List<JobProblem> problems = new ArrayList<>();
    List<Listing> rows = new ArrayList<>();
    String format;
    var progress = jobs.start(jobId, null);
    progress.phase("reading", 0);
    try (var reader =
        ListingReader.open(
            file,
            encoding,
            false,
            p -> problems.add(new JobProblem(p.line(), p.field(), p.message())))) {
      format = reader.format().name();
      jobs.format(jobId, format);
      while (reader.hasNext()) {
        rows.add(reader.next());
        if (rows.size() > properties.maxImportRows()) {
          jobs.fail(
              jobId,
              fileName
                  + " has more than "
                  + properties.maxImportRows()
                  + " listings, the most one import may hold (clearmark.max-import-rows);"
                  + " split the file. Nothing was imported.");
          return;
        }
        progress.processed(rows.size());
      }
    } catch (InputException e) {
      var p = e.problem();
      jobs.fail(
          jobId,
          fileName
              + (p.line() > 0 ? ":" + p.line() : "")
              + (p.field().isEmpty() ? "" : ": " + p.field())
              + ": "
              + p.message().replace("--encoding", "the encoding option")
              + ". Nothing was imported.");
      return;
    }
    long readProblems = problems.size();
    var lock = writer(org);
    lock.lock();
    try {
      Map<String, Listings.Current> current = listings.currentBySku(org);
      AllowList.Snapshot allowed = allowList.snapshot(org);
      Map<String, Long> firstLine = new HashMap<>();
      List<Listings.Write> writes = new ArrayList<>();
      long unchanged = 0;
      progress.phase("screening", rows.size());
      int done = 0;
      for (Listing l : rows) {
        progress.processed(++done);
        String key = key(l);
        if (key.isEmpty()) {
          problems.add(
              new JobProblem(l.line(), "sku", "a listing needs a SKU or an ASIN to be tracked"));
          continue;
        }
        var tooLong = ListingLimits.fileProblems(l);
        if (!tooLong.isEmpty()) {
          problems.add(rejected(l.line(), tooLong));
          continue;
        }
        var price = priceProblem(l);
        if (price.isPresent()) {
          problems.add(new JobProblem(l.line(), "price", price.get()));
          continue;
        }
        Long seen = firstLine.putIfAbsent(key, l.line());
        if (seen != null) {
          problems.add(
              new JobProblem(
                  l.line(), "sku", key + " appears again; the row at line " + seen + " was kept"));
          continue;
        }
        Listings.Current existing = current.get(key);
        String hash = ListingContent.hash(l);
        if (existing != null && existing.contentHash().equals(hash)) {
          unchanged++;
          continue;
        }
        var outcome = screening.screen(org, existing == null ? null : existing.id(), l, allowed);
        writes.add(write(existing, key, l, hash, outcome));
      }
      progress.phase("saving", writes.size());
      long added = writes.stream().filter(w -> w.existing() == null).count();
      long flagged = writes.stream().filter(w -> w.outcome().decision() != Decision.PASS).count();
      long blocked = writes.stream().filter(w -> w.outcome().decision() == Decision.BLOCK).count();
      transaction.executeWithoutResult(
          s -> {
            listings.write(org, writes, jobId);
            audit.record(
                caller,
                AuditAction.CATALOGUE_IMPORTED,
                "JOB",
                jobId,
                fileName
                    + ": "
                    + added
                    + " new listings, "
                    + (writes.size() - added)
                    + " changed, "
                    + flagged
                    + " flagged",
                null);
          });
      progress.processed(writes.size());
      problems.sort(Comparator.comparingLong(JobProblem::line));
      jobs.addProblems(jobId, problems);
      jobs.succeed(
          jobId,
          rows.size() + readProblems,
          writes.size(),
          problems.size(),
          unchanged,
          format
              + ": "
              + added
              + " new, "
              + (writes.size() - added)
              + " changed, "
              + unchanged
              + " unchanged; "
              + blocked
              + " blocked, "
              + (flagged - blocked)
              + " to review");
    } finally {
      lock.unlock();
    }
  }
}
