package com.clearmark.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.support.PostgresServer;
import com.clearmark.app.support.TestClock;
import com.clearmark.app.support.TwoAtOnce;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people moving the same complaint at the same time, on both databases the service supports:
 * the complaint's repository stores a move only if the complaint still has the status it was read
 * with, so exactly one of them wins and the other is told to reload.
 */
class ConcurrentComplaintMovesTest {

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

  static final class Store {
    final Complaints complaints;
    final TransactionTemplate tx;
    final long org;

    Store(DataSource ds) {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
      var jdbc = JdbcClient.create(ds);
      complaints = new Complaints(jdbc, CLOCK);
      tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
      jdbc.sql("insert into organizations (name, created_at) values (?, ?)")
          .params("Northwind Goods " + UUID.randomUUID(), Timestamps.now(CLOCK))
          .update();
      org = jdbc.sql("select max(id) from organizations").query(Long.class).single();
    }

    long complaintThatIs(ComplaintStatus status) {
      return complaints.add(org, ComplaintMovesTest.complaintThatIs(status));
    }

    Complaint read(long id) {
      return complaints.find(org, id).orElseThrow();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void ofTwoAppealsOfAComplaintReadTogetherTheSecondToBeSavedIsRefusedAsAConflict(
      String name, DataSource ds) {
    var store = new Store(ds);
    long id = store.complaintThatIs(ComplaintStatus.INVESTIGATING);
    Complaint mine = store.read(id);
    Complaint theirs = store.read(id);

    store.complaints.moved(store.org, mine, mine.moveTo(ComplaintStatus.APPEALED));

    assertThatThrownBy(
            () ->
                store.complaints.moved(store.org, theirs, theirs.moveTo(ComplaintStatus.REJECTED)))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "This complaint was changed by someone else at the same time; reload it and try again.");
    assertThat(store.read(id).status()).isEqualTo(ComplaintStatus.APPEALED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void twoAppealsOfOneComplaintInTransactionsAtTheSameTimeLeaveOneAppeal(
      String name, DataSource ds) {
    var store = new Store(ds);
    long id = store.complaintThatIs(ComplaintStatus.ACTION_TAKEN);
    TwoAtOnce.Task appeal =
        together ->
            store.tx.execute(
                s -> {
                  Complaint read = store.read(id);
                  // Both have read the complaint before either writes.
                  together.meet();
                  Complaint appealed = read.moveTo(ComplaintStatus.APPEALED);
                  store.complaints.moved(store.org, read, appealed);
                  store.complaints.addAction(
                      id, ComplaintAction.LISTING_REMOVED, "appeal filed", name);
                  return appealed.status();
                });

    var outcomes = TwoAtOnce.run(appeal, appeal);

    assertThat(outcomes).filteredOn(TwoAtOnce.Outcome::won).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !o.won())
        .singleElement()
        .satisfies(
            o ->
                assertThat(o.thrown())
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("changed by someone else at the same time"));
    Complaint stored = store.read(id);
    assertThat(stored.status()).isEqualTo(ComplaintStatus.APPEALED);
    assertThat(stored.actions()).as("the loser's work was rolled back with it").hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anActionRecordedWhileTheComplaintIsMovedByAnotherIsRefusedWhole(String name, DataSource ds) {
    var store = new Store(ds);
    long id = store.complaintThatIs(ComplaintStatus.NEW);
    Complaint acting = store.read(id);
    Complaint moving = store.read(id);
    store.complaints.moved(store.org, moving, moving.moveTo(ComplaintStatus.RESOLVED));

    assertThatThrownBy(
            () ->
                store.tx.executeWithoutResult(
                    s -> {
                      store.complaints.moved(store.org, acting, acting.actedOn());
                      store.complaints.addAction(
                          id, ComplaintAction.LISTING_REMOVED, "listing closed", name);
                    }))
        .isInstanceOf(ConflictException.class);
    assertThat(store.read(id).status()).isEqualTo(ComplaintStatus.RESOLVED);
    assertThat(store.read(id).actions()).isEmpty();
  }
}
