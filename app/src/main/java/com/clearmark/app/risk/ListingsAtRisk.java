package com.clearmark.app.risk;

import com.clearmark.app.appeal.AppealCase;
import com.clearmark.app.appeal.EvidenceFile;
import com.clearmark.app.authorization.Authorization;
import com.clearmark.app.authorization.Authorizations;
import com.clearmark.app.catalog.Listings;
import com.clearmark.app.complaint.ComplaintType;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.sourcing.Invoice;
import com.clearmark.app.sourcing.Invoices;
import com.clearmark.app.sourcing.Sales;
import com.clearmark.app.sourcing.SalesRecords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * The listings and brands that would lose an appeal if a complaint arrived today: every listing
 * whose screening says it sells another company's brand (a {@code TM_SOURCE_PROOF} finding that
 * nobody dismissed), judged by {@link ProofOfSourcePolicy} against the invoices, sales and
 * authorizations on record.
 */
@Service
public class ListingsAtRisk {

  private final Listings listings;
  private final Invoices invoices;
  private final SalesRecords sales;
  private final Authorizations authorizations;

  ListingsAtRisk(
      Listings listings, Invoices invoices, SalesRecords sales, Authorizations authorizations) {
    this.listings = listings;
    this.invoices = invoices;
    this.sales = sales;
    this.authorizations = authorizations;
  }

  /** A listing that sells another company's brand, and how it stands. */
  public record ListingExposure(
      long listingId,
      String sku,
      String asin,
      String title,
      String brand,
      String marketplace,
      String decision,
      boolean atRisk,
      List<String> reasons) {}

  /** A brand sold by the seller: how many of its listings are at risk of how many. */
  public record BrandExposure(String brand, int listings, int atRisk) {}

  /**
   * Every listing selling another company's brand (those at risk first), and the brands.
   *
   * @param resold the listings that sell another company's brand
   */
  public record Report(
      LocalDate day, List<ListingExposure> resold, List<BrandExposure> brands, int atRisk) {

    public List<ListingExposure> listingsAtRisk() {
      return resold.stream().filter(ListingExposure::atRisk).toList();
    }

    public List<BrandExposure> brandsAtRisk() {
      return brands.stream().filter(b -> b.atRisk() > 0).toList();
    }
  }

  private record Candidate(
      long id,
      String sku,
      String asin,
      String title,
      String brand,
      String marketplace,
      String decision) {}

