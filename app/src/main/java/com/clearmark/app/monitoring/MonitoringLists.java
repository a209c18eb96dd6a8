package com.clearmark.app.monitoring;

import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The brand's authorized sellers and reference prices, changed by admins and audited. */
@Service
public class MonitoringLists {

  private final AuthorizedSellers authorized;
  private final ReferencePrices prices;
  private final AuditLog audit;

  MonitoringLists(AuthorizedSellers authorized, ReferencePrices prices, AuditLog audit) {
    this.authorized = authorized;
    this.prices = prices;
    this.audit = audit;
  }

  @Transactional
  public long addSeller(Caller caller, AuthorizedSellerForm form) {
    caller.require(Role.ADMIN);
    form.check();
    long id = authorized.add(org(caller), form);
    audit.record(
        caller,
        AuditAction.AUTHORIZED_SELLER_ADDED,
        "AUTHORIZED_SELLER",
        id,
        "Authorized "
            + form.marketplace().strip()
            + " seller "
            + form.sellerId().strip()
            + " from "
            + form.validFrom()
            + (form.validUntil() == null ? "" : " until " + form.validUntil()),
        null);
    return id;
  }

  @Transactional
  void removeSeller(Caller caller, long id) {
    caller.require(Role.ADMIN);
    var seller =
        authorized
            .find(org(caller), id)
            .orElseThrow(() -> new NotFoundException("authorized seller", id));
    authorized.remove(org(caller), id);
    audit.record(
        caller,
        AuditAction.AUTHORIZED_SELLER_DELETED,
        "AUTHORIZED_SELLER",
        id,
        "No longer authorized: " + seller.marketplace() + " seller " + seller.sellerId(),
        null);
  }

  @Transactional
  public long addPrice(Caller caller, ReferencePriceForm form) {
    caller.require(Role.ADMIN);
    form.check();
    String product = form.product() == null ? "" : form.product().strip();
    long id =
        prices.add(org(caller), form.brand().strip(), product, form.price(), form.currencyCode());
    audit.record(
        caller,
        AuditAction.REFERENCE_PRICE_ADDED,
        "REFERENCE_PRICE",
        id,
        "Reference price of "
            + form.brand().strip()
            + (product.isEmpty() ? "" : " " + product)
            + ": "
            + ContentHash.price(form.price())
            + " "
            + form.currencyCode(),
        null);
    return id;
  }

  @Transactional
  void removePrice(Caller caller, long id) {
    caller.require(Role.ADMIN);
    var price =
        prices.all(org(caller)).stream()
            .filter(p -> p.id() == id)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("reference price", id));
    prices.remove(org(caller), id);
    audit.record(
        caller,
        AuditAction.REFERENCE_PRICE_DELETED,
        "REFERENCE_PRICE",
        id,
        "Removed the reference price of "
            + price.brand()
            + " "
            + price.product()
            + ": "
            + ContentHash.price(price.price())
            + " "
            + price.currency(),
        null);
  }

  private static OrganizationId org(Caller caller) {
    return OrganizationId.of(caller.organizationId());
  }
}
