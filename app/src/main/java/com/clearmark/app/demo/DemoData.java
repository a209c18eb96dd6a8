package com.clearmark.app.demo;

import com.clearmark.app.ClearmarkProperties;
import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ShownLogins;
import com.clearmark.app.catalog.CatalogService;
import com.clearmark.app.catalog.Listings;
import com.clearmark.app.job.JobKind;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.registry.MarkForm;
import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.app.registry.RegistryService;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Loads a demo seller with users, a registry and a catalogue, and a demo brand monitoring
 * third-party listings of its marks, when {@code clearmark.demo} is set, once per database, and
 * prints where to sign in.
 */
@Component
public class DemoData implements ShownLogins {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  public static final String ORGANIZATION = "Zorvix Electronics (demo)";
  static final String SECOND_ORGANIZATION = "Harbor Lane Bags (demo)";

  /** The demo logins, shown on the sign-in page of a demo server. */
  public static final List<Login> LOGINS =
      List.of(
          new Login("admin@demo.clearmark.test", "demo-admin-1", "ADMIN"),
          new Login("reviewer@demo.clearmark.test", "demo-reviewer-1", "REVIEWER"),
          new Login("viewer@demo.clearmark.test", "demo-viewer-1", "VIEWER"));

  private final ClearmarkProperties properties;
  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final RegistryService registry;
  private final RegistryIndexes indexes;
  private final CatalogService catalog;
  private final Jobs jobs;
  private final Listings listings;
  private final Environment environment;
  private final DemoCompliance compliance;
  private final DemoBrand brand;

  DemoData(
      ClearmarkProperties properties,
      Accounts accounts,
      PasswordEncoder passwords,
      RegistryService registry,
      RegistryIndexes indexes,
      CatalogService catalog,
      Jobs jobs,
      Listings listings,
      Environment environment,
      DemoCompliance compliance,
      DemoBrand brand) {
    this.properties = properties;
    this.accounts = accounts;
    this.passwords = passwords;
    this.registry = registry;
    this.indexes = indexes;
    this.catalog = catalog;
    this.jobs = jobs;
    this.listings = listings;
    this.environment = environment;
    this.compliance = compliance;
    this.brand = brand;
  }

  public boolean enabled() {
    return properties.demo();
  }

  /** The demo's logins while the demo is on, for the sign-in page. */
  @Override
  public List<Login> logins() {
    return enabled() ? LOGINS : List.of();
  }

  @EventListener(ApplicationReadyEvent.class)
  public void load() {
    if (!properties.demo()) {
      return;
    }
    if (accounts.organizationNamed(ORGANIZATION).isEmpty()) {
      try {
        loadData();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    String port = environment.getProperty("local.server.port", "8080");
    var banner = new StringBuilder();
    banner.append("\n  Clearmark demo is running at http://localhost:").append(port).append("/\n");
    banner.append("  Sign in as:\n");
    for (Login l : LOGINS) {
      banner.append(
          String.format("    %-30s password %-16s (%s)%n", l.email(), l.password(), l.role()));
    }
    banner.append("  API docs: http://localhost:").append(port).append("/api/docs\n");
    banner
        .append("  Stop with Ctrl+C. Data is kept in ")
        .append(properties.home().toAbsolutePath())
        .append('\n');
    System.out.println(banner);
  }

  private void loadData() throws InterruptedException {
    log.info("loading the demo organization");
    long org = accounts.createOrganization(ORGANIZATION);
    long second = accounts.createOrganization(SECOND_ORGANIZATION);
    long brandOrg = accounts.createOrganization(DemoBrand.ORGANIZATION);
    long adminId = 0;
    long reviewerId = 0;
    for (Login l : LOGINS) {
      long id = accounts.createUser(l.email(), displayName(l), passwords.encode(l.password()));
      accounts.addMember(org, id, Role.valueOf(l.role()));
      accounts.addMember(brandOrg, id, Role.valueOf(l.role()));
      if (l.role().equals("ADMIN")) {
        adminId = id;
        accounts.addMember(second, id, Role.ADMIN);
      } else if (l.role().equals("REVIEWER")) {
        reviewerId = id;
      }
    }
    var admin = new Caller(adminId, "Avery Admin", org, ORGANIZATION, Role.ADMIN);
    var own = new MarkForm("Zorvix", "Zorvix Electronics", "", "US", "9", "LIVE", false, true);
    registry.add(admin, own);
    importRegistry(admin, "marks.csv");
    indexes.awaitIdle(org, Duration.ofSeconds(30));
    importCatalogue(admin, "catalogue.csv");
    // Spread the first screenings over the past fortnight so the dashboard's trend has a shape.
    listings.spreadScreeningsOverPastFortnight(org);
    importCatalogue(admin, "catalogue-update.csv");
    compliance.load(admin);
    brand.load(
        new Caller(adminId, "Avery Admin", brandOrg, DemoBrand.ORGANIZATION, Role.ADMIN),
        new Caller(reviewerId, "Riley Reviewer", brandOrg, DemoBrand.ORGANIZATION, Role.REVIEWER));
  }

  private static String displayName(Login l) {
    return switch (l.role()) {
      case "ADMIN" -> "Avery Admin";
      case "REVIEWER" -> "Riley Reviewer";
      default -> "Vic Viewer";
    };
  }

  private void importRegistry(Caller admin, String resource) {
    Path file = copy(resource);
    long job =
        jobs.create(
            admin.organizationId(), JobKind.REGISTRY_IMPORT, resource, admin.userId(), null);
    registry.runImport(admin, job, file, resource, false);
    delete(file);
  }

  private void importCatalogue(Caller admin, String resource) {
    Path file = copy(resource);
    long job =
        jobs.create(
            admin.organizationId(), JobKind.CATALOGUE_IMPORT, resource, admin.userId(), null);
    catalog.runImport(admin, job, file, resource, null);
    delete(file);
  }

  private Path copy(String resource) {
    try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + resource)) {
      Files.createDirectories(properties.uploads());
      Path file = Files.createTempFile(properties.uploads(), "demo-", ".upload");
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("could not delete {}", file, e);
    }
  }
}
