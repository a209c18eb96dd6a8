package com.clearmark.app.patent;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.job.JobProblem;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.AfterCommit;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import com.clearmark.engine.io.InputException;
import com.clearmark.engine.io.PatentSources;
import com.clearmark.engine.patent.Patent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes to an organization's patent register. Each is audited and counts as a new registry
 * version, so that listings screened before it are re-screened against the patents as they now are,
 * as after a change of marks.
 */
@Service
public class PatentRegister {

  /** Patents one organization's register holds; the retrieval index is kept in memory. */
  public static final int MAX_PATENTS = 200_000;

  private final Patents patents;
  private final PatentChecks checks;
  private final AuditLog audit;
  private final Jobs jobs;
  private final Accounts accounts;
  private final RegistryIndexes indexes;
  private final TransactionTemplate transaction;

  PatentRegister(
      Patents patents,
      PatentChecks checks,
      AuditLog audit,
      Jobs jobs,
      Accounts accounts,
      RegistryIndexes indexes,
      TransactionTemplate transaction) {
    this.patents = patents;
    this.checks = checks;
    this.audit = audit;
    this.jobs = jobs;
    this.accounts = accounts;
    this.indexes = indexes;
    this.transaction = transaction;
  }

  public List<RegisteredPatent> all(Caller caller) {
    return patents.all(caller.organizationId());
  }

  public PageOf<RegisteredPatent> page(Caller caller, String text, Boolean own, PageRequest page) {
    return patents.page(caller.organizationId(), text, own, page);
  }

  public RegisteredPatent get(Caller caller, long id) {
    return patents
        .find(caller.organizationId(), id)
        .orElseThrow(() -> new NotFoundException("patent", id));
  }

  @Transactional
  public RegisteredPatent add(Caller caller, PatentForm form) {
    caller.require(Role.ADMIN);
    Patent p = form.toPatent();
    if (patents.byNumber(caller.organizationId(), p.number()).isPresent()) {
      throw new InvalidInputException(
          "number", "patent " + p.number() + " is already in the register; correct it instead");
    }
    if (patents.count(caller.organizationId()) >= MAX_PATENTS) {
      throw new InvalidInputException(
          "number", "the register holds " + MAX_PATENTS + " patents, its limit");
    }
    long id = patents.add(caller.organizationId(), p, form.isOwn(), null);
    audit.record(caller, AuditAction.PATENT_ADDED, "PATENT", id, describe(p, form.isOwn()), null);
    changed(caller.organizationId());
    return get(caller, id);
  }

  /**
   * Corrects a patent, provided nobody changed it since it was read.
   *
   * @param revision the patent's revision as read, or null to correct it as it is now
   * @throws com.clearmark.app.shared.ConflictException when someone else changed it first
   */
  @Transactional
  public RegisteredPatent correct(Caller caller, long id, Long revision, PatentForm form) {
    caller.require(Role.ADMIN);
    RegisteredPatent before = get(caller, id);
    Patent p = form.toPatent();
    var other = patents.byNumber(caller.organizationId(), p.number());
    if (other.isPresent() && other.get().id() != id) {
      throw new InvalidInputException(
          "number", "patent " + p.number() + " is already in the register as another entry");
    }
    long read = revision == null ? before.revision() : revision;
    patents.corrected(caller.organizationId(), id, read, p, form.isOwn());
    audit.record(
        caller,
        AuditAction.PATENT_CORRECTED,
        "PATENT",
        id,
        "before: "
            + describe(before.patent(), before.own())
            + "; after: "
            + describe(p, form.isOwn()),
        null);
    changed(caller.organizationId());
    return get(caller, id);
  }

  /**
   * Removes a patent, provided nobody changed it since it was read.
   *
   * @param revision the patent's revision as read, or null to remove it as it is now
   * @throws com.clearmark.app.shared.ConflictException when someone else changed it first
   */
  @Transactional
  public void delete(Caller caller, long id, Long revision) {
    caller.require(Role.ADMIN);
    RegisteredPatent before = get(caller, id);
    patents.removed(caller.organizationId(), id, revision == null ? before.revision() : revision);
    audit.record(
        caller,
        AuditAction.PATENT_DELETED,
        "PATENT",
        id,
        describe(before.patent(), before.own()),
        null);
    changed(caller.organizationId());
  }

