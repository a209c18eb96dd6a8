package com.clearmark.engine.network;

import com.clearmark.engine.fingerprint.Signature;
import java.util.Objects;

/**
 * What is known of one marketplace seller for linking it to others.
 *
 * @param key the caller's identifier of the seller, carried through for its own use
 * @param name the storefront name, empty when unknown
 * @param address the postal address as the marketplace shows it, empty when unknown
 * @param phone the phone number in any format, empty when unknown
 * @param email the contact email, empty when unknown
 * @param text the signature of the seller's listing text, or null when it has none
 */
public record SellerProfile(
    String key, String name, String address, String phone, String email, Signature text) {

  public SellerProfile {
    Objects.requireNonNull(key, "key");
    name = clean(name);
    address = clean(address);
    phone = clean(phone);
    email = clean(email);
  }

  private static String clean(String s) {
    return s == null ? "" : s.strip();
  }
}
