package com.clearmark.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.support.PostgresServer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration that gives each listing the registry version it was screened against, run on a
 * database that already holds listings, on H2 and on PostgreSQL: each listing takes the version of
 * its current screening, so only listings behind the registry are re-screened after the upgrade.
 */
class ScreenedRegistryVersionMigrationTest {

  private static final OffsetDateTime WHEN =
      OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void onH2EachListingTakesTheRegistryVersionOfItsCurrentScreening() {
    upgradeWithListings(
        new DriverManagerDataSource(
            "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
  }

  @Test
  void onPostgresEachListingTakesTheRegistryVersionOfItsCurrentScreening() {
    var server = PostgresServer.shared();
    upgradeWithListings(
        new DriverManagerDataSource(server.createDatabase(), server.username(), ""));
  }

  private static void upgradeWithListings(DataSource db) {
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration")
        .target("3")
        .load()
        .migrate();
    var jdbc = JdbcClient.create(db);
    jdbc.sql("insert into organizations (name, registry_version, created_at) values (?, 7, ?)")
        .params("Fenwick Outdoor Supply", WHEN)
        .update();
    long org = jdbc.sql("select id from organizations").query(Long.class).single();
    long rescreened = listing(jdbc, org, "FW-1", 7, 2);
    long unchangedSince = listing(jdbc, org, "FW-2", 4, 1);

    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

    assertThat(registryVersion(jdbc, rescreened)).isEqualTo(7);
    assertThat(registryVersion(jdbc, unchangedSince)).isEqualTo(4);
    assertThat(
            jdbc.sql(
                    "select count(*) from listings where organization_id = ? and registry_version < 7")
                .param(org)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  /** A listing whose current version was screened against {@code current}, older ones against 1. */
  private static long listing(JdbcClient jdbc, long org, String sku, long current, int versions) {
    jdbc.sql(
            """
            insert into listings (organization_id, sku, asin, current_version, brand, title,
              decision, score, review_status, content_hash, created_at, updated_at)
            values (?, ?, '', ?, 'Fenwick', 'Fenwick trail shoe', 'PASS', 0, 'NONE', ?, ?, ?)""")
        .params(org, sku, versions, "hash-" + sku, WHEN, WHEN)
        .update();
    long id =
        jdbc.sql("select id from listings where sku = ?").param(sku).query(Long.class).single();
    for (int v = 1; v <= versions; v++) {
      jdbc.sql(
              """
              insert into listing_versions (organization_id, listing_id, version, title, brand,
                bullet_points, description, search_terms, currency, category, marketplace,
                decision, score, registry_version, created_at, screened_at)
              values (?, ?, ?, 'Fenwick trail shoe', 'Fenwick', '', '', '', 'USD', '', 'US',
                'PASS', 0, ?, ?, ?)""")
          .params(org, id, v, v == versions ? current : 1, WHEN, WHEN)
          .update();
    }
    return id;
  }

  private static long registryVersion(JdbcClient jdbc, long listingId) {
    return jdbc.sql("select registry_version from listings where id = ?")
        .param(listingId)
        .query(Long.class)
        .single();
  }
}
