package com.clearmark.app.sourcing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A company goods are bought from. Marketplaces reject invoices that hide the supplier's contact
 * details, so {@link #missingContactDetails()} says which are absent.
 */
public record Supplier(
    long id, String name, String address, String phone, String email, String website) {

  public Supplier {
    Objects.requireNonNull(name, "name");
    name = name.strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a supplier needs a name");
    }
    address = clean(address);
    phone = clean(phone);
    email = clean(email);
    website = clean(website);
  }

  private static String clean(String s) {
    return s == null ? "" : s.strip();
  }

  /**
   * The contact details an appeal needs that this supplier lacks, in the order sellers list them.
   */
  public List<String> missingContactDetails() {
    List<String> missing = new ArrayList<>();
    if (address.isEmpty()) {
      missing.add("address");
    }
    if (phone.isEmpty()) {
      missing.add("phone number");
    }
    if (email.isEmpty()) {
      missing.add("email address");
    }
    if (website.isEmpty()) {
      missing.add("website");
    }
    return missing;
  }
}