  private static String describe(Patent p, boolean own) {
    return (own ? "own patent US " : "patent US ")
        + p.number()
        + (p.title().isEmpty() ? "" : " (" + p.title() + ")")
        + (p.assignee().isEmpty() ? "" : ", " + p.assignee())
        + ", "
        + p.claims().size()
        + (p.claims().size() == 1 ? " claim" : " claims");
  }

  private void changed(long organizationId) {
    accounts.newRegistryVersion(organizationId);
    AfterCommit.run(
        () -> {
          checks.changed(organizationId);
          indexes.changed(organizationId);
        });
  }

  /**
   * Runs a patent import job: reads the whole file first (the patent CSV, USPTO grant XML or a
   * register file written by {@code clearmark patents import}, told apart by content), then adds or
   * corrects every patent in one transaction, matched by number. A file that cannot be read at all
   * fails the job and changes nothing; malformed rows are skipped and listed in the job's rejected
   * rows.
   */
  public void runImport(Caller caller, long jobId, Path file, String fileName, boolean own) {
    var progress = jobs.start(jobId, "patents");
    progress.phase("reading", 0);
    List<JobProblem> problems = new ArrayList<>();
    List<Patent> read = new ArrayList<>();
    try {
      PatentSources.read(
          file,
          false,
          p -> problems.add(new JobProblem(p.line(), p.field(), p.message())),
          p -> {
            if (read.size() == MAX_PATENTS) {
              throw new TooManyPatents();
            }
            read.add(p);
          });
    } catch (InputException e) {
      var p = e.problem();
      jobs.fail(jobId, fileName + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message());
      return;
    } catch (TooManyPatents e) {
      jobs.fail(
          jobId,
          fileName
              + " holds more than "
              + MAX_PATENTS
              + " patents, the most a register keeps; nothing was imported. Split the file.");
      return;
    }
    List<Patent> kept = new ArrayList<>(read.size());
    Set<String> seen = new HashSet<>();
    for (Patent p : read) {
      String why = PatentLimits.rejected(p);
      if (why != null) {
        problems.add(new JobProblem(0, "patent " + p.number(), why));
      } else if (!seen.add(p.number())) {
        problems.add(
            new JobProblem(
                0, "number", "patent " + p.number() + " appears twice; the first is kept"));
      } else {
        kept.add(p);
      }
    }
    progress.phase("saving", kept.size());
    long[] counts = new long[2];
    boolean[] full = new boolean[1];
    transaction.executeWithoutResult(
        status -> {
          long organizationId = caller.organizationId();
          Map<String, long[]> existing = patents.idsByNumber(organizationId);
          long fresh = kept.stream().filter(p -> !existing.containsKey(p.number())).count();
          if (existing.size() + fresh > MAX_PATENTS) {
            full[0] = true;
            return;
          }
          int i = 0;
          for (Patent p : kept) {
            long[] idAndRevision = existing.get(p.number());
            if (idAndRevision == null) {
              patents.add(organizationId, p, own, jobId);
              counts[0]++;
            } else {
              patents.corrected(organizationId, idAndRevision[0], idAndRevision[1], p, own);
              counts[1]++;
            }
            progress.processed(++i);
          }
          audit.record(
              caller,
              AuditAction.PATENTS_IMPORTED,
              "JOB",
              jobId,
              fileName
                  + ": "
                  + counts[0]
                  + " patents added, "
                  + counts[1]
                  + " updated, "
                  + problems.size()
                  + " rows rejected",
              null);
          changed(organizationId);
        });
    if (full[0]) {
      jobs.fail(
          jobId,
          fileName
              + ": the register would hold more than "
              + MAX_PATENTS
              + " patents; nothing was imported");
      return;
    }
    jobs.addProblems(jobId, problems);
    jobs.succeed(
        jobId,
        kept.size() + problems.size(),
        counts[0] + counts[1],
        problems.size(),
        0,
        counts[0] + " patents added, " + counts[1] + " updated");
  }

  /**
   * Thrown from the reader's sink to stop reading a file with more patents than a register keeps.
   */
  private static final class TooManyPatents extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyPatents() {
      super(null, null, false, false);
    }
  }
}
