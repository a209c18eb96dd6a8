package com.clearmark.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.support.PostgresServer;
import com.clearmark.app.support.TwoAtOnce;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The lock on an organization's catalogue, which imports, single-listing updates and re-screens
 * take, held by the database: two instances of the service on one database, each with its own
 * connections and its own locks in memory, never hold the same organization's catalogue at once.
 */
class CatalogueLockAcrossInstancesTest {

  /** Two data sources on one database: what two instances of the service see. */
  record Database(String name, DataSource first, DataSource second) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> databases() {
    String h2 = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    var pg = PostgresServer.shared();
    String postgres = pg.createDatabase();
    return Stream.of(
        Arguments.of(
            new Database(
                "H2",
                new DriverManagerDataSource(h2, "sa", ""),
                new DriverManagerDataSource(h2, "sa", ""))),
        Arguments.of(
            new Database(
                "PostgreSQL",
                new DriverManagerDataSource(postgres, pg.username(), ""),
                new DriverManagerDataSource(postgres, pg.username(), ""))));
  }

  static long organization(DataSource ds, String name) {
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    var jdbc = JdbcClient.create(ds);
    jdbc.sql("insert into organizations (name, created_at) values (?, ?)")
        .params(name, Timestamps.now(Clock.systemUTC()))
        .update();
    return jdbc.sql("select max(id) from organizations").query(Long.class).single();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void whileOneInstanceHoldsAnOrganizationsCatalogueAnotherCannotTakeIt(Database db) {
    long org = organization(db.first(), "Northwind Goods");
    long other = organization(db.first(), "Contoso Outfitters");
    var first = new CatalogueWriters(db.first());
    var second = new CatalogueWriters(db.second());

    first.of(org).lock();
    try {
      assertThat(second.of(org).tryLock()).as("the same organization, another instance").isFalse();
      assertThat(second.of(other).tryLock()).as("another organization goes on").isTrue();
      second.of(other).unlock();
    } finally {
      first.of(org).unlock();
    }

    assertThat(second.of(org).tryLock()).as("free once the first instance let go").isTrue();
    second.of(org).unlock();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anInstanceWaitingForTheCatalogueGetsItWhenTheOtherLetsGo(Database db) throws Exception {
    long org = organization(db.first(), "Fabrikam Trading");
    var first = new CatalogueWriters(db.first());
    var second = new CatalogueWriters(db.second());

    first.of(org).lock();
    var waiting =
        CompletableFuture.runAsync(
            () -> {
              second.of(org).lock();
              second.of(org).unlock();
            });
    try {
      TimeUnit.MILLISECONDS.sleep(600);
      assertThat(waiting).as("still waiting while the first instance holds it").isNotDone();
    } finally {
      first.of(org).unlock();
    }
    waiting.get(30, TimeUnit.SECONDS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void twoInstancesTakingTheCatalogueAtTheSameTimeHoldItOneAfterTheOther(Database db) {
    long org = organization(db.first(), "Tailspin Toys");
    var instances =
        new CatalogueWriters[] {
          new CatalogueWriters(db.first()), new CatalogueWriters(db.second())
        };
    var holding = new AtomicInteger();
    var mostAtOnce = new AtomicInteger();
    var turns = new AtomicInteger();

    TwoAtOnce.Task[] tasks = new TwoAtOnce.Task[2];
    for (int i = 0; i < 2; i++) {
      var lock = instances[i].of(org);
      tasks[i] =
          together -> {
            for (int turn = 0; turn < 5; turn++) {
              lock.lock();
              try {
                mostAtOnce.accumulateAndGet(holding.incrementAndGet(), Math::max);
                TimeUnit.MILLISECONDS.sleep(30);
                turns.incrementAndGet();
              } finally {
                holding.decrementAndGet();
                lock.unlock();
              }
            }
            return null;
          };
    }

    var outcomes = TwoAtOnce.run(tasks[0], tasks[1]);

    assertThat(outcomes).allMatch(TwoAtOnce.Outcome::won);
    assertThat(turns).hasValue(10);
    assertThat(mostAtOnce).as("instances holding the catalogue at once").hasValue(1);
  }

  @Test
  void theLockOfAnInstanceWhoseConnectionDiesIsFreedByPostgresql() {
    var pg = PostgresServer.shared();
    String url = pg.createDatabase();
    var first = new DriverManagerDataSource(url, pg.username(), "");
    var second = new DriverManagerDataSource(url, pg.username(), "");
    long org = organization(first, "Adventure Works");
    var crashing = new CatalogueWriters(first).of(org);
    var other = new CatalogueWriters(second).of(org);
    crashing.lock();
    assertThat(other.tryLock()).isFalse();

    // What a crash of the instance does to its connection: the server ends the session.
    var admin = JdbcClient.create(second);
    admin
        .sql(
            "select pg_terminate_backend(pid) from pg_stat_activity where datname ="
                + " current_database() and state like 'idle in transaction%'")
        .query()
        .listOfRows();

    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              if (other.tryLock()) {
                other.unlock();
                return true;
              }
              return false;
            });
    crashing.unlock();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aThreadThatHoldsTheCatalogueMayTakeItAgain(Database db) {
    long org = organization(db.first(), "Wide World Importers");
    var lock = new CatalogueWriters(db.first()).of(org);

    lock.lock();
    assertThat(lock.tryLock()).isTrue();
    lock.unlock();
    assertThat(new CatalogueWriters(db.second()).of(org).tryLock())
        .as("still held by the outer hold")
        .isFalse();
    lock.unlock();
    assertThat(lock.isHeldByCurrentThread()).isFalse();
  }
}
