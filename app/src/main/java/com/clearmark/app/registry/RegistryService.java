package com.clearmark.app.registry;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.job.JobProblem;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.AfterCommit;
import com.clearmark.engine.io.InputException;
import com.clearmark.engine.io.MarkFile;
import com.clearmark.engine.io.MarkReader;
import com.clearmark.engine.mark.Mark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Changes to an organization's registry: each is audited and triggers an index rebuild. */
@Service
public class RegistryService {

  private final Marks marks;
  private final RegistryIndexes indexes;
  private final AuditLog audit;
  private final Jobs jobs;
  private final Accounts accounts;
  private final TransactionTemplate transaction;

  RegistryService(
      Marks marks,
      RegistryIndexes indexes,
      AuditLog audit,
      Jobs jobs,
      Accounts accounts,
      TransactionTemplate transaction) {
    this.marks = marks;
    this.indexes = indexes;
    this.audit = audit;
    this.jobs = jobs;
    this.accounts = accounts;
    this.transaction = transaction;
  }

  public MarkRow get(Caller caller, long id) {
    return marks
        .find(caller.organizationId(), id)
        .orElseThrow(() -> new NotFoundException("mark", id));
  }

  @Transactional
  public MarkRow add(Caller caller, MarkForm form) {
    caller.require(Role.ADMIN);
    Mark mark = form.toMark();
    long id = marks.insert(caller.organizationId(), mark, form.isOwn(), null);
    audit.record(caller, AuditAction.MARK_ADDED, "MARK", id, describe(mark, form.isOwn()), null);
    changed(caller.organizationId());
    return marks.find(caller.organizationId(), id).orElseThrow();
  }

  @Transactional
  public MarkRow update(Caller caller, long id, MarkForm form) {
    caller.require(Role.ADMIN);
    MarkRow before = get(caller, id);
    Mark mark = form.toMark();
    marks.update(caller.organizationId(), id, mark, form.isOwn());
    String summary =
        "before: "
            + describe(before.toEngine(), before.own())
            + ", "
            + before.status().name().toLowerCase(Locale.ROOT)
            + "; after: "
            + describe(mark, form.isOwn())
            + ", "
            + mark.status().name().toLowerCase(Locale.ROOT);
    audit.record(caller, AuditAction.MARK_UPDATED, "MARK", id, summary, null);
    changed(caller.organizationId());
    return marks.find(caller.organizationId(), id).orElseThrow();
  }

  @Transactional
  public void delete(Caller caller, long id) {
    caller.require(Role.ADMIN);
    MarkRow before = get(caller, id);
    marks.delete(caller.organizationId(), id);
    audit.record(
        caller,
        AuditAction.MARK_DELETED,
        "MARK",
        id,
        describe(before.toEngine(), before.own()),
        null);
    changed(caller.organizationId());
  }

  private static String describe(Mark m, boolean own) {
    return (own ? "own mark " : "mark ")
        + m.name()
        + (m.registrationNumber().isEmpty() ? "" : " (" + m.registrationNumber() + ")")
        + (m.owner().isEmpty() ? "" : ", owner " + m.owner());
  }

  private void changed(long organizationId) {
    accounts.newRegistryVersion(organizationId);
    AfterCommit.run(() -> indexes.changed(organizationId));
  }

  /**
   * Runs a registry import job: reads every mark first, then adds or updates them all in one
   * transaction. A file that cannot be read at all fails the job and changes nothing; malformed
   * rows are skipped and listed in the job's report of rejected rows.
   */
  public void runImport(Caller caller, long jobId, Path file, String fileName, boolean own) {
    var progress = jobs.start(jobId, "marks");
    progress.phase("reading", 0);
    List<JobProblem> problems = new ArrayList<>();
    MarkFile read;
    try {
      read =
          MarkReader.readFile(
              file, false, p -> problems.add(new JobProblem(p.line(), p.field(), p.message())));
    } catch (InputException e) {
      var p = e.problem();
      jobs.fail(jobId, fileName + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message());
      return;
    }
    List<Mark> all = new ArrayList<>(read.marks().size());
    int place = 0;
    for (Mark m : read.marks()) {
      var tooLong = MarkLimits.rejected(m, ++place);
      if (tooLong == null) {
        all.add(m);
      } else {
        problems.add(tooLong);
      }
    }
    progress.phase("saving", all.size());
    long[] counts = new long[2];
    transaction.executeWithoutResult(
        status -> {
          Map<String, Long> existing = marks.idsByIdentity(caller.organizationId());
          Set<String> seen = new HashSet<>();
          List<Mark> fresh = new ArrayList<>();
          int i = 0;
          for (Mark m : all) {
            String key = Marks.identity(m);
            if (!seen.add(key)) {
              continue;
            }
            Long id = existing.get(key);
            if (id == null) {
              fresh.add(m);
            } else {
              marks.update(caller.organizationId(), id, m, own);
              counts[1]++;
            }
            progress.processed(++i);
          }
          marks.insertAll(caller.organizationId(), fresh, own, jobId);
          counts[0] = fresh.size();
          audit.record(
              caller,
              AuditAction.REGISTRY_IMPORTED,
              "JOB",
              jobId,
              fileName
                  + ": "
                  + counts[0]
                  + " marks added, "
                  + counts[1]
                  + " updated, "
                  + problems.size()
                  + " rows rejected",
              null);
          changed(caller.organizationId());
        });
    jobs.addProblems(jobId, problems);
    jobs.succeed(
        jobId,
        all.size() + problems.size(),
        counts[0] + counts[1],
        problems.size(),
        all.size() - counts[0] - counts[1],
        counts[0]
            + " marks added, "
            + counts[1]
            + " updated"
            + (read.withoutWordMark() > 0
                ? "; " + read.withoutWordMark() + " design marks without words skipped"
                : "")
            + (read.tooLong() > 0
                ? "; "
                    + read.tooLong()
                    + " records skipped whose mark is longer than "
                    + Mark.MAX_NAME_LENGTH
                    + " characters"
                : ""));
  }
}
