package com.clearmark.engine.network;

import com.clearmark.engine.text.TextFolding;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The normalised forms under which sellers' contact details are compared. Each returns null when
 * the value is too weak to link on: an address without a number, a phone of fewer than seven
 * digits, a name that leaves no stem.
 */
final class ContactKeys {
  static final int MIN_PHONE_DIGITS = 7;
  static final int PHONE_DIGITS_COMPARED = 10;
  static final int MIN_ADDRESS_WORDS = 3;
  static final int MIN_STEM_LETTERS = 4;

  private static final Map<String, String> ADDRESS_WORDS =
      Map.ofEntries(
          Map.entry("street", "st"),
          Map.entry("str", "st"),
          Map.entry("strasse", "st"),
          Map.entry("road", "rd"),
          Map.entry("avenue", "ave"),
          Map.entry("av", "ave"),
          Map.entry("boulevard", "blvd"),
          Map.entry("drive", "dr"),
          Map.entry("lane", "ln"),
          Map.entry("court", "ct"),
          Map.entry("place", "pl"),
          Map.entry("square", "sq"),
          Map.entry("highway", "hwy"),
          Map.entry("parkway", "pkwy"),
          Map.entry("terrace", "ter"),
          Map.entry("suite", "ste"),
          Map.entry("apartment", "apt"),
          Map.entry("building", "bldg"),
          Map.entry("floor", "fl"),
          Map.entry("room", "rm"),
          Map.entry("north", "n"),
          Map.entry("south", "s"),
          Map.entry("east", "e"),
          Map.entry("west", "w"));

  /** Words that storefronts append to one stem to look like separate shops. */
  private static final Set<String> NAME_SUFFIXES =
      Set.of(
          "store",
          "stores",
          "shop",
          "shops",
          "outlet",
          "outlets",
          "official",
          "direct",
          "online",
          "mall",
          "market",
          "express",
          "global",
          "international",
          "intl",
          "eu",
          "us",
          "usa",
          "uk",
          "de",
          "fr",
          "it",
          "es",
          "jp",
          "ca",
          "au",
          "cn");

  private static final Set<String> GMAIL_DOMAINS = Set.of("gmail.com", "googlemail.com");

  private ContactKeys() {}

  /**
   * The address folded, punctuation removed and common words abbreviated: {@code 88 Harbour Road}
   * and {@code 88 harbour rd.} agree. Null unless it has a number and at least three words, so that
   * a bare city or country links nobody.
   */
  static String address(String address) {
    String folded = TextFolding.key(address);
    if (folded.isEmpty()) {
      return null;
    }
    String[] words = folded.split(" ");
    if (words.length < MIN_ADDRESS_WORDS) {
      return null;
    }
    var key = new StringBuilder(folded.length());
    boolean number = false;
    for (String word : words) {
      number |= hasDigit(word);
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(ADDRESS_WORDS.getOrDefault(word, word));
    }
    return number ? key.toString() : null;
  }

  /** The last ten digits of the number; null when it has fewer than seven digits. */
  static String phone(String phone) {
    var digits = new StringBuilder(phone.length());
    for (int i = 0; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    if (digits.length() < MIN_PHONE_DIGITS) {
      return null;
    }
    return digits.length() > PHONE_DIGITS_COMPARED
        ? digits.substring(digits.length() - PHONE_DIGITS_COMPARED)
        : digits.toString();
  }

  /**
   * The mailbox the address delivers to: lower case, without a {@code +tag}, and for Gmail without
   * the dots Gmail ignores ({@code Peak.Deals+x@googlemail.com} is {@code peakdeals@gmail.com}).
   * Null when it is not an address.
   */
  static String email(String email) {
    String e = email.strip().toLowerCase(Locale.ROOT);
    int at = e.lastIndexOf('@');
    if (at <= 0 || at == e.length() - 1 || e.indexOf('@') != at || e.indexOf(' ') >= 0) {
      return null;
    }
    String local = e.substring(0, at);
    String domain = e.substring(at + 1);
    int plus = local.indexOf('+');
    if (plus >= 0) {
      local = local.substring(0, plus);
    }
    if (GMAIL_DOMAINS.contains(domain)) {
      local = local.replace(".", "");
      domain = "gmail.com";
    }
    return local.isEmpty() ? null : local + '@' + domain;
  }

  /**
   * The storefront name without the numbers and shop words after its stem, spaces removed: {@code
   * PeakDeals Outlet 7}, {@code peakdeals_direct} and {@code Peak Deals Store EU} all give {@code
   * peakdeals}. Null unless the stem has at least four letters.
   */
  static String nameStem(String name) {
    String folded = TextFolding.key(name);
    if (folded.isEmpty()) {
      return null;
    }
    String[] words = folded.split(" ");
    int end = words.length;
    while (end > 0 && (isNumber(words[end - 1]) || NAME_SUFFIXES.contains(words[end - 1]))) {
      end--;
    }
    var stem = new StringBuilder();
    for (int i = 0; i < end; i++) {
      stem.append(words[i]);
    }
    int length = stem.length();
    while (length > 0 && Character.isDigit(stem.charAt(length - 1))) {
      length--;
    }
    stem.setLength(length);
    int letters = 0;
    for (int i = 0; i < stem.length(); i++) {
      if (Character.isLetter(stem.charAt(i))) {
        letters++;
      }
    }
    return letters >= MIN_STEM_LETTERS ? stem.toString() : null;
  }

  private static boolean isNumber(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
