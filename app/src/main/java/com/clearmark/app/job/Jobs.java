package com.clearmark.app.job;

import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Background jobs. Progress of a running import is kept in memory and written to the database when
 * the job finishes, so a long import's progress never waits on (or leaks out of) its transaction. A
 * re-screen, which commits page by page, records its counts with each page instead, so that what it
 * did survives a crash.
 */
@Repository
public class Jobs {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Clock clock;
  private final AuditLog audit;
  private final TransactionTemplate ownTransaction;
  private final Map<Long, Progress> running = new ConcurrentHashMap<>();

  /** Live counts of a running job. */
  public static final class Progress {
    volatile String phase = "queued";
    volatile long total;
    volatile long processed;

    public void phase(String phase, long total) {
      this.phase = phase;
      this.total = total;
      this.processed = 0;
    }

    public void processed(long processed) {
      this.processed = processed;
    }
  }

  Jobs(
      JdbcClient jdbc,
      JdbcTemplate template,
      Clock clock,
      AuditLog audit,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.template = template;
    this.clock = clock;
    this.audit = audit;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Records a queued job and returns its id. The record is committed before this returns, in a
   * transaction of its own even when the caller has one, so an id handed out always names a job
   * that survives a crash.
   */
  public long create(
      long organizationId, JobKind kind, String fileName, Long createdBy, String idempotencyKey) {
    long id =
        ownTransaction.execute(
            s -> {
              var keys = new GeneratedKeyHolder();
              jdbc.sql(
                      """
                      insert into jobs (organization_id, kind, status, file_name, idempotency_key,
                        created_by, created_at) values (?, ?, 'QUEUED', ?, ?, ?, ?)""")
                  .params(
                      organizationId,
                      kind.name(),
                      fileName,
                      idempotencyKey,
                      createdBy,
                      Timestamps.now(clock))
                  .update(keys, "id");
              return keys.getKey().longValue();
            });
    running.put(id, new Progress());
    return id;
  }

  public Optional<Job> byIdempotencyKey(long organizationId, String key) {
    return jdbc.sql("select * from jobs where organization_id = ? and idempotency_key = ?")
        .params(organizationId, key)
        .query(this::job)
        .optional();
  }

  /**
   * Takes up a queued job and returns its live progress.
   *
   * @throws ConflictException when the job is no longer queued, or another worker took it first
   */
  public Progress start(long jobId, String format) {
    Job before = byId(jobId);
    Job after = before.start(format);
    guarded(
        jdbc.sql(
                "update jobs set status = ?, started_at = ?, format = ? where id = ? and status = ?")
            .params(
                after.status().name(), Timestamps.now(clock), after.format(), jobId, was(before)));
    return running.computeIfAbsent(jobId, id -> new Progress());
  }

  /** Records the format a job's file turned out to be, once it is known. */
  public void format(long jobId, String format) {
    jdbc.sql("update jobs set format = ? where id = ?").params(format, jobId).update();
  }

  /**
   * Ends a running job that did its work.
   *
   * @throws ConflictException when the job is not running (it ended already, say as interrupted)
   */
  public void succeed(
      long jobId, long total, long accepted, long rejected, long unchanged, String message) {
    Job before = byId(jobId);
    Job after =
        before.succeed(
            total, accepted, rejected, unchanged, message, Timestamps.now(clock).toInstant());
    guarded(
        jdbc.sql(
                """
                update jobs set status = ?, total = ?, processed = ?, accepted = ?, rejected = ?,
                  unchanged = ?, message = ?, finished_at = ? where id = ? and status = ?""")
            .params(
                after.status().name(),
                after.total(),
                after.processed(),
                after.accepted(),
                after.rejected(),
                after.unchanged(),
                after.message(),
                finished(after),
                jobId,
                was(before)));
    running.remove(jobId);
  }

  /**
   * Ends a job that changed nothing.
   *
   * @throws ConflictException when the job has ended already
   */
  public void fail(long jobId, String message) {
    Job before = byId(jobId);
    Job after =
        before.fail(clip(message, FieldLimits.JOB_MESSAGE), Timestamps.now(clock).toInstant());
    guarded(
        jdbc.sql(
                "update jobs set status = ?, accepted = ?, message = ?, finished_at = ? where id = ?"
                    + " and status = ?")
            .params(
                after.status().name(),
                after.accepted(),
                after.message(),
                finished(after),
                jobId,
                was(before)));
    running.remove(jobId);
  }

  /**
   * Records the counts of a job that commits as it goes (a re-screen), in the caller's transaction:
   * the counts are kept if and only if the work they count is.
   */
  public void progressed(long jobId, long total, long processed, long changed, long unchanged) {
    Job before = byId(jobId);
    Job after = before.progressed(total, processed, changed, unchanged);
    guarded(
        jdbc.sql(
                "update jobs set total = ?, processed = ?, accepted = ?, unchanged = ? where id = ?"
                    + " and status = ?")
            .params(
                after.total(),
                after.processed(),
                after.accepted(),
                after.unchanged(),
                jobId,
                was(before)));
  }

  /**
   * Ends a job that commits as it goes and stopped on an error: the counts it recorded stay.
   *
   * @throws ConflictException when the job has ended already
   */
  public void failAfterProgress(long jobId, String message) {
    Job before = byId(jobId);
    Job after =
        before.failAfterProgress(
            clip(message, FieldLimits.JOB_MESSAGE), Timestamps.now(clock).toInstant());
    guarded(
        jdbc.sql(
                "update jobs set status = ?, message = ?, finished_at = ? where id = ? and status = ?")
            .params(after.status().name(), after.message(), finished(after), jobId, was(before)));
    running.remove(jobId);
  }

  /** What a worker is told when another one moved the same job first. */
  static final String CHANGED_MEANWHILE =
      "This job was changed by someone else at the same time; reload it and try again.";

  /**
   * The job as stored, whoever's it is: the workers that move a job know only its id. The status
   * read is the one its move is guarded by.
   */
  private Job byId(long jobId) {
    return jdbc.sql("select * from jobs where id = ?")
        .param(jobId)
        .query(this::job)
        .optional()
        .orElseThrow(() -> new NotFoundException("job", jobId));
  }

  private static String was(Job before) {
    return before.status().name();
  }

  private OffsetDateTime finished(Job after) {
    return after.finishedAt().atOffset(ZoneOffset.UTC);
  }

  /**
   * Runs a job's move, written {@code where status = ?} the status it was read with. A job's status
   * only ever moves forward (queued, running, ended), so a job that still has that status has not
   * been moved by anyone else since it was read: the status is the job's version.
   *
   * @throws ConflictException when the row no longer has that status
   */
  private static void guarded(JdbcClient.StatementSpec move) {
    if (move.update() != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
  }

  /** Records the rows a job refused; written after the job's own transaction, kept either way. */
  public void addProblems(long jobId, List<JobProblem> problems) {
    template.batchUpdate(
        "insert into job_problems (job_id, line, field, message) values (?, ?, ?, ?)",
        problems,
        1000,
        (ps, p) -> {
          ps.setLong(1, jobId);
          ps.setLong(2, p.line());
          ps.setString(3, clip(p.field(), FieldLimits.PROBLEM_FIELD));
          ps.setString(4, clip(p.message(), FieldLimits.PROBLEM_MESSAGE));
        });
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }

  /**
   * Whether an import job's data was committed: its audit entry is written in the same transaction.
   */
  private boolean importSaved(long organizationId, long jobId) {
    return audit.recorded(
        organizationId,
        "JOB",
        jobId,
        List.of(
            "CATALOGUE_IMPORTED", "REGISTRY_IMPORTED", "CAPTURES_IMPORTED", "PATENTS_IMPORTED"));
  }

  public List<JobProblem> problems(long jobId) {
    return jdbc.sql("select line, field, message from job_problems where job_id = ? order by id")
        .param(jobId)
        .query(JobProblem.class)
        .list();
  }

  public Optional<Job> find(long organizationId, long jobId) {
    return jdbc.sql("select * from jobs where id = ? and organization_id = ?")
        .params(jobId, organizationId)
        .query(this::job)
        .optional();
  }

  public PageOf<Job> list(long organizationId, JobKind kind, PageRequest page) {
    String where = " where organization_id = ?" + (kind == null ? "" : " and kind = ?");
    Object[] params =
        kind == null ? new Object[] {organizationId} : new Object[] {organizationId, kind.name()};
    long total =
        jdbc.sql("select count(*) from jobs" + where).params(params).query(Long.class).single();
    var items =
        jdbc.sql(
                "select * from jobs"
                    + where
                    + " order by id desc limit "
                    + page.size()
                    + " offset "
                    + page.offset())
            .params(params)
            .query(this::job)
            .list();
    return new PageOf<>(items, page.page(), page.size(), total);
  }

  /** The newest running or queued job of a kind, for progress banners. */
  public Optional<Job> active(long organizationId, JobKind kind) {
    // list(), not stream(): a JdbcClient stream holds its connection until it is closed.
    return jdbc
        .sql(
            "select * from jobs where organization_id = ? and kind = ? and status in ('QUEUED',"
                + " 'RUNNING') order by id desc limit 1")
        .params(organizationId, kind.name())
        .query(this::job)
        .list()
        .stream()
        .findFirst();
  }

  /**
   * Marks the jobs a previous run of the service left queued or running as interrupted, each with a
   * message that says what it did: an import either saved everything or nothing (one transaction),
   * which its audit entry tells apart; a re-screen kept the pages it finished, which its recorded
   * counts say.
   *
   * @return the jobs as they are now recorded, with their organizations
   */
  public List<Interrupted> markInterrupted() {
    List<Interrupted> cut =
        jdbc.sql("select * from jobs where status in ('QUEUED', 'RUNNING') order by id")
            .query((rs, n) -> new Interrupted(rs.getLong("organization_id"), job(rs, n)))
            .list();
    List<Interrupted> marked = new ArrayList<>(cut.size());
    for (Interrupted i : cut) {
      Job j = i.job();
      long org = i.organizationId();
      String message =
          switch (j.kind()) {
            case RESCREEN ->
                j.processed() == 0
                    ? "The server stopped before this re-screen had finished its first page of"
                        + " listings; nothing was changed. The listings are re-screened when the"
                        + " service starts again."
                    : "The server stopped after "
                        + j.processed()
                        + " of "
                        + j.total()
                        + " listings were re-screened; the "
                        + j.accepted()
                        + " that changed keep their new screening. The rest are re-screened when the"
                        + " service starts again.";
            case CATALOGUE_IMPORT, REGISTRY_IMPORT, MONITORING_IMPORT, PATENT_IMPORT ->
                importSaved(org, j.id())
                    ? "The server stopped after this import was saved in full (see the audit log);"
                        + " only its report of rejected rows was lost. Upload the file again to see"
                        + " them: rows already imported count as unchanged."
                    : "The server stopped before this import was saved; nothing was imported."
                        + " Upload the file again.";
          };
      try {
        Job after = j.interrupt(message, Timestamps.now(clock).toInstant());
        guarded(
            jdbc.sql(
                    "update jobs set status = ?, message = ?, finished_at = ? where id = ? and"
                        + " status = ?")
                .params(after.status().name(), after.message(), finished(after), j.id(), was(j)));
      } catch (ConflictException e) {
        // It ended on its own between the look and the move; it was not cut short after all.
        continue;
      }
      running.remove(j.id());
      marked.add(new Interrupted(org, find(org, j.id()).orElseThrow()));
    }
    return marked;
  }

  /** A job a restart cut short, and the organization it belongs to. */
  public record Interrupted(long organizationId, Job job) {}

  private Job job(ResultSet rs, int n) throws SQLException {
    long id = rs.getLong("id");
    Progress live = running.get(id);
    JobStatus status = JobStatus.valueOf(rs.getString("status"));
    boolean isLive = live != null && !status.finished();
    var finished = rs.getObject("finished_at", OffsetDateTime.class);
    return new Job(
        id,
        JobKind.valueOf(rs.getString("kind")),
        status,
        rs.getString("file_name"),
        rs.getString("format"),
        isLive ? live.total : rs.getLong("total"),
        isLive ? live.processed : rs.getLong("processed"),
        rs.getLong("accepted"),
        rs.getLong("rejected"),
        rs.getLong("unchanged"),
        rs.getString("message"),
        isLive ? live.phase : status.name().toLowerCase(Locale.ROOT),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        finished == null ? null : finished.toInstant());
  }
}
