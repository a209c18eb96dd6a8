package com.clearmark.app.notice;

import com.clearmark.app.shared.InvalidInputException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The editable fields of a draft notice, as the notice page posts them and the API takes them.
 *
 * @param revision the revision the edit was made on
 * @param reasonCodes the eBay VeRO reason code of each item, in the notice's order
 */
public record NoticeForm(
    Integer revision,
    NoticeRegime regime,
    IpType ipType,
    String mark,
    String registration,
    String work,
    String body,
    String messageToSeller,
    Submitter submitter,
    String rightsOwner,
    String agentName,
    String contactName,
    String contactEmail,
    String contactPhone,
    String contactAddress,
    List<Appearance> appearsIn,
    String testBuyOrders,
    String signature,
    Boolean goodFaith,
    Boolean accurate,
    List<String> reasonCodes) {

  /** The form as it shows a notice's current content. */
  static NoticeForm of(Notice n) {
    var c = n.content();
    return new NoticeForm(
        n.revision(),
        c.regime(),
        c.ipType(),
        c.mark(),
        c.registration(),
        c.work(),
        c.body(),
        c.messageToSeller(),
        c.submitter(),
        c.rightsOwner(),
        c.agentName(),
        c.contactName(),
        c.contactEmail(),
        c.contactPhone(),
        c.contactAddress(),
        List.copyOf(c.appearsIn()),
        c.testBuyOrders(),
        c.signature(),
        c.goodFaith(),
        c.accurate(),
        n.items().stream().map(NoticeItem::reasonCode).toList());
  }

  /** The content this form gives; a field not given keeps what {@code current} says. */
  NoticeContent content(NoticeContent current) {
    Set<Appearance> where =
        appearsIn == null
            ? current.appearsIn()
            : appearsIn.isEmpty() ? Set.of() : EnumSet.copyOf(appearsIn);
    return new NoticeContent(
        regime != null ? regime : current.regime(),
        ipType != null ? ipType : current.ipType(),
        or(mark, current.mark()),
        or(registration, current.registration()),
        or(work, current.work()),
        or(body, current.body()),
        or(messageToSeller, current.messageToSeller()),
        submitter != null ? submitter : current.submitter(),
        or(rightsOwner, current.rightsOwner()),
        or(agentName, current.agentName()),
        or(contactName, current.contactName()),
        or(contactEmail, current.contactEmail()),
        or(contactPhone, current.contactPhone()),
        or(contactAddress, current.contactAddress()),
        where,
        or(testBuyOrders, current.testBuyOrders()),
        or(signature, current.signature()),
        goodFaith != null ? goodFaith : current.goodFaith(),
        accurate != null ? accurate : current.accurate());
  }

  int requiredRevision() {
    if (revision == null) {
      throw new InvalidInputException("revision", "give the revision of the notice you edited");
    }
    return revision;
  }

  private static String or(String given, String current) {
    return given != null ? given : current;
  }
}
