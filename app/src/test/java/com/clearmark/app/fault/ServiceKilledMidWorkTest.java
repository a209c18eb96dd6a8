package com.clearmark.app.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.support.ApiClient;
import com.clearmark.app.support.Visitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Fault injection: the service runs as a process of its own on an embedded H2 database in its home
 * folder and is killed with SIGKILL at chosen points (right after it confirmed writes, in each
 * phase of an import, in the middle of a re-screen), then started again on the same data.
 *
 * <p>The points are found by watching the service's own progress through the API, never by
 * sleeping. The scenarios share one service and one seller, in order, because starting a service is
 * what costs time here; each states the state it needs and checks it first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceKilledMidWorkTest {

  /** Enough listings that every phase of an import and a re-screen lasts long enough to be seen. */
  private static final int LISTINGS = 10_000;

  /** A brand every third generated listing names, registered only once the catalogue is in. */
  private static final String QUORVANE = "Quorvane";

  private static final Duration PATIENCE = Duration.ofSeconds(180);

  /** The service's own account of a failed scenario, next to the assertion. */
  @RegisterExtension
  static final TestWatcher SERVICE_LOG =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (service != null) {
            System.err.println("end of the service's console output:\n" + service.log());
          }
        }
      };

  @TempDir static Path temp;
  static ServiceProcess service;
  static ApiClient admin;
  static byte[] catalogue;

  @BeforeAll
  static void startService() {
    service = new ServiceProcess(temp.resolve("clearmark-home")).start();
    // The admin signs in as a person does and creates an API token under Settings.
    admin =
        Visitor.signedIn(service.port(), ServiceProcess.ADMIN_EMAIL, ServiceProcess.ADMIN_PASSWORD)
            .apiToken("fault tests", "ADMIN");
    catalogue = GeneratedCatalogue.csv(LISTINGS, QUORVANE);
  }

  /**
   * A scenario that failed between a kill and the restart leaves the next one a stopped service.
   */
  @BeforeEach
  void serviceRunning() {
    if (!service.running()) {
      service.start();
    }
  }

  @AfterAll
  static void stopService() {
    if (service != null) {
      service.close();
    }
  }

  /**
   * A burst of confirmed writes, then the kill: the embedded database, left to its default, holds
   * back the writes that follow its last flush within half a second, so some of them are lost.
   */
  @Test
  @Order(1)
  void writesConfirmedRightBeforeAKillAreThereAfterTheRestart() {
    var mark = admin.post("/api/v1/marks", mark("Brindlecove"));
    List<ApiClient.Reply> listings = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      listings.add(
          admin.put("/api/v1/listings", listing("FW-KEPT-" + i, "Fenwick trail gaiter pair " + i)));
    }

    service.kill();
    assertThat(mark.status()).as("%s", mark).isEqualTo(201);
    assertThat(listings).allSatisfy(l -> assertThat(l.status()).as("%s", l).isEqualTo(201));
    service.start();

    var keptMark = admin.get("/api/v1/marks/" + mark.json().path("id").asLong());
    assertThat(keptMark.status()).as("%s", keptMark).isEqualTo(200);
    assertThat(keptMark.json().path("name").asString()).isEqualTo("Brindlecove");
    for (int i = 0; i < listings.size(); i++) {
      var kept = admin.get("/api/v1/listings/" + listings.get(i).json().path("id").asLong());
      assertThat(kept.status()).as("listing %d: %s", i + 1, kept).isEqualTo(200);
      assertThat(kept.body()).contains("FW-KEPT-" + (i + 1));
    }
    assertThat(listingCount()).isEqualTo(listings.size());
  }

  @Test
  @Order(2)
  void anImportKilledWhileReadingImportsNothingAndItsUploadIsRemoved() {
    killedInPhaseImportsNothing("reading");
  }

  @Test
  @Order(3)
  void anImportKilledWhileScreeningImportsNothingAndItsUploadIsRemoved() {
    killedInPhaseImportsNothing("screening");
  }

  @Test
  @Order(4)
  void anImportKilledWhileSavingIsSavedInFullOrNotAtAllAndItsJobSaysWhich() {
    long before = listingCount();
    long id = uploadCatalogue();
    awaitJob(id, j -> j.path("phase").asString().equals("saving"), "in its saving phase");

    service.killAndRestart();

    JsonNode job = job(id);
    assertThat(job.path("status").asString()).isEqualTo("INTERRUPTED");
    long after = listingCount();
    assertThat(after).isIn(before, before + LISTINGS);
    assertThat(job.path("message").asString())
        .contains(after == before ? "nothing was imported" : "saved in full");
    assertThat(uploadsLeft()).isEmpty();
  }

  @Test
  @Order(5)
  void aRescreenKilledMidwaySaysWhatItChangedAndIsFinishedAfterTheRestart() {
    if (listingCount() < LISTINGS + 5) {
      long id = uploadCatalogue();
      assertThat(
              awaitJob(id, j -> j.path("status").asString().equals("SUCCEEDED"), "imported")
                  .path("accepted")
                  .asLong())
          .isEqualTo(LISTINGS);
    }
    long listings = listingCount();
    awaitRegistry(
        r -> !r.path("rebuilding").asBoolean() && r.path("listingsBehind").asLong() == 0,
        "with no listing behind before the mark is added");

    var added = admin.post("/api/v1/marks", mark(QUORVANE));
    assertThat(added.status()).as("%s", added).isEqualTo(201);
    JsonNode midway =
        awaitNewestRescreen(
            j ->
                j.path("status").asString().equals("RUNNING")
                    && j.path("processed").asLong() >= 1000
                    && j.path("processed").asLong() < j.path("total").asLong() - 2000,
            "midway");
    long cut = midway.path("id").asLong();

    service.killAndRestart();

    JsonNode interrupted = job(cut);
    assertThat(interrupted.path("status").asString()).isEqualTo("INTERRUPTED");
    long done = interrupted.path("processed").asLong();
    long changed = interrupted.path("accepted").asLong();
    assertThat(done).isPositive().isLessThan(listings);
    assertThat(changed).isPositive();
    assertThat(interrupted.path("message").asString())
        .doesNotContainIgnoringCase("nothing was changed")
        .contains(done + " of " + listings, changed + " that changed");

    JsonNode resumed =
        awaitNewestRescreen(
            j -> j.path("id").asLong() > cut && j.path("status").asString().equals("SUCCEEDED"),
            "resumed and finished");
    assertThat(resumed.path("processed").asLong()).isEqualTo(listings - done);
    assertThat(changed + resumed.path("accepted").asLong())
        .isEqualTo(GeneratedCatalogue.naming(LISTINGS));
    assertThat(
            admin
                .get("/api/v1/listings?mark=" + QUORVANE + "&size=1")
                .json()
                .path("totalElements")
                .asLong())
        .isEqualTo(GeneratedCatalogue.naming(LISTINGS));
    JsonNode registry = admin.get("/api/v1/registry").json();
    assertThat(registry.path("listingsBehind").asLong()).isZero();
    assertThat(registry.path("current").asBoolean()).isTrue();
  }

  private void killedInPhaseImportsNothing(String phase) {
    long before = listingCount();
    long id = uploadCatalogue();
    awaitJob(
        id,
        j -> j.path("phase").asString().equals(phase) && j.path("processed").asLong() > 0,
        "in its " + phase + " phase");

    service.kill();
    assertThat(uploadsLeft()).as("the upload of the import cut short").isNotEmpty();
    service.start();

    JsonNode job = job(id);
    assertThat(job.path("status").asString()).isEqualTo("INTERRUPTED");
    assertThat(job.path("message").asString()).contains("nothing was imported");
    assertThat(listingCount()).isEqualTo(before);
    assertThat(uploadsLeft()).isEmpty();
  }

  private long uploadCatalogue() {
    var upload = admin.upload("catalogue", "fenwick-catalogue.csv", catalogue);
    assertThat(upload.status()).as("%s", upload).isEqualTo(202);
    return upload.json().path("id").asLong();
  }

  private JsonNode job(long id) {
    var reply = admin.get("/api/v1/imports/" + id);
    assertThat(reply.status()).as("job %d after the restart: %s", id, reply).isEqualTo(200);
    return reply.json();
  }

  private long listingCount() {
    return admin.get("/api/v1/listings?size=1").json().path("totalElements").asLong();
  }

  private List<Path> uploadsLeft() {
    if (!Files.isDirectory(service.uploads())) {
      return List.of();
    }
    try (var files = Files.list(service.uploads())) {
      return files.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls a job until it is in the state asked for; fails if it finishes in another. */
  private JsonNode awaitJob(long id, Predicate<JsonNode> state, String what) {
    return poll(
        () -> job(id),
        state,
        j -> !j.path("status").asString().matches("QUEUED|RUNNING") && !state.test(j),
        "import " + id + " " + what);
  }

  private JsonNode awaitNewestRescreen(Predicate<JsonNode> state, String what) {
    return poll(
        () -> {
          JsonNode items = admin.get("/api/v1/imports?kind=RESCREEN&size=1").json().path("items");
          return items.isEmpty() ? null : items.get(0);
        },
        state,
        j -> false,
        "the newest re-screen " + what);
  }

  private void awaitRegistry(Predicate<JsonNode> state, String what) {
    poll(() -> admin.get("/api/v1/registry").json(), state, j -> false, "the registry " + what);
  }

  private JsonNode poll(
      Supplier<JsonNode> read,
      Predicate<JsonNode> wanted,
      Predicate<JsonNode> missed,
      String what) {
    long until = System.nanoTime() + PATIENCE.toNanos();
    JsonNode last = null;
    while (System.nanoTime() - until < 0) {
      last = read.get();
      if (last != null && wanted.test(last)) {
        return last;
      }
      if (last != null && missed.test(last)) {
        throw new AssertionError("never saw " + what + "; it ended as " + last);
      }
      ServiceProcess.pause(10);
    }
    throw new AssertionError("never saw " + what + " within " + PATIENCE + "; last " + last);
  }

  private static Map<String, Object> listing(String sku, String title) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("sku", sku);
    l.put("title", title);
    l.put("brand", "Fenwick");
    l.put("price", 24.00);
    l.put("currency", "USD");
    l.put("marketplace", "US");
    return l;
  }

  private static Map<String, Object> mark(String name) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("owner", name + " Brands LLC");
    m.put("registration", String.valueOf(Math.abs(name.hashCode()) % 9_000_000 + 1_000_000));
    m.put("jurisdiction", "US");
    m.put("niceClasses", "18, 25, 28");
    return m;
  }
}
