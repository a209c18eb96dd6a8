package com.clearmark.app.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.support.PostgresServer;
import com.clearmark.app.support.TestClock;
import com.clearmark.app.support.TwoAtOnce;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two workers, or two instances of the service, moving the same job at the same time, on both
 * databases: each move is stored only while the job has the status it was read with, so one move
 * wins and the other is refused instead of overwriting it.
 */
class ConcurrentJobMovesTest {

  static final Clock CLOCK =
      Clock.fixed(
          TestClock.TODAY.atTime(TestClock.START).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  static Stream<Arguments> databases() {
    var h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    var pg = PostgresServer.shared();
    var postgres = new DriverManagerDataSource(pg.createDatabase(), pg.username(), "");
    return Stream.of(Arguments.of("H2", h2), Arguments.of("PostgreSQL", postgres));
  }

  /**
   * One instance of the service's job repository; two of them on one database are two instances.
   */
  static Jobs instance(DataSource ds) {
    return new Jobs(
        JdbcClient.create(ds),
        new JdbcTemplate(ds),
        CLOCK,
        new AuditLog(JdbcClient.create(ds), CLOCK),
        new DataSourceTransactionManager(ds));
  }

  static long organization(DataSource ds) {
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    var jdbc = JdbcClient.create(ds);
    jdbc.sql("insert into organizations (name, created_at) values (?, ?)")
        .params("Northwind Goods " + UUID.randomUUID(), Timestamps.now(CLOCK))
        .update();
    return jdbc.sql("select max(id) from organizations").query(Long.class).single();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void ofTwoWorkersStartingOneQueuedJobAtOnceOneRunsItAndTheOtherIsRefused(
      String name, DataSource ds) {
    long org = organization(ds);
    Jobs first = instance(ds);
    Jobs second = instance(ds);
    long job = first.create(org, JobKind.CATALOGUE_IMPORT, "catalogue.csv", null, null);

    var outcomes =
        TwoAtOnce.run(together -> first.start(job, "CSV"), together -> second.start(job, "CSV"));

    assertThat(outcomes).filteredOn(TwoAtOnce.Outcome::won).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !o.won())
        .singleElement()
        .satisfies(o -> assertThat(o.thrown()).isInstanceOf(ConflictException.class));
    assertThat(first.find(org, job).orElseThrow().status()).isEqualTo(JobStatus.RUNNING);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aJobFinishingWhileAnotherInstanceMarksItInterruptedEndsOnceEitherWay(
      String name, DataSource ds) {
    long org = organization(ds);
    Jobs running = instance(ds);
    Jobs starting = instance(ds);
    long job = running.create(org, JobKind.CATALOGUE_IMPORT, "catalogue.csv", null, null);
    running.start(job, "CSV");

    var outcomes =
        TwoAtOnce.run(
            together -> {
              running.succeed(job, 10, 10, 0, 0, "CSV: 10 new");
              return JobStatus.SUCCEEDED;
            },
            together -> starting.markInterrupted());

    Job stored = running.find(org, job).orElseThrow();
    @SuppressWarnings("unchecked")
    var interrupted = (List<Jobs.Interrupted>) outcomes.get(1).value();
    if (outcomes.get(0).won()) {
      assertThat(stored.status()).isEqualTo(JobStatus.SUCCEEDED);
      assertThat(stored.message()).isEqualTo("CSV: 10 new");
      assertThat(interrupted).as("the finished job was not cut short").isEmpty();
    } else {
      assertThat(outcomes.get(0).thrown()).isInstanceOf(ConflictException.class);
      assertThat(stored.status()).isEqualTo(JobStatus.INTERRUPTED);
      assertThat(interrupted).extracting(i -> i.job().id()).containsExactly(job);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aJobEndedWhileAPageOfItsWorkCommitsKeepsThatPagesCountsAndTakesNoMore(
      String name, DataSource ds) {
    long org = organization(ds);
    Jobs jobs = instance(ds);
    long job = jobs.create(org, JobKind.RESCREEN, "registry version 2", null, null);
    jobs.start(job, null);
    var tx = new TransactionTemplate(new DataSourceTransactionManager(ds));

    var outcomes =
        TwoAtOnce.run(
            together ->
                tx.execute(
                    s -> {
                      jobs.progressed(job, 10, 5, 1, 4);
                      together.meet();
                      // The other ends the job now, and waits on this transaction's row lock.
                      return "progressed";
                    }),
            together -> {
              together.meet();
              jobs.failAfterProgress(job, "stopped on an internal error");
              return "failed";
            });

    assertThat(outcomes).allMatch(TwoAtOnce.Outcome::won);
    Job stored = jobs.find(org, job).orElseThrow();
    assertThat(stored.status()).isEqualTo(JobStatus.FAILED);
    assertThat(stored.processed()).as("the progress committed first stays").isEqualTo(5);
    assertThatThrownBy(() -> jobs.progressed(job, 10, 10, 2, 8))
        .as("no progress after the job ended")
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> jobs.succeed(job, 10, 2, 0, 8, "late"))
        .isInstanceOf(ConflictException.class);
  }
}
