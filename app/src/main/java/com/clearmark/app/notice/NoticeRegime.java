package com.clearmark.app.notice;

import java.util.Locale;
import java.util.Set;

/**
 * The form a notice takes: Amazon's Report Infringement form, eBay's VeRO Notice of Claimed
 * Infringement, a DMCA notice (17 U.S.C. 512(c)(3)) or an EU Digital Services Act notice (Article
 * 16(2)). Stored by name, at most 16 letters.
 */
public enum NoticeRegime {
  AMAZON,
  EBAY_VERO,
  DMCA,
  EU_DSA;

  private static final Set<String> EU_COUNTRIES =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  /**
   * The regime a notice to this marketplace takes unless the drafter chooses another: Amazon's and
   * eBay's own programmes on their sites, the DSA on a marketplace serving an EU country, the DMCA
   * elsewhere.
   */
  public static NoticeRegime forMarketplace(String marketplace) {
    String m = marketplace == null ? "" : marketplace.strip().toLowerCase(Locale.ROOT);
    if (m.startsWith("amazon.")) {
      return AMAZON;
    }
    if (m.startsWith("ebay.")) {
      return EBAY_VERO;
    }
    return Marketplaces.country(m).filter(EU_COUNTRIES::contains).isPresent() ? EU_DSA : DMCA;
  }

  static boolean inEu(String country) {
    return EU_COUNTRIES.contains(country);
  }
}
