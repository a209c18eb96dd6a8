package com.clearmark.app.staydown;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.enforcement.CaseStatus;
import com.clearmark.app.monitoring.Capture;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.support.MarketplaceRows;
import com.clearmark.app.support.PostgresServer;
import com.clearmark.app.support.TestClock;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removed listings stay down: a listing put back under a new id with a few words changed, or under
 * its old id, is caught; an unrelated one is not; another brand's removals never count. On both
 * databases the service supports.
 */
class StayDownTest {

  static final Clock CLOCK =
      Clock.fixed(
          TestClock.TODAY.atTime(TestClock.START).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  static final String AMAZON = "amazon.com";

  static final String TITLE = "Zorvix 65W USB C Charger GaN Fast Charging Wall Plug Adapter";
  static final List<String> BULLETS =
      List.of(
          "Charges a laptop, a tablet and a phone at full speed from one compact plug",
          "Foldable prongs and a travel size that fits in any pocket or bag",
          "Smart chip protects against overheating, overcharging and short circuits");
  static final String DESCRIPTION =
      "Original Zorvix quality at a fraction of the price. Ships from our warehouse within one"
          + " day, with a twelve month replacement promise and friendly support by email.";

  static Stream<Arguments> databases() {
    var h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    var pg = PostgresServer.shared();
    var postgres = new DriverManagerDataSource(pg.createDatabase(), pg.username(), "");
    return Stream.of(Arguments.of("H2", h2), Arguments.of("PostgreSQL", postgres));
  }

  static final class Desk {
    final MarketplaceRows rows;
    final StayDown stayDown;
    final TransactionTemplate tx;

    Desk(DataSource ds) {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
      var jdbc = JdbcClient.create(ds);
      var transactions = new DataSourceTransactionManager(ds);
      rows = new MarketplaceRows(jdbc, CLOCK);
      stayDown = new StayDown(new Fingerprints(jdbc, CLOCK), transactions);
      tx = new TransactionTemplate(transactions);
    }

    /** A counterfeit listing taken down: its case is removed and its fingerprint remembered. */
    long removed(long org, Capture capture) {
      long caseId = rows.caseOn(org, capture, CaseStatus.REMOVED, null);
      tx.executeWithoutResult(s -> stayDown.remember(OrganizationId.of(org), caseId, capture));
      return caseId;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aRemovedListingRelistedUnderANewIdWithAFewWordsChangedIsCaught(String db, DataSource ds) {
    var desk = new Desk(ds);
    long brand = desk.rows.organization("Voltra Power");
    long seller =
        desk.rows.seller(brand, AMAZON, "A3FAKE01", "ChargeKing", "", "+1 415 555 0100", "");
    var original =
        desk.rows.capture(
            brand, seller, AMAZON, "B0FAKE0001", TITLE, BULLETS, DESCRIPTION, "19.99");
    long caseId = desk.removed(brand, original);

    var relisted =
        desk.rows.capture(
            brand,
            seller,
            AMAZON,
            "B0FAKE0002",
            TITLE.replace("Wall Plug", "Wall"),
            List.of(BULLETS.get(1), BULLETS.get(0), BULLETS.get(2)),
            DESCRIPTION.replace("one day", "two days"),
            "21.50");

    var matches = desk.stayDown.matches(OrganizationId.of(brand), relisted);

    assertThat(matches).hasSize(1);
    var match = matches.get(0);
    assertThat(match.caseId()).isEqualTo(caseId);
    assertThat(match.similarity()).isGreaterThanOrEqualTo(RelistingPolicy.MIN_TEXT_SIMILARITY);
    assertThat(match.reasons())
        .anyMatch(r -> r.startsWith("listing text"))
        .contains("sold by the same seller")
        .anyMatch(r -> r.startsWith("price 21.50 USD close to"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anUnrelatedListingIsNotARelisting(String db, DataSource ds) {
    var desk = new Desk(ds);
    long brand = desk.rows.organization("Voltra Power");
    long seller = desk.rows.seller(brand, AMAZON, "A3FAKE01", "ChargeKing", "", "", "");
    desk.removed(
        brand,
        desk.rows.capture(
            brand, seller, AMAZON, "B0FAKE0001", TITLE, BULLETS, DESCRIPTION, "19.99"));

    var other =
        desk.rows.capture(
            brand,
            seller,
            AMAZON,
            "B0CABLE001",
            "Braided USB C to USB C Cable 2 m for Phones and Laptops",
            List.of(
                "Nylon braid survives twenty thousand bends",
                "Carries 100 W for laptops and 480 Mbps for data"),
            "A sturdy cable for the desk or the car, in black or grey.",
            "19.99");

    assertThat(desk.stayDown.matches(OrganizationId.of(brand), other)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aListingBackUnderItsOldIdIsCaughtEvenWithNewText(String db, DataSource ds) {
    var desk = new Desk(ds);
    long brand = desk.rows.organization("Voltra Power");
    long seller = desk.rows.seller(brand, AMAZON, "A3FAKE01", "ChargeKing", "", "", "");
    long caseId =
        desk.removed(
            brand,
            desk.rows.capture(
                brand, seller, AMAZON, "B0FAKE0001", TITLE, BULLETS, DESCRIPTION, "19.99"));

    var back =
        desk.rows.capture(
            brand,
            seller,
            AMAZON,
            "B0FAKE0001",
            "Fast charger 65 watt for laptops",
            List.of("Compact"),
            "Best price.",
            "9.99");

    var matches = desk.stayDown.matches(OrganizationId.of(brand), back);

    assertThat(matches).extracting(StayDown.Relisting::caseId).containsExactly(caseId);
    assertThat(matches.get(0).reasons())
        .first()
        .isEqualTo("back under the removed listing's id B0FAKE0001 on amazon.com");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anotherBrandsRemovalsNeverMatchThisBrandsCaptures(String db, DataSource ds) {
    var desk = new Desk(ds);
    long voltra = desk.rows.organization("Voltra Power");
    long rival = desk.rows.organization("Rival Brands");
    long rivalSeller = desk.rows.seller(rival, AMAZON, "A3FAKE01", "ChargeKing", "", "", "");
    desk.removed(
        rival,
        desk.rows.capture(
            rival, rivalSeller, AMAZON, "B0FAKE0001", TITLE, BULLETS, DESCRIPTION, "19.99"));

    long seller = desk.rows.seller(voltra, AMAZON, "A3FAKE01", "ChargeKing", "", "", "");
    var same =
        desk.rows.capture(
            voltra, seller, AMAZON, "B0FAKE0001", TITLE, BULLETS, DESCRIPTION, "19.99");

    assertThat(desk.stayDown.matches(OrganizationId.of(voltra), same)).isEmpty();
    assertThat(desk.stayDown.matches(OrganizationId.of(rival), same))
        .as("the rival's own capture of it would be caught")
        .hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aFingerprintIsSeenByItsOwnTransactionAndNeverAfterThatRollsBack(String db, DataSource ds) {
    var desk = new Desk(ds);
    long brand = desk.rows.organization("Voltra Power");
    long seller = desk.rows.seller(brand, AMAZON, "A3FAKE01", "ChargeKing", "", "", "");
    var original =
        desk.rows.capture(
            brand, seller, AMAZON, "B0FAKE0001", TITLE, BULLETS, DESCRIPTION, "19.99");
    long caseId = desk.rows.caseOn(brand, original, CaseStatus.REMOVED, null);
    desk.tx.executeWithoutResult(
        s -> {
          desk.stayDown.remember(OrganizationId.of(brand), caseId, original);
          assertThat(desk.stayDown.matches(OrganizationId.of(brand), original))
              .as("a takedown and its relisting in one capture batch see each other")
              .hasSize(1);
          s.setRollbackOnly();
        });

    assertThat(desk.stayDown.matches(OrganizationId.of(brand), original)).isEmpty();
    desk.removed(brand, original);
    assertThat(desk.stayDown.matches(OrganizationId.of(brand), original)).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void atMostFiveRelistingsBestFirst(String db, DataSource ds) {
    var desk = new Desk(ds);
    long brand = desk.rows.organization("Voltra Power");
    long seller = desk.rows.seller(brand, AMAZON, "A3FAKE01", "ChargeKing", "", "", "");
    for (int i = 0; i < 7; i++) {
      desk.removed(
          brand,
          desk.rows.capture(
              brand,
              seller,
              AMAZON,
              "B0FAKE000" + i,
              TITLE,
              BULLETS,
              DESCRIPTION + " Lot " + i + ".",
              "19.99"));
    }
    var fresh =
        desk.rows.capture(
            brand, seller, AMAZON, "B0FAKE0100", TITLE, BULLETS, DESCRIPTION, "19.99");

    var matches = desk.stayDown.matches(OrganizationId.of(brand), fresh);

    assertThat(matches).hasSize(StayDown.MAX_MATCHES);
    assertThat(matches)
        .extracting(StayDown.Relisting::similarity)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }
}