  public Report report(Caller caller, LocalDate today) {
    long org = caller.organizationId();
    // One candidate per listing and brand: a listing may sell more than one brand, and each needs
    // its own proof.
    Map<Long, List<Candidate>> candidates = new LinkedHashMap<>();
    listings.resold(org).stream()
        .map(
            r ->
                new Candidate(
                    r.listingId(),
                    r.sku(),
                    r.asin(),
                    r.title(),
                    r.brand(),
                    r.marketplace(),
                    r.decision()))
        .forEach(c -> candidates.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c));
    if (candidates.isEmpty()) {
      return new Report(today, List.of(), List.of(), 0);
    }
    var evidence = new Evidence(invoices.all(org), sales.all(org), authorizations.all(org));
    List<ListingExposure> resold = new ArrayList<>();
    Map<String, int[]> byBrand = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (List<Candidate> brands : candidates.values()) {
      boolean atRisk = false;
      List<String> reasons = new ArrayList<>();
      List<String> defences = new ArrayList<>();
      for (Candidate c : brands) {
        var exposure = evidence.judge(c, today);
        String prefix = brands.size() > 1 ? c.brand() + ": " : "";
        exposure.reasons().forEach(r -> (exposure.atRisk() ? reasons : defences).add(prefix + r));
        atRisk |= exposure.atRisk();
        int[] counts = byBrand.computeIfAbsent(c.brand(), b -> new int[2]);
        counts[0]++;
        if (exposure.atRisk()) {
          counts[1]++;
        }
      }
      Candidate c = brands.get(0);
      resold.add(
          new ListingExposure(
              c.id(),
              c.sku(),
              c.asin(),
              c.title(),
              String.join(", ", brands.stream().map(Candidate::brand).toList()),
              c.marketplace(),
              c.decision(),
              atRisk,
              atRisk ? reasons : defences));
    }
    resold.sort(Comparator.comparing((ListingExposure e) -> !e.atRisk()));
    List<BrandExposure> brands = new ArrayList<>();
    byBrand.forEach((brand, n) -> brands.add(new BrandExposure(brand, n[0], n[1])));
    brands.sort(
        Comparator.comparingInt(BrandExposure::atRisk)
            .reversed()
            .thenComparing(BrandExposure::brand, String.CASE_INSENSITIVE_ORDER));
    int atRisk = (int) resold.stream().filter(ListingExposure::atRisk).count();
    return new Report(today, resold, brands, atRisk);
  }

  /** The organization's invoices and sales indexed by ASIN and SKU, and its authorizations. */
  private static final class Evidence {

    private final Map<String, List<Invoice>> invoicesByProduct = new HashMap<>();
    private final Map<String, List<Sales>> salesByProduct = new HashMap<>();
    private final List<Authorization> authorizations;

    Evidence(List<Invoice> invoices, List<Sales> sales, List<Authorization> authorizations) {
      for (Invoice invoice : invoices) {
        Set<String> keys = new LinkedHashSet<>();
        for (var line : invoice.lines()) {
          if (!line.asin().isEmpty()) {
            keys.add(line.asin());
          }
          if (!line.sku().isEmpty()) {
            keys.add(line.sku());
          }
        }
        keys.forEach(
            k -> invoicesByProduct.computeIfAbsent(k, x -> new ArrayList<>()).add(invoice));
      }
      for (Sales s : sales) {
        if (!s.asin().isEmpty()) {
          salesByProduct.computeIfAbsent(s.asin(), x -> new ArrayList<>()).add(s);
        }
        if (!s.sku().isEmpty() && !s.sku().equals(s.asin())) {
          salesByProduct.computeIfAbsent(s.sku(), x -> new ArrayList<>()).add(s);
        }
      }
      this.authorizations = authorizations;
    }

    ProofOfSourcePolicy.Exposure judge(Candidate c, LocalDate today) {
      String asin = c.asin().toUpperCase(Locale.ROOT);
      List<Invoice> relevant = union(invoicesByProduct.get(asin), invoicesByProduct.get(c.sku()));
      List<Sales> sold = union(salesByProduct.get(asin), salesByProduct.get(c.sku()));
      var withoutFiles = appealCase(c, today, relevant, sold, authorizations, List.of());
      List<EvidenceFile> files =
          withoutFiles.invoicesWithinYear().stream()
              .filter(i -> !i.documentType().isEmpty())
              .map(i -> new EvidenceFile(i.documentName(), i.documentType()))
              .toList();
      return ProofOfSourcePolicy.judge(appealCase(c, today, relevant, sold, authorizations, files));
    }
  }

  /**
   * The appeal a complaint about the listing would need today. Missing invoice files are not judged
   * by the stricter image-only forms: PDF is accepted, as on most appeal forms.
   */
  private static AppealCase appealCase(
      Candidate c,
      LocalDate today,
      List<Invoice> invoices,
      List<Sales> sales,
      List<Authorization> authorizations,
      List<EvidenceFile> files) {
    return new AppealCase(
        ComplaintType.COUNTERFEIT,
        today,
        c.asin(),
        c.sku(),
        c.brand(),
        c.marketplace(),
        invoices,
        sales,
        authorizations,
        files,
        true);
  }

  private static <T> List<T> union(List<T> a, List<T> b) {
    if (a == null) {
      return b == null ? List.of() : b;
    }
    if (b == null || a == b) {
      return a;
    }
    var all = new LinkedHashSet<T>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
