package com.clearmark.app.catalog;

import com.clearmark.engine.listing.Listing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The fingerprint of a listing's content, to tell a changed row from a re-sent one. */
final class ListingContent {

  private ListingContent() {}

  static String hash(Listing l) {
    var sb = new StringBuilder(512);
    append(sb, l.asin());
    append(sb, l.title());
    append(sb, l.brand());
    for (String b : l.bulletPoints()) {
      append(sb, b);
    }
    sb.append('\u001E');
    append(sb, l.description());
    append(sb, l.searchTerms());
    append(sb, l.price() == null ? "" : l.price().stripTrailingZeros().toPlainString());
    append(sb, l.currency());
    append(sb, l.category());
    append(sb, l.marketplace());
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void append(StringBuilder sb, String s) {
    sb.append(s).append('\u001F');
  }
}
