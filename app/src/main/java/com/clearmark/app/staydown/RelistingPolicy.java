package com.clearmark.app.staydown;

import com.clearmark.app.monitoring.Capture;
import com.clearmark.app.staydown.StayDown.Relisting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a fresh capture is a removed listing put back, and why.
 *
 * <p>Either of two things makes it one: the same listing id back on the same marketplace (the
 * listing was reinstated or re-created under its old ASIN or item number), or listing text at least
 * {@link #MIN_TEXT_SIMILARITY} the same as the removed one's. The threshold is an estimated Jaccard
 * similarity of word 3-shingles: a relister who swaps a few words, reorders bullets or adds a line
 * keeps well above 0.7 on a listing of a few dozen words, while two honest listings of the same
 * product type, which share phrases ("USB C fast charger", "compatible with") but not whole
 * sentences, stay below 0.3; 0.6 leaves room for heavier edits without catching those. The same
 * seller and a price in the same band are not enough on their own (a seller may list other goods at
 * similar prices), but they strengthen a match and are given as reasons.
 *
 * <p>A capture that finds the listing gone, or that of a seller the brand has authorized, is never
 * a relisting.
 */
final class RelistingPolicy {

  static final double MIN_TEXT_SIMILARITY = 0.6;

  private RelistingPolicy() {}

  /** A relisting and whether it is the removed listing itself, back under its id. */
  record Judged(Relisting relisting, boolean sameListing) {}

  static Optional<Judged> judge(Fingerprint removed, Capture fresh, double similarity) {
    if (!fresh.available() || fresh.sellerAuthorized()) {
      return Optional.empty();
    }
    boolean sameListing =
        !removed.listingId().isEmpty()
            && removed.marketplace().equals(fresh.marketplace())
            && removed.listingId().equals(fresh.listingId());
    boolean sameText = similarity >= MIN_TEXT_SIMILARITY;
    if (!sameListing && !sameText) {
      return Optional.empty();
    }
    List<String> reasons = new ArrayList<>();
    if (sameListing) {
      reasons.add(
          "back under the removed listing's id "
              + fresh.listingId()
              + " on "
              + fresh.marketplace());
    }
    if (sameText) {
      reasons.add(
          "listing text "
              + Math.round(similarity * 100)
              + "% the same as the removed listing's"
              + (removed.marketplace().equals(fresh.marketplace())
                  ? ""
                  : " (removed from " + removed.marketplace() + ")"));
    }
    if (removed.sellerRef() != null && removed.sellerRef().equals(fresh.sellerRef())) {
      reasons.add("sold by the same seller");
    }
    PriceBand band = PriceBand.of(fresh.price());
    if (band != null && band.near(removed.priceBand())) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "price %s %s close to the removed listing's (%.2f to %.2f)",
              fresh.price().toPlainString(),
              fresh.currency(),
              removed.priceBand().from(),
              removed.priceBand().to()));
    }
    return Optional.of(
        new Judged(new Relisting(removed.caseId(), similarity, List.copyOf(reasons)), sameListing));
  }

  /**
   * Orders matches best first: a listing back under its old id first (it is the same listing, not a
   * look-alike), then by text similarity, then by how many reasons back it.
   */
  static int rank(Judged x, Judged y) {
    if (x.sameListing() != y.sameListing()) {
      return x.sameListing() ? -1 : 1;
    }
    Relisting a = x.relisting();
    Relisting b = y.relisting();
    int bySimilarity = Double.compare(b.similarity(), a.similarity());
    if (bySimilarity != 0) {
      return bySimilarity;
    }
    int byReasons = Integer.compare(b.reasons().size(), a.reasons().size());
    return byReasons != 0 ? byReasons : Long.compare(b.caseId(), a.caseId());
  }
}
