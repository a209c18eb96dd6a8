package com.clearmark.app.catalog;

import java.util.Locale;
import java.util.Map;

/**
 * An ASIN as pages show it: the listing of the catalogue that has it (its title, SKU and
 * marketplace), or none when the catalogue has no listing with it, and the product's page on the
 * marketplace either way.
 *
 * @param listingId the listing with this ASIN, or null when the catalogue has none
 * @param marketplace the listing's marketplace as its catalogue names it (a country code such as
 *     {@code US} or {@code DE}, or a domain such as {@code amazon.co.uk}); empty when not known
 */
public record ListedAsin(
    String asin, Long listingId, String sku, String title, String marketplace) {

  public ListedAsin {
    asin = asin == null ? "" : asin.strip().toUpperCase(Locale.ROOT);
    sku = sku == null ? "" : sku;
    title = title == null ? "" : title;
    marketplace = marketplace == null ? "" : marketplace.strip();
  }

  /** An ASIN no listing of the catalogue has. */
  public static ListedAsin unlisted(String asin) {
    return new ListedAsin(asin, null, "", "", "");
  }

  public boolean listed() {
    return listingId != null;
  }

  /** The marketplace's domains by the country codes catalogues name them with. */
  private static final Map<String, String> DOMAINS =
      Map.ofEntries(
          Map.entry("US", "com"),
          Map.entry("CA", "ca"),
          Map.entry("MX", "com.mx"),
          Map.entry("BR", "com.br"),
          Map.entry("UK", "co.uk"),
          Map.entry("GB", "co.uk"),
          Map.entry("IE", "ie"),
          Map.entry("DE", "de"),
          Map.entry("FR", "fr"),
          Map.entry("IT", "it"),
          Map.entry("ES", "es"),
          Map.entry("NL", "nl"),
          Map.entry("BE", "com.be"),
          Map.entry("SE", "se"),
          Map.entry("PL", "pl"),
          Map.entry("TR", "com.tr"),
          Map.entry("AE", "ae"),
          Map.entry("SA", "sa"),
          Map.entry("EG", "eg"),
          Map.entry("IN", "in"),
          Map.entry("JP", "co.jp"),
          Map.entry("SG", "sg"),
          Map.entry("AU", "com.au"));

  /**
   * The product's page on the marketplace: {@code https://www.amazon.<domain>/dp/<ASIN>}, with the
   * domain of the listing's marketplace, and amazon.com when it is not known.
   */
  public String productPage() {
    return "https://www.amazon." + domain() + "/dp/" + asin;
  }

  /** The host the product page is on, for the link's text. */
  public String marketplaceHost() {
    return "amazon." + domain();
  }

  private String domain() {
    String m = marketplace.toLowerCase(Locale.ROOT);
    int at = m.indexOf("amazon.");
    if (at >= 0) {
      String d = m.substring(at + "amazon.".length()).replaceAll("[/\\s].*$", "");
      if (d.matches("[a-z]{2,3}(\\.[a-z]{2,3})?")) {
        return d;
      }
    }
    return DOMAINS.getOrDefault(marketplace.toUpperCase(Locale.ROOT), "com");
  }
}
