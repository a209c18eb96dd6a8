package com.clearmark.engine;

import com.clearmark.engine.context.OwnBrand;
import com.clearmark.engine.context.ReferencePrice;
import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.mark.MarkStatus;
import com.clearmark.engine.screening.Screener;
import com.clearmark.engine.screening.Thresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Test data that reads like the domain: a small registry of well-known marks and a seller. */
public final class Fixtures {

  public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private Fixtures() {}

  public static Mark mark(String name, String owner, String reg, int... classes) {
    return new Mark(name, owner, reg, "US", classSet(classes), MarkStatus.LIVE, true);
  }

  public static Mark deadMark(String name, int... classes) {
    return new Mark(
        name, "Former Owner Ltd", "T-DEAD", "US", classSet(classes), MarkStatus.DEAD, false);
  }

  private static Set<Integer> classSet(int... classes) {
    var set = new TreeSet<Integer>();
    Arrays.stream(classes).forEach(set::add);
    return set;
  }

  /** A registry of well-known marks across categories, ordinary-word marks among them. */
  public static List<Mark> wellKnownMarks() {
    return new ArrayList<>(
        List.of(
            mark("NIKE", "Nike, Inc.", "T-0001", 25, 28, 18),
            mark("ADIDAS", "adidas AG", "T-0002", 25, 28, 18),
            mark("REEBOK", "Reebok International Ltd", "T-0003", 25, 28),
            mark("ROLEX", "Rolex Watch U.S.A., Inc.", "T-0004", 14),
            mark("COCA-COLA", "The Coca-Cola Company", "T-0005", 32),
            mark("LEVI'S", "Levi Strauss & Co.", "T-0006", 25),
            mark("APPLE", "Apple Inc.", "T-0007", 9, 42),
            mark("DOVE", "Unilever", "T-0008", 3),
            mark("SHELL", "Shell Brands International AG", "T-0009", 4, 37),
            mark("LOUIS VUITTON", "Louis Vuitton Malletier", "T-0010", 18, 25),
            mark("GUCCI", "Guccio Gucci S.p.A.", "T-0011", 18, 25, 14),
            mark("THE NORTH FACE", "The North Face Apparel Corp.", "T-0012", 25, 18),
            mark("LACOSTE", "Lacoste", "T-0013", 25),
            mark("WINDOWS", "Microsoft Corporation", "T-0014", 9),
            mark("SAMSUNG", "Samsung Electronics Co., Ltd.", "T-0015", 9),
            mark("BOSE", "Bose Corporation", "T-0016", 9),
            mark("ANKER", "Anker Innovations Limited", "T-0017", 9),
            mark("CHANEL", "Chanel, Inc.", "T-0018", 3, 14, 25),
            deadMark("ZORBLAX", 25)));
  }

  public static MarkIndex registry() {
    return MarkIndex.build(wellKnownMarks(), false);
  }

  /** A seller who owns Zorvix, is authorized for Anker, and for Bose only on one SKU. */
  public static SellerContext seller() {
    return new SellerContext(
        List.of(
            OwnBrand.of("Zorvix"),
            OwnBrand.of("Anker"),
            new OwnBrand(
                "Bose",
                Set.of(),
                Set.of("BOSE-QC45"),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 12, 31))),
        List.of(
            new ReferencePrice("Rolex", "", new BigDecimal("8000"), "USD"),
            new ReferencePrice("Nike", "", new BigDecimal("120"), "USD"),
            new ReferencePrice("Windows", "", new BigDecimal("199"), "USD")),
        TODAY);
  }

  public static Screener screener() {
    return new Screener(registry(), seller(), Thresholds.DEFAULT);
  }

  /** A listing by the seller's own brand, in clothing, to be varied by each test. */
  public static Listing.Builder ownBrandListing() {
    return Listing.builder()
        .sku("ZX-0001")
        .asin("B0TEST0001")
        .brand("Zorvix")
        .title("Zorvix Men's Running Shoes, Breathable Mesh, Size 10")
        .bulletPoints("Breathable knit upper", "Cushioned foam midsole")
        .description("Lightweight trainers for daily runs.")
        .searchTerms("running shoes men trainers")
        .price("59.99")
        .currency("USD")
        .category("Clothing, Shoes & Jewelry");
  }
}
