package com.clearmark.app.notice;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a notice says, the part a drafter edits until it is approved. Lengths are those of the
 * columns; whether the content is complete for its regime is for {@link RegimeElementsPresent} to
 * say, so an incomplete draft can still be saved.
 *
 * @param body the explanation: what the listings do and why it infringes (the DSA's substantiated
 *     explanation, the DMCA's description of the infringing material)
 * @param work the copyrighted work a copyright notice is about
 * @param testBuyOrders order ids of test buys, comma separated
 * @param goodFaith the good-faith (DMCA) or bona fide (DSA) statement is made
 * @param accurate the statement that the notice is accurate and, under penalty of perjury, that the
 *     signer is authorised to act for the rights owner
 */
public record NoticeContent(
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
    Set<Appearance> appearsIn,
    String testBuyOrders,
    String signature,
    boolean goodFaith,
    boolean accurate) {

  public NoticeContent {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(ipType, "ipType");
    submitter = submitter == null ? Submitter.RIGHTS_OWNER : submitter;
    mark = bounded("mark", mark, FieldLimits.MARK_NAME);
    registration = bounded("registration", registration, FieldLimits.REGISTRATION);
    work = bounded("work", work, FieldLimits.NOTICE_WORK);
    body = bounded("body", body, FieldLimits.NOTICE_BODY);
    // A longer message is kept so the check can say by how much; the column holds the limit only.
    messageToSeller = messageToSeller == null ? "" : messageToSeller.strip();
    rightsOwner = bounded("rightsOwner", rightsOwner, FieldLimits.RIGHTS_OWNER);
    agentName = bounded("agentName", agentName, FieldLimits.RIGHTS_OWNER);
    contactName = bounded("contactName", contactName, FieldLimits.PERSON_NAME);
    contactEmail = bounded("contactEmail", contactEmail, FieldLimits.EMAIL);
    contactPhone = bounded("contactPhone", contactPhone, FieldLimits.PHONE);
    contactAddress = bounded("contactAddress", contactAddress, FieldLimits.SUPPLIER_ADDRESS);
    appearsIn =
        appearsIn == null || appearsIn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(appearsIn));
    testBuyOrders = bounded("testBuyOrders", testBuyOrders, FieldLimits.NOTICE_TEST_BUY_ORDERS);
    signature = bounded("signature", signature, FieldLimits.NOTICE_SIGNATURE);
  }

  private static String bounded(String field, String value, int max) {
    String v = value == null ? "" : value.strip();
    if (v.length() > max) {
      throw new InvalidInputException(
          field, "has at most " + max + " characters, got " + v.length());
    }
    return v;
  }

  /**
   * Refuses to store a message to the seller longer than eBay accepts; the check reports the same
   * for content that was never stored.
   */
  void requireStorable() {
    if (messageToSeller.length() > FieldLimits.NOTICE_MESSAGE_TO_SELLER) {
      throw new InvalidInputException(
          "messageToSeller",
          "has at most "
              + FieldLimits.NOTICE_MESSAGE_TO_SELLER
              + " characters, got "
              + messageToSeller.length());
    }
  }
}
