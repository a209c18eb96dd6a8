package com.clearmark.app.ui;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.catalog.CatalogService;
import com.clearmark.app.registry.MarkForm;
import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.app.registry.RegistryService;
import com.clearmark.app.screening.ListingInput;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Seller organizations for browser journeys, made through the service's own beans: an admin, a
 * reviewer and a viewer who sign in with a password, and, when a journey needs one already, marks
 * in the registry and listings in the catalogue.
 */
@TestComponent
class Sellers {

  /** A Salomon registration in class 25, as a trail-shoe seller must not use it. */
  static final MarkForm SALOMON =
      new MarkForm("Salomon", "Salomon SAS", "1234567", "US", "25", "LIVE", false, false);

  record Member(long userId, String name, String email, String password, Role role) {}

  record Seller(long organizationId, String name, Member admin, Member reviewer, Member viewer) {

    Caller as(Member member) {
      return new Caller(member.userId(), member.name(), organizationId, name, member.role());
    }
  }

  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final RegistryService registry;
  private final RegistryIndexes indexes;
  private final CatalogService catalogue;

  Sellers(
      Accounts accounts,
      PasswordEncoder passwords,
      RegistryService registry,
      RegistryIndexes indexes,
      CatalogService catalogue) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.registry = registry;
    this.indexes = indexes;
    this.catalogue = catalogue;
  }

  /**
   * A new organization with Alex the admin, Riley the reviewer and Vic the viewer, whose emails are
   * at a domain named after the organization (so every organization's members are different
   * people).
   */
  Seller seller(String name) {
    long org = accounts.createOrganization(name);
    String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".test";
    return new Seller(
        org,
        name,
        member(org, "Alex Admin", "alex@" + domain, Role.ADMIN),
        member(org, "Riley Reviewer", "riley@" + domain, Role.REVIEWER),
        member(org, "Vic Viewer", "vic@" + domain, Role.VIEWER));
  }

  private Member member(long org, String name, String email, Role role) {
    String password = "correct horse " + role.name().toLowerCase(Locale.ROOT);
    long user = accounts.createUser(email, name, passwords.encode(password));
    accounts.addMember(org, user, role);
    return new Member(user, name, email, password, role);
  }

  /** The admin adds a mark, and screening uses it once this returns. */
  void registers(Seller seller, MarkForm mark) throws InterruptedException {
    registry.add(seller.as(seller.admin()), mark);
    indexes.awaitIdle(seller.organizationId(), Duration.ofSeconds(10));
  }

  /** The reviewer lists one product; it is screened as it is stored. */
  long lists(Seller seller, ListingInput listing) {
    return catalogue.upsert(seller.as(seller.reviewer()), listing).listingId();
  }

  /** A pair of trail shoes by the seller's own brand Northwind, with the title given. */
  static ListingInput trailShoes(String sku, String title) {
    return new ListingInput(
        sku,
        null,
        title,
        "Northwind",
        List.of("Grippy lugs", "Quick laces"),
        "Trail shoes for wet ground.",
        "trail shoes",
        new BigDecimal("89.00"),
        "USD",
        "Clothing, Shoes & Jewelry",
        "US");
  }
}
