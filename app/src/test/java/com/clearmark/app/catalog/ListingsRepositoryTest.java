package com.clearmark.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.screening.ListingFinding;
import com.clearmark.app.screening.ScreeningOutcome;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.support.PostgresServer;
import com.clearmark.app.support.TestClock;
import com.clearmark.app.web.PageRequest;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Decision;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Severity;
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
 * The catalogue's SQL, run against both databases the service supports, after the migrations. The
 * clock stands still, so every write of a test is stamped with the same time, as two quick writes
 * may be on a coarse system clock.
 */
class ListingsRepositoryTest {

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
    final JdbcClient jdbc;
    final Listings listings;
    final TransactionTemplate tx;
    final long org;

    Store(DataSource ds) {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
      jdbc = JdbcClient.create(ds);
      listings = new Listings(jdbc, new JdbcTemplate(ds), CLOCK);
      tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
      org = organization("Northwind Goods");
    }

    void write(Listings.Write... rows) {
      tx.executeWithoutResult(s -> listings.write(org, List.of(rows), null));
    }

    long organization(String name) {
      jdbc.sql("insert into organizations (name, created_at) values (?, ?)")
          .params(name, Timestamps.now(CLOCK))
          .update();
      return jdbc.sql("select max(id) from organizations").query(Long.class).single();
    }
  }

  static Listing listing(String sku, String title) {
    return Listing.builder()
        .row(1)
        .sku(sku)
        .asin("B0TEST0001")
        .title(title)
        .brand("Northwind")
        .bulletPoints("Braided nylon", "Two metres")
        .price("12.99")
        .currency("USD")
        .build();
  }

  static ScreeningOutcome flaggedFor(String mark) {
    var finding =
        new Finding(
            Rule.TM_EXACT,
            Severity.HIGH,
            mark,
            "EX-1",
            "Owner Inc.",
            "title",
            0,
            mark.length(),
            mark,
            "The title names " + mark + ".");
    return new ScreeningOutcome(
        Decision.BLOCK, 80, List.of(new ScreeningOutcome.Screened(finding, false)), 1);
  }

  static final ScreeningOutcome CLEAN = new ScreeningOutcome(Decision.PASS, 0, List.of(), 1);

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void newListingsAreStoredWithTheirFirstVersionAndFindings(String name, DataSource ds) {
    var store = new Store(ds);
    var writes =
        List.of(
            new Listings.Write(
                null,
                "SKU-1",
                "B0TEST0001",
                listing("SKU-1", "Zorvix cable"),
                "h1",
                CLEAN,
                ReviewStatus.NONE),
            new Listings.Write(
                null,
                "SKU-2",
                "B0TEST0002",
                listing("SKU-2", "ACME cable"),
                "h2",
                flaggedFor("ACME"),
                ReviewStatus.OPEN));
    store.write(writes.toArray(Listings.Write[]::new));

    var flagged = store.listings.findBySku(store.org, "SKU-2").orElseThrow();
    assertThat(flagged.decision()).isEqualTo("BLOCK");
    assertThat(flagged.reviewStatus()).isEqualTo(ReviewStatus.OPEN);
    var version = store.listings.version(store.org, flagged.id(), 1).orElseThrow();
    assertThat(version.bulletPoints()).containsExactly("Braided nylon", "Two metres");
    assertThat(version.price()).isEqualByComparingTo("12.99");
    assertThat(store.listings.findings(store.org, version.id()))
        .singleElement()
        .satisfies(f -> assertThat(f.mark()).isEqualTo("ACME"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aChangedListingGetsANewVersionAndKeepsItsHistory(String name, DataSource ds) {
    var store = new Store(ds);
    store.write(
        new Listings.Write(
            null,
            "SKU-1",
            "B0TEST0001",
            listing("SKU-1", "ACME cable"),
            "h1",
            flaggedFor("ACME"),
            ReviewStatus.OPEN));
    var current = store.listings.currentBySku(store.org).get("SKU-1");
    store.write(
        new Listings.Write(
            current,
            "SKU-1",
            "B0TEST0001",
            listing("SKU-1", "Braided cable"),
            "h2",
            CLEAN,
            ReviewStatus.NONE));

    var listing = store.listings.findBySku(store.org, "SKU-1").orElseThrow();
    assertThat(listing.version()).isEqualTo(2);
    assertThat(listing.decision()).isEqualTo("PASS");
    assertThat(store.listings.versions(store.org, listing.id()))
        .extracting(ListingVersion::title)
        .containsExactly("Braided cable", "ACME cable");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void versionsWrittenAtTheSameInstantKeepTheirOwnFindings(String name, DataSource ds) {
    var store = new Store(ds);
    store.write(
        new Listings.Write(
            null,
            "SKU-1",
            "B0TEST0001",
            listing("SKU-1", "ACME cable"),
            "h1",
            flaggedFor("ACME"),
            ReviewStatus.OPEN));
    store.write(
        new Listings.Write(
            store.listings.currentBySku(store.org).get("SKU-1"),
            "SKU-1",
            "B0TEST0001",
            listing("SKU-1", "Zorvix cable"),
            "h2",
            flaggedFor("ZORVIX"),
            ReviewStatus.OPEN),
        new Listings.Write(
            null,
            "SKU-2",
            "B0TEST0002",
            listing("SKU-2", "Zorvix charger"),
            "h3",
            flaggedFor("ZORVIX"),
            ReviewStatus.OPEN));

    long id = store.listings.findBySku(store.org, "SKU-1").orElseThrow().id();
    var first = store.listings.version(store.org, id, 1).orElseThrow();
    var second = store.listings.version(store.org, id, 2).orElseThrow();
    assertThat(second.createdAt()).isEqualTo(first.createdAt());
    assertThat(store.listings.findings(store.org, first.id()))
        .extracting(ListingFinding::mark)
        .containsExactly("ACME");
    assertThat(store.listings.findings(store.org, second.id()))
        .extracting(ListingFinding::mark)
        .containsExactly("ZORVIX");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void filtersFindListingsByRuleAndMarkOfTheirCurrentVersionOnly(String name, DataSource ds) {
    var store = new Store(ds);
    store.write(
        new Listings.Write(
            null,
            "SKU-1",
            "",
            listing("SKU-1", "ACME cable"),
            "h1",
            flaggedFor("ACME"),
            ReviewStatus.OPEN),
        new Listings.Write(
            null, "SKU-2", "", listing("SKU-2", "Plain cable"), "h2", CLEAN, ReviewStatus.NONE));
    var byMark = new Listings.Filter(null, "TM_EXACT", "acme", null, null, null, null, null, false);
    assertThat(store.listings.page(store.org, byMark, PageRequest.of(0, 10)).items())
        .extracting(ListingSummary::sku)
        .containsExactly("SKU-1");
    var flaggedOnly = new Listings.Filter(null, null, null, null, null, null, null, null, true);
    assertThat(store.listings.page(store.org, flaggedOnly, PageRequest.of(0, 10)).totalElements())
        .isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anotherOrganizationSeesNoneOfTheListings(String name, DataSource ds) {
    var store = new Store(ds);
    store.write(
        new Listings.Write(
            null,
            "SKU-1",
            "",
            listing("SKU-1", "ACME cable"),
            "h1",
            flaggedFor("ACME"),
            ReviewStatus.OPEN));
    long other = store.organization("Harbor Lane");
    long id = store.listings.findBySku(store.org, "SKU-1").orElseThrow().id();

    assertThat(store.listings.find(other, id)).isEmpty();
    assertThat(store.listings.versions(other, id)).isEmpty();
    assertThat(store.listings.page(other, Listings.Filter.none(), PageRequest.of(0, 10)).items())
        .isEmpty();
  }
}
