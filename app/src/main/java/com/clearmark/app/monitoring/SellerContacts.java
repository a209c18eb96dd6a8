package com.clearmark.app.monitoring;

import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Role;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A marketplace seller's contact data: personal data, exported and erased on request, audited. */
@Service
class SellerContacts {

  record Contact(
      long sellerId,
      String marketplace,
      String marketplaceSellerId,
      String name,
      String address,
      String phone,
      String email,
      Instant contactErasedAt) {

    static Contact of(MarketplaceSeller s) {
      return new Contact(
          s.id(),
          s.marketplace(),
          s.sellerId(),
          s.name(),
          s.address(),
          s.phone(),
          s.email(),
          s.contactErasedAt());
    }
  }

  private final MarketplaceSellers sellers;
  private final AuditLog audit;

  SellerContacts(MarketplaceSellers sellers, AuditLog audit) {
    this.sellers = sellers;
    this.audit = audit;
  }

  @Transactional
  Contact export(Caller caller, long id) {
    var seller = find(caller, id);
    audit.record(
        caller,
        AuditAction.SELLER_CONTACT_EXPORTED,
        "SELLER",
        id,
        "Exported the contact data of " + label(seller),
        null);
    return Contact.of(seller);
  }

  @Transactional
  Contact erase(Caller caller, long id) {
    caller.require(Role.ADMIN);
    var seller = find(caller, id);
    sellers.eraseContact(OrganizationId.of(caller.organizationId()), id);
    audit.record(
        caller,
        AuditAction.SELLER_CONTACT_ERASED,
        "SELLER",
        id,
        "Erased the contact data of " + label(seller),
        null);
    return Contact.of(find(caller, id));
  }

  private MarketplaceSeller find(Caller caller, long id) {
    return sellers
        .find(OrganizationId.of(caller.organizationId()), id)
        .orElseThrow(() -> new NotFoundException("seller", id));
  }

  private static String label(MarketplaceSeller s) {
    return s.marketplace()
        + " seller "
        + s.sellerId()
        + (s.name().isEmpty() ? "" : " (" + s.name() + ")");
  }
}
