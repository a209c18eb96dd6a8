package com.clearmark.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Controller;

/**
 * The service's boundaries, checked on the compiled main classes.
 *
 * <p>A feature is a package directly under {@code com.clearmark.app}; {@code shared} and {@code
 * web} are the small kernel every feature may use, and the classes of the root package
 * (application, properties, banner) stand outside the features. {@link #SURFACE} is the one place
 * that says what each feature lets the others use; {@link #OWNERS} says which feature's repository
 * owns each table. docs/design.md ("Feature map") describes the same map in words.
 */
class ServiceArchitectureTest {

  private static final String APP = "com.clearmark.app";

  /** Packages under {@link #APP} that are not features: the kernel every feature may use. */
  private static final Set<String> KERNEL = Set.of("shared", "web");

  /**
   * Each feature and the top-level types other features (and the root package) may use; a type
   * nested in one of them comes with it. Any other type of a feature is its own business.
   */
  static final Map<String, Set<String>> SURFACE =
      Map.ofEntries(
          Map.entry("account", Set.of("Accounts", "FirstAdmin", "ShownLogins")),
          Map.entry(
              "appeal",
              Set.of(
                  "AppealCase",
                  "AppealChecks",
                  "CheckResult",
                  "CheckStatus",
                  "DocumentCheck",
                  "EvidenceFile",
                  "PdfLetter")),
          Map.entry("audit", Set.of("AuditAction", "AuditLog")),
          Map.entry(
              "authorization", Set.of("Authorization", "Authorizations", "AuthorizationService")),
          Map.entry(
              "catalog",
              Set.of(
                  "CatalogService",
                  "FilterForm",
                  "FilterQuery",
                  "ListedAsin",
                  "Listings",
                  "ListingSummary",
                  "ListingVersion",
                  "ReviewStatus",
                  "ReviewStatusPolicy")),
          Map.entry(
              "complaint",
              Set.of(
                  "AccountHealth",
                  "AppealReadiness",
                  "Complaint",
                  "ComplaintAction",
                  "ComplaintForm",
                  "Complaints",
                  "ComplaintService",
                  "ComplaintStatus",
                  "ComplaintType",
                  "Deadline",
                  "RiskTrendChart")),
          Map.entry("copyright", Set.of()),
          Map.entry("dashboard", Set.of()),
          Map.entry("demo", Set.of()),
          Map.entry("document", Set.of("Documents", "FileType", "StoredDocument")),
          Map.entry(
              "enforcement",
              Set.of(
                  "Cases",
                  "CaseService",
                  "CaseStatus",
                  "EnforcementCase",
                  "EnforcementSettings",
                  "EnforcementSettingsStore",
                  "NoticeDesk",
                  "TestBuy",
                  "TestBuyOutcome",
                  "TestBuys")),
          Map.entry("help", Set.of()),
          Map.entry("imports", Set.of()),
          Map.entry(
              "job",
              Set.of("InterruptedJobs", "Job", "JobKind", "JobProblem", "Jobs", "JobStatus")),
          Map.entry(
              "monitoring",
              Set.of(
                  "AuthorizedSellerForm",
                  "AuthorizedSellers",
                  "Capture",
                  "CaptureChecks",
                  "CaptureFinding",
                  "CaptureListener",
                  "Captures",
                  "ImportOutcome",
                  "MarketplaceSeller",
                  "MarketplaceSellers",
                  "MonitoredListing",
                  "MonitoringLists",
                  "MonitoringService",
                  "NewCapture",
                  "ReferencePriceForm")),
          Map.entry("networks", Set.of()),
          Map.entry(
              "notice",
              Set.of(
                  "Appearance",
                  "IpType",
                  "Notice",
                  "NoticeCheck",
                  "NoticeContent",
                  "NoticeForm",
                  "NoticeItem",
                  "NoticeRegime",
                  "NoticeService",
                  "NoticeStatus",
                  "SendChannel",
                  "Submitter",
                  "VeroReason")),
          Map.entry("notification", Set.of("NotificationSetup")),
          Map.entry(
              "registry",
              Set.of(
                  "AuthorizedBrands",
                  "MarkForm",
                  "MarkRow",
                  "Marks",
                  "RegistryIndexes",
                  "RegistryRebuilt",
                  "RegistryService",
                  "ScreenedListings")),
          Map.entry("patent", Set.of("PatentRegister")),
          Map.entry("review", Set.of()),
          Map.entry("risk", Set.of("ListingsAtRisk")),
          Map.entry(
              "screening",
              Set.of(
                  "AllowList",
                  "ListingFinding",
                  "ListingChecks",
                  "ListingInput",
                  "ListingLimits",
                  "ScreeningOutcome",
                  "ScreeningService")),
          Map.entry(
              "sourcing",
              Set.of(
                  "Invoice",
                  "InvoiceLine",
                  "Invoices",
                  "Sales",
                  "ProofOfSourceWindow",
                  "SalesRecords",
                  "SourcingService",
                  "Supplier",
                  "Suppliers")),
          Map.entry("staydown", Set.of("StayDown")));

