package com.clearmark.engine.network;

import com.clearmark.engine.text.Tokenizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The normalised forms under which sellers' contact details are compared. Each returns null when
 * the value is too weak to link on: an address without a number, a phone of fewer than seven
 * digits, a name that leaves no stem.
 *
 * <p>Words are split and folded by the engine's {@link Tokenizer}, as marks and listings are; one
 * instance reuses its tokenizer from one value to the next and is for one thread.
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

  private final Tokenizer tokens = new Tokenizer();
  private final StringBuilder key = new StringBuilder();

  /**
   * The address folded, punctuation removed and common words abbreviated: {@code 88 Harbour Road}
   * and {@code 88 harbour rd.} agree. Null unless it has a number and at least three words, so that
   * a bare city or country links nobody.
   */
  String address(String address) {
    tokens.reset(address);
    if (tokens.size() < MIN_ADDRESS_WORDS) {
      return null;
    }
    key.setLength(0);
    boolean number = false;
    for (int t = 0; t < tokens.size(); t++) {
      number |= tokens.has(t, Tokenizer.HAS_DIGIT);
      if (t > 0) {
        key.append(' ');
      }
      int from = tokens.normStart(t);
      int length = tokens.normLength(t);
      String abbreviation = ADDRESS_WORDS.get(new String(tokens.buffer(), from, length));
      if (abbreviation != null) {
        key.append(abbreviation);
      } else {
        key.append(tokens.buffer(), from, length);
      }
    }
    return number ? key.toString() : null;
  }

  /** The last ten digits of the number; null when it has fewer than seven digits. */
  String phone(String phone) {
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
  String email(String email) {
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
  String nameStem(String name) {
    tokens.reset(name);
    int end = tokens.size();
    while (end > 0 && isSuffix(end - 1)) {
      end--;
    }
    key.setLength(0);
    for (int t = 0; t < end; t++) {
      key.append(tokens.buffer(), tokens.normStart(t), tokens.normLength(t));
    }
    int length = key.length();
    while (length > 0 && Character.isDigit(key.charAt(length - 1))) {
      length--;
    }
    key.setLength(length);
    int letters = 0;
    for (int i = 0; i < key.length(); i++) {
      if (Character.isLetter(key.charAt(i))) {
        letters++;
      }
    }
    return letters >= MIN_STEM_LETTERS ? key.toString() : null;
  }

  private boolean isSuffix(int t) {
    boolean number =
        tokens.has(t, Tokenizer.HAS_DIGIT)
            && !tokens.has(t, Tokenizer.HAS_LETTER)
            && !tokens.has(t, Tokenizer.HAS_SYMBOL);
    return number
        || NAME_SUFFIXES.contains(
            new String(tokens.buffer(), tokens.normStart(t), tokens.normLength(t)));
  }
}
