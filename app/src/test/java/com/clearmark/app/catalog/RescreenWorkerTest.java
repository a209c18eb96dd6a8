package com.clearmark.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.clearmark.app.job.Job;
import com.clearmark.app.job.JobKind;
import com.clearmark.app.job.JobStatus;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.app.shared.Timestamps;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The re-screen worker and the registry builder it listens to, in the running service on its
 * embedded database: a job always ends, and one organization's import never holds up another's
 * registry.
 */
@SpringBootTest
class RescreenWorkerTest {

  @TempDir static Path home;

  @DynamicPropertySource
  static void h2(DynamicPropertyRegistry registry) {
    registry.add("clearmark.home", () -> home.toString());
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:mem:rescreen-worker-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @Autowired Rescreener rescreener;
  @Autowired Jobs jobs;
  @Autowired CatalogService catalog;
  @Autowired RegistryIndexes indexes;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void aReScreenThatDiesOnAnErrorEndsItsJobWithItsProgressAndPassesTheErrorOn() {
    long org = organization("Northwind Goods");
    long jobId = jobs.create(org, JobKind.RESCREEN, "registry version 4", null, null);
    jobs.start(jobId, null);
    long[] counts = {4000, 2000, 37};

    assertThatThrownBy(
            () ->
                rescreener.endingTheJob(
                    org,
                    jobId,
                    counts,
                    () -> {
                      throw new StackOverflowError("a listing screened too deep");
                    }))
        .isInstanceOf(StackOverflowError.class);

    Job job = jobs.find(org, jobId).orElseThrow();
    assertThat(job.status()).isEqualTo(JobStatus.FAILED);
    assertThat(job.message()).contains("2000 of 4000 listings").contains("37 that changed");
    assertThat(jobs.active(org, JobKind.RESCREEN))
        .as("a request after it starts a new re-screen instead of joining this one")
        .isEmpty();
  }

  @Test
  void oneOrganizationsImportInFlightHoldsUpNoOtherOrganizationsRegistryBuild() {
    long importing = organization("Contoso Outfitters");
    long other = organization("Fabrikam Trading");
    indexes.current(importing);
    RegistryIndexes.Compiled before = indexes.current(other);
    // The lock an import holds while it writes the catalogue.
    var lock = catalog.writer(importing);
    lock.lock();
    try {
      indexes.changed(importing);
      indexes.changed(other);

      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(20))
          .until(
              () ->
                  !indexes.status(other).rebuilding()
                      && indexes.status(other).compiled() != before);
    } finally {
      lock.unlock();
    }
  }

  private long organization(String name) {
    jdbc.sql("insert into organizations (name, created_at) values (?, ?)")
        .params(name, Timestamps.now(clock))
        .update();
    return jdbc.sql("select max(id) from organizations").query(Long.class).single();
  }
}