  /** Each table of the migrations and the feature whose repository alone runs SQL on it. */
  static final Map<String, String> OWNERS =
      Map.ofEntries(
          Map.entry("organizations", "account"),
          Map.entry("users", "account"),
          Map.entry("memberships", "account"),
          Map.entry("api_tokens", "account"),
          Map.entry("invitations", "account"),
          Map.entry("jobs", "job"),
          Map.entry("job_problems", "job"),
          Map.entry("marks", "registry"),
          Map.entry("catalogue_writers", "catalog"),
          Map.entry("listings", "catalog"),
          Map.entry("listing_versions", "catalog"),
          Map.entry("findings", "catalog"),
          Map.entry("allowed_findings", "screening"),
          Map.entry("audit_log", "audit"),
          Map.entry("documents", "document"),
          Map.entry("suppliers", "sourcing"),
          Map.entry("invoices", "sourcing"),
          Map.entry("invoice_lines", "sourcing"),
          Map.entry("sales", "sourcing"),
          Map.entry("authorizations", "authorization"),
          Map.entry("complaints", "complaint"),
          Map.entry("complaint_asins", "complaint"),
          Map.entry("complaint_actions", "complaint"),
          Map.entry("notification_settings", "notification"),
          Map.entry("notification_outbox", "notification"),
          Map.entry("appeal_contacts", "appeal"),
          Map.entry("appeal_letters", "appeal"),
          Map.entry("marketplace_sellers", "monitoring"),
          Map.entry("monitored_listings", "monitoring"),
          Map.entry("captures", "monitoring"),
          Map.entry("capture_findings", "monitoring"),
          Map.entry("authorized_sellers", "monitoring"),
          Map.entry("reference_prices", "monitoring"),
          Map.entry("enforcement_cases", "enforcement"),
          Map.entry("case_events", "enforcement"),
          Map.entry("test_buys", "enforcement"),
          Map.entry("test_buy_photos", "enforcement"),
          Map.entry("enforcement_allowed", "enforcement"),
          Map.entry("enforcement_settings", "enforcement"),
          Map.entry("notices", "notice"),
          Map.entry("notice_cases", "notice"),
          Map.entry("fingerprints", "staydown"),
          Map.entry("patents", "patent"),
          Map.entry("patent_claims", "patent"),
          Map.entry("works", "copyright"),
          Map.entry("listing_images", "copyright"),
          Map.entry("capture_images", "copyright"));

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(APP);
  }

  @Test
  void featuresDependOnEachOtherWithoutCycles() {
    slices().matching(APP + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void webSupportDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(APP + ".web..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(APP + "..")
                .and(not(resideInAnyPackage(APP + ".web..", APP + ".shared.."))))
        .check(classes);
  }

  @Test
  void theSharedKernelDependsOnNothingElseInTheApp() {
    noClasses()
        .that()
        .resideInAPackage(APP + ".shared..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(APP + "..").and(not(resideInAPackage(APP + ".shared.."))))
        .check(classes);
  }

  @Test
  void everyFeatureDeclaresItsSurface() {
    Set<String> features = new TreeSet<>();
    for (JavaClass c : classes) {
      String feature = featureOf(c);
      if (feature != null && !KERNEL.contains(feature)) {
        features.add(feature);
      }
    }
    assertThat(features)
        .as("the features of the app, each with an entry in SURFACE")
        .isEqualTo(new TreeSet<>(SURFACE.keySet()));
  }

  @Test
  void featuresUseOnlyEachOthersPublicSurface() {
    classes()
        .should(useOnlyTheSurfaceOfOtherFeatures())
        .because("a feature's other types may change without telling anyone")
        .check(classes);
  }

  @Test
  void eachSurfaceTypeExistsAndIsPublic() {
    List<String> wrong = new ArrayList<>();
    SURFACE.forEach(
        (feature, types) -> {
          for (String type : types) {
            String name = APP + "." + feature + "." + type;
            if (!classes.contain(name)) {
              wrong.add(name + " does not exist");
            } else if (!classes.get(name).getModifiers().contains(JavaModifier.PUBLIC)) {
              wrong.add(name + " is not public");
            }
          }
        });
    assertThat(wrong).as("surface types").isEmpty();
  }

  @Test
  void everyTableHasOneDeclaredOwner() throws IOException {
    assertThat(new TreeSet<>(OWNERS.keySet()))
        .as("tables created by the migrations, each with a declared owner")
        .isEqualTo(migratedTables());
    assertThat(SURFACE.keySet()).containsAll(OWNERS.values());
  }

  @Test
  void onlyTheOwningFeatureRunsSqlOnATable() throws IOException, URISyntaxException {
    Map<String, Set<String>> trespasses = new TreeMap<>();
    Set<String> tables = migratedTables();
    for (var entry : sqlByClass().entrySet()) {
      String feature = featureOf(entry.getKey());
      for (String sql : entry.getValue()) {
        for (String table : tablesNamedIn(sql)) {
          if (!tables.contains(table)) {
            continue;
          }
          String owner = OWNERS.get(table);
          if (owner == null || !owner.equals(feature)) {
            trespasses
                .computeIfAbsent(entry.getKey(), k -> new TreeSet<>())
                .add(table + " (owner " + owner + ") in: " + sql.strip());
          }
        }
      }
    }
    assertThat(trespasses)
        .as("classes running SQL on a table another feature owns; call the owner's repository")
        .isEmpty();
  }

  @Test
  void sqlScanFindsTablesInEachPositionAndSkipsProse() {
    assertThat(
            tablesNamedIn(
                "select l.id from listings l join listing_versions v on v.id = l.id where"
                    + " exists (select 1 from findings)"))
        .containsExactlyInAnyOrder("listings", "listing_versions", "findings");
    assertThat(tablesNamedIn("insert into marks (name) values (?)")).containsExactly("marks");
    assertThat(tablesNamedIn("update jobs set status = ?")).containsExactly("jobs");
    assertThat(tablesNamedIn("delete from sales where id = ?")).containsExactly("sales");
    assertThat(tablesNamedIn("We buy only from suppliers whose invoices show their name"))
        .isEmpty();
  }

  @Test
  void theFeatureMapInTheDesignDocumentIsTheEnforcedMap() throws IOException {
    Path design = Path.of("..", "docs", "design.md");
    Map<String, Set<String>> owned = new TreeMap<>();
    Map<String, Set<String>> surface = new TreeMap<>();
    Map<String, Set<String>> uses = new TreeMap<>();
    Pattern row = Pattern.compile("^\\| `([a-z]+)` \\|([^|]*)\\|([^|]*)\\|([^|]*)\\|\\s*$");
    for (String line : Files.readAllLines(design, StandardCharsets.UTF_8)) {
      Matcher m = row.matcher(line);
      if (m.matches()) {
        owned.put(m.group(1), words(m.group(2)));
        surface.put(m.group(1), words(m.group(3)));
        uses.put(m.group(1), words(m.group(4)));
      }
    }
    assertThat(surface).as("surfaces in docs/design.md").isEqualTo(new TreeMap<>(SURFACE));
    Map<String, Set<String>> owners = new TreeMap<>();
    SURFACE.keySet().forEach(f -> owners.put(f, new TreeSet<>()));
    OWNERS.forEach((table, feature) -> owners.get(feature).add(table));
    assertThat(owned).as("tables in docs/design.md").isEqualTo(owners);
    assertThat(uses).as("uses in docs/design.md").isEqualTo(featureDependencies());
  }

  /** The names in a cell of the feature map; "none" is no name. */
  private static Set<String> words(String cell) {
    Set<String> out = new TreeSet<>();
    for (String w : cell.replace("`", "").split(",")) {
      if (!w.isBlank() && !w.strip().equals("none")) {
        out.add(w.strip());
      }
    }
    return out;
  }

  /** For each feature, the other features its classes depend on. */
  private static Map<String, Set<String>> featureDependencies() {
    Map<String, Set<String>> out = new TreeMap<>();
    SURFACE.keySet().forEach(f -> out.put(f, new TreeSet<>()));
    for (JavaClass c : classes) {
      String from = featureOf(c);
      if (from == null || KERNEL.contains(from)) {
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String to = featureOf(d.getTargetClass().getBaseComponentType());
        if (to != null && !to.equals(from) && !KERNEL.contains(to)) {
          out.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
        }
      }
    }
    return out;
  }

  @Test
  void controllersAreNeverCalledByOtherCode() {
    noClasses()
        .that()
        .areNotMetaAnnotatedWith(Controller.class)
        .should()
        .accessClassesThat()
        .areMetaAnnotatedWith(Controller.class)
        .check(classes);
  }

  @Test
  void theEngineIsReachedOnlyThroughItsPublicApi() {
    noClasses()
        .that()
        .resideInAPackage("com.clearmark.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.clearmark.cli..")
        .check(classes);
  }

  @Test
  void screeningDoesNotDependOnTheCatalogueOrReviews() {
    noClasses()
        .that()
        .resideInAPackage("com.clearmark.app.screening..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.clearmark.app.catalog..", "com.clearmark.app.review..")
        .check(classes);
  }

  /** The feature of a class, its package's first segment under the app; null in the root. */
  private static String featureOf(JavaClass c) {
    return featureOf(c.getPackageName());
  }

  private static String featureOf(String packageOrClassName) {
    if (!packageOrClassName.startsWith(APP + ".")) {
      return null;
    }
    String rest = packageOrClassName.substring(APP.length() + 1);
    int dot = rest.indexOf('.');
    String first = dot < 0 ? rest : rest.substring(0, dot);
    // A class of the root package, not a package.
    return Character.isUpperCase(first.charAt(0)) ? null : first;
  }

  private static ArchCondition<JavaClass> useOnlyTheSurfaceOfOtherFeatures() {
    return new ArchCondition<>("use only the declared surface of other features") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String from = featureOf(item);
        for (Dependency d : item.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass().getBaseComponentType();
          String to = featureOf(target);
          if (to == null || to.equals(from) || KERNEL.contains(to)) {
            continue;
          }
          String type = topLevel(target).getSimpleName();
          Set<String> surface = SURFACE.get(to);
          if (surface == null || !surface.contains(type)) {
            events.add(
                SimpleConditionEvent.violated(
                    d,
                    d.getDescription()
                        + ": "
                        + to
                        + "."
                        + type
                        + " is not on the surface of "
                        + to));
          }
        }
      }
    };
  }

  private static JavaClass topLevel(JavaClass c) {
    JavaClass top = c;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return top;
  }

  private static final Pattern CREATE_TABLE =
      Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

  /** A statement verb, written in lower case as all SQL of the app is. */
  private static final Pattern SQL_VERB = Pattern.compile("\\b(select|insert|update|delete)\\b");

  /** A table in the places SQL names one. */
  private static final Pattern TABLE_REFERENCE =
      Pattern.compile("\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_]*)");

  /**
   * The tables an SQL text names after from, join, into, update or delete from. Text with no SQL
   * verb is prose (a letter saying "from suppliers") and names none.
   */
  static Set<String> tablesNamedIn(String text) {
    Set<String> tables = new TreeSet<>();
    if (!SQL_VERB.matcher(text).find()) {
      return tables;
    }
    Matcher m = TABLE_REFERENCE.matcher(text);
    while (m.find()) {
      tables.add(m.group(1));
    }
    return tables;
  }

  static Set<String> migratedTables() throws IOException {
    Set<String> tables = new TreeSet<>();
    for (Resource r :
        new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
      try (InputStream in = r.getInputStream()) {
        Matcher m = CREATE_TABLE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (m.find()) {
          tables.add(m.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    assertThat(tables).as("tables found in the migrations").isNotEmpty();
    return tables;
  }

  /**
   * The string constants of every main class, by the package-qualified name of the class file; a
   * nested class counts as its top-level class's package. Constants are what javac leaves of string
   * literals, text blocks and the fixed parts of concatenations, so this sees the SQL as written.
   */
  static Map<String, List<String>> sqlByClass() throws IOException, URISyntaxException {
    Path root =
        Path.of(ClearmarkApplication.class.getResource("ClearmarkApplication.class").toURI())
            .getParent();
    Map<String, List<String>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String name = APP + "." + relative.replace('/', '.').replaceAll("\\.class$", "");
        try (InputStream in = Files.newInputStream(file)) {
          out.put(name, ConstantPool.strings(in));
        }
      }
    }
    assertThat(out).as("main classes").containsKey(APP + ".catalog.Listings");
    return out;
  }

  /** Reads the string constants of a class file (JVM specification, section 4.4). */
  static final class ConstantPool {

    private ConstantPool() {}

    static List<String> strings(InputStream classFile) throws IOException {
      var in = new DataInputStream(classFile);
      if (in.readInt() != 0xCAFEBABE) {
        throw new IOException("not a class file");
      }
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      List<Integer> stringRefs = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 8 -> stringRefs.add(in.readUnsignedShort());
          case 7, 16, 19, 20 -> in.readUnsignedShort();
          case 15 -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++;
          }
          default -> throw new IOException("unknown constant pool tag " + tag);
        }
      }
      List<String> strings = new ArrayList<>(stringRefs.size());
      for (int ref : stringRefs) {
        strings.add(utf8[ref]);
      }
      return strings;
    }
  }
}
