package com.clearmark.engine.screening;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.index.MarkScanner;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.text.TextFolding;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Screens listings against a compiled registry and the seller's context, returning a decision, a
 * score and the findings behind them.
 *
 * <p>Each listing is scanned once ({@link ListingScan}); the named policies then read the scan:
 * {@link BrandFieldPolicy}, {@link ThirdPartyMarkPolicy}, {@link SearchTermsPolicy}, {@link
 * CounterfeitTermPolicy}, {@link PiracyPolicy} and {@link PriceAnomalyPolicy}; the {@link
 * ListingCheck}s given through {@link #withChecks(List)} (patents, copied works) follow. The score
 * is the points of the most severe finding plus 5 for each further finding that is not
 * informational, capped at 100; {@link Thresholds} turn it into a decision. The same input always
 * gives the same result.
 *
 * <p>A screener is safe to share between threads: the index is immutable and each thread gets its
 * own scanner and buffers.
 */
public final class Screener {

  private static final List<ScreeningPolicy> POLICIES =
      List.of(
          new BrandFieldPolicy(),
          new ThirdPartyMarkPolicy(),
          new SearchTermsPolicy(),
          new CounterfeitTermPolicy(),
          new PiracyPolicy(),
          new PriceAnomalyPolicy());

  private static final Comparator<Finding> MOST_SEVERE_FIRST =
      Comparator.comparing(Finding::severity).reversed();

  private final MarkIndex index;
  private final SellerContext context;
  private final Thresholds thresholds;
  private final SignalTerms terms = new SignalTerms();
  private final CategoryClasses categories = CategoryClasses.shipped();
  private final ThreadLocal<Worker> workers;
  private final BitSet ownKeys = new BitSet();
  private final CatalogueProfile catalogue;
  private final List<ListingCheck> checks;

  /**
   * The Nice classes screening takes a marketplace category to mean (see {@link CategoryClasses});
   * empty when the category is empty or unknown. For checks outside screening that must read a
   * category as screening did, such as a takedown notice's goods.
   */
  public static java.util.Set<Integer> classesOfCategory(String category) {
    return CategoryClasses.shipped().classesOf(category);
  }

  public Screener(MarkIndex index, SellerContext context, Thresholds thresholds) {
    this(index, context, thresholds, CatalogueProfile.EMPTY);
  }

  /**
   * A screener that also knows the catalogue it screens: its brands and product words explain
   * look-alikes away (see {@link CatalogueProfile}).
   */
  public Screener(
      MarkIndex index, SellerContext context, Thresholds thresholds, CatalogueProfile catalogue) {
    this.catalogue = catalogue == null ? CatalogueProfile.EMPTY : catalogue;
    this.index = index;
    this.context = context == null ? SellerContext.NONE : context;
    this.thresholds = thresholds == null ? Thresholds.DEFAULT : thresholds;
    this.workers = ThreadLocal.withInitial(() -> new Worker(new MarkScanner(index)));
    this.checks = List.of();
    for (var brand : this.context.ownBrands()) {
      int key = index.findKey(TextFolding.compactKey(brand.brand()));
      if (key >= 0) {
        ownKeys.set(key);
      }
    }
  }

  public Screener(MarkIndex index) {
    this(index, SellerContext.NONE, Thresholds.DEFAULT);
  }

  private Screener(Screener base, List<ListingCheck> checks) {
    this.index = base.index;
    this.context = base.context;
    this.thresholds = base.thresholds;
    this.catalogue = base.catalogue;
    this.workers = base.workers;
    this.ownKeys.or(base.ownKeys);
    var all = new ArrayList<ListingCheck>(base.checks);
    all.addAll(checks);
    this.checks = List.copyOf(all);
  }

  /**
   * This screener with further checks (copied works, patents) run after the mark policies, their
   * findings scored with the rest, after the checks this screener already has (so that patents and
   * works given one after the other both run). The returned screener shares this one's index and
   * per-thread scanners, so making one per request is cheap.
   */
  public Screener withChecks(List<ListingCheck> checks) {
    return new Screener(this, checks);
  }

  public MarkIndex index() {
    return index;
  }

  public ScreeningResult screen(Listing listing) {
    Worker worker = workers.get();
    var scan =
        new ListingScan(
            listing, index, context, catalogue, categories.classesOf(listing.category()), ownKeys);
    scan.scan(worker.scanner, terms, worker.scratch);
    var findings = new Findings();
    for (ScreeningPolicy policy : POLICIES) {
      policy.apply(scan, findings);
    }
    List<Finding> sorted = new ArrayList<>(findings.list());
    for (ListingCheck check : checks) {
      check.check(listing, sorted);
    }
    sorted.sort(MOST_SEVERE_FIRST);
    int score = score(sorted);
    return new ScreeningResult(listing, thresholds.decide(score), score, sorted);
  }

  /**
   * The score of a set of findings: the points of the most severe one, plus 5 for each further
   * finding above {@link Severity#INFO}, capped at 100. Public so a caller that sets findings aside
   * (a reviewer's dismissal, say) scores what is left the same way.
   *
   * @param mostSevereFirst findings sorted most severe first
   */
  public static int score(List<Finding> mostSevereFirst) {
    if (mostSevereFirst.isEmpty()) {
      return 0;
    }
    int score = mostSevereFirst.get(0).severity().points();
    for (int i = 1; i < mostSevereFirst.size(); i++) {
      if (mostSevereFirst.get(i).severity() != Severity.INFO) {
        score += 5;
      }
    }
    return Math.min(100, score);
  }

  private static final class Worker {
    final MarkScanner scanner;
    final ListingScan.Scratch scratch = new ListingScan.Scratch();

    Worker(MarkScanner scanner) {
      this.scanner = scanner;
    }
  }
}
