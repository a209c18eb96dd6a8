package com.clearmark.app.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The SHA-256 of what a capture says, which tells a changed listing from one seen again.
 *
 * <p>The hash covers, in this order: title, brand, each bullet point, description, search terms,
 * category, price (two decimals, or empty), currency (upper case), availability ({@code true} or
 * {@code false}) and seller id. Each value is written as its field name, its length in characters,
 * a colon and the value, so that no two different captures serialise alike (a value cannot run into
 * the next). The URL and the capture time are left out: a tracking parameter or a later visit does
 * not make a new snapshot. The text is UTF-8 and as captured, after stripping surrounding white
 * space.
 */
final class ContentHash {

  private ContentHash() {}

  static String of(ListingCapture c) {
    var sb = new StringBuilder(256);
    put(sb, "title", c.title());
    put(sb, "brand", c.brand());
    List<String> bullets = c.bulletPoints();
    put(sb, "bullets", Integer.toString(bullets.size()));
    for (String b : bullets) {
      put(sb, "bullet", b);
    }
    put(sb, "description", c.description());
    put(sb, "search_terms", c.searchTerms());
    put(sb, "category", c.category());
    put(sb, "price", price(c.price()));
    put(sb, "currency", c.currency().toUpperCase(Locale.ROOT));
    put(sb, "available", Boolean.toString(c.available()));
    put(sb, "seller_id", c.sellerId());
    return sha256(sb.toString());
  }

  static String price(BigDecimal price) {
    return price == null ? "" : price.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static void put(StringBuilder sb, String name, String value) {
    sb.append(name).append(' ').append(value.length()).append(':').append(value).append('\n');
  }

  private static String sha256(String s) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
