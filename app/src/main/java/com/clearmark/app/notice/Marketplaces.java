package com.clearmark.app.notice;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The country a marketplace serves, read from its domain's ending (amazon.co.uk is GB). */
final class Marketplaces {

  private static final Map<String, String> ENDINGS =
      Map.ofEntries(
          Map.entry("com", "US"),
          Map.entry("co.uk", "GB"),
          Map.entry("uk", "GB"),
          Map.entry("de", "DE"),
          Map.entry("fr", "FR"),
          Map.entry("it", "IT"),
          Map.entry("es", "ES"),
          Map.entry("nl", "NL"),
          Map.entry("se", "SE"),
          Map.entry("pl", "PL"),
          Map.entry("com.be", "BE"),
          Map.entry("be", "BE"),
          Map.entry("at", "AT"),
          Map.entry("ie", "IE"),
          Map.entry("ch", "CH"),
          Map.entry("ca", "CA"),
          Map.entry("com.mx", "MX"),
          Map.entry("com.au", "AU"),
          Map.entry("co.jp", "JP"),
          Map.entry("in", "IN"),
          Map.entry("com.br", "BR"),
          Map.entry("com.tr", "TR"),
          Map.entry("sg", "SG"),
          Map.entry("ae", "AE"));

  private Marketplaces() {}

  static Optional<String> country(String marketplace) {
    String m = marketplace == null ? "" : marketplace.strip().toLowerCase(Locale.ROOT);
    int dot = m.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(ENDINGS.get(m.substring(dot + 1)));
  }

  /**
   * Whether a registration of this jurisdiction protects the mark in the country: a national one
   * there, an EU trade mark in every member state.
   */
  static boolean covers(String jurisdiction, String country) {
    String j = jurisdiction == null ? "" : jurisdiction.strip().toUpperCase(Locale.ROOT);
    if (j.equals(country) || (j.equals("UK") && country.equals("GB"))) {
      return true;
    }
    return (j.equals("EU") || j.equals("EUIPO") || j.equals("EM")) && NoticeRegime.inEu(country);
  }
}
