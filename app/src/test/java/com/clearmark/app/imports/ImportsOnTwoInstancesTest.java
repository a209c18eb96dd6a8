package com.clearmark.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clearmark.app.ClearmarkApplication;
import com.clearmark.app.job.Job;
import com.clearmark.app.job.JobStatus;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.support.PostgresServer;
import com.clearmark.app.support.TwoAtOnce;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the service, each a whole Spring application with its own connection pool and
 * its own memory, on one database. The same organization uploads the same new catalogue to both at
 * the same moment. Had both imports read the catalogue before either wrote it, both would add the
 * same SKUs and one would fail on the database's unique key; because the catalogue's lock is held
 * in the database, one import writes and the other, after it, finds every listing unchanged.
 */
class ImportsOnTwoInstancesTest {

  static final int LISTINGS = 3000;

  @TempDir Path homes;
  private final List<ConfigurableApplicationContext> running = new ArrayList<>();

  static Stream<Arguments> databases() {
    var pg = PostgresServer.shared();
    return Stream.of(
        Arguments.of("H2", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa"),
        Arguments.of("PostgreSQL", pg.createDatabase(), pg.username()));
  }

  @AfterEach
  void stop() {
    running.forEach(ConfigurableApplicationContext::close);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theSameCatalogueUploadedToTwoInstancesAtOnceIsImportedOnceAndFoundUnchangedOnce(
      String name, String url, String user) throws Exception {
    var first = instance("first", url, user);
    var second = instance("second", url, user);
    Caller seller = seller(first.getBean(JdbcClient.class));
    byte[] csv = catalogue(LISTINGS);

    var outcomes =
        TwoAtOnce.run(
            together -> upload(first, seller, csv), together -> upload(second, seller, csv));

    assertThat(outcomes).allMatch(TwoAtOnce.Outcome::won);
    Jobs jobs = first.getBean(Jobs.class);
    List<Job> ended = new ArrayList<>();
    for (var outcome : outcomes) {
      long id = ((Job) outcome.value()).id();
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> jobs.find(seller.organizationId(), id).orElseThrow().finished());
      ended.add(jobs.find(seller.organizationId(), id).orElseThrow());
    }

    assertThat(ended).as("%s", ended).extracting(Job::status).containsOnly(JobStatus.SUCCEEDED);
    assertThat(ended).extracting(Job::accepted).containsExactlyInAnyOrder((long) LISTINGS, 0L);
    assertThat(ended).extracting(Job::unchanged).containsExactlyInAnyOrder(0L, (long) LISTINGS);
    var jdbc = second.getBean(JdbcClient.class);
    assertThat(
            jdbc.sql(
                    "select count(*) from listings where organization_id = ? and current_version"
                        + " = 1")
                .param(seller.organizationId())
                .query(Long.class)
                .single())
        .isEqualTo(LISTINGS);
  }

  private ConfigurableApplicationContext instance(String which, String url, String user)
      throws Exception {
    Path home = Files.createDirectories(homes.resolve(which));
    var context =
        new SpringApplicationBuilder(ClearmarkApplication.class)
            .run(
                "--server.port=0",
                "--clearmark.home=" + home,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=");
    running.add(context);
    return context;
  }

  private static Job upload(ConfigurableApplicationContext instance, Caller seller, byte[] csv) {
    return instance
        .getBean(ImportService.class)
        .submit(
            seller,
            ImportKind.CATALOGUE,
            "catalogue.csv",
            new ByteArrayInputStream(csv),
            "",
            false,
            null)
        .job();
  }

  private static Caller seller(JdbcClient jdbc) {
    var now = Timestamps.now(Clock.systemUTC());
    jdbc.sql("insert into organizations (name, created_at) values (?, ?)")
        .params("Fenwick Outdoor", now)
        .update();
    long org = jdbc.sql("select max(id) from organizations").query(Long.class).single();
    jdbc.sql("insert into users (email, name, password_hash, created_at) values (?, ?, ?, ?)")
        .params("pat@fenwick.example", "Pat Fenwick", "-", now)
        .update();
    long user =
        jdbc.sql("select id from users where email = 'pat@fenwick.example'")
            .query(Long.class)
            .single();
    return new Caller(user, "Pat Fenwick", org, "Fenwick Outdoor", Role.REVIEWER);
  }

  /** A catalogue in the canonical CSV, no cell needing quotes. */
  private static byte[] catalogue(int listings) {
    var out =
        new StringBuilder(
            "sku,asin,title,brand,bullet_points,description,search_terms,price,currency,category,"
                + "marketplace\n");
    for (int i = 0; i < listings; i++) {
      out.append("FW-")
          .append(String.format("%06d", i))
          .append(",,Fenwick trail shoe model ")
          .append(1000 + i)
          .append(",Fenwick,Breathable mesh|Reinforced seams,Built for long days on rough")
          .append(" ground,trail hiking,")
          .append(19 + i % 80)
          .append(".99,USD,Sports & Outdoors,US\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
