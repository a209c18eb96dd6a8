package com.clearmark.app.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A received or suspected IP complaint.
 *
 * @param reference the marketplace's complaint ID
 * @param missing fields that could not be read from pasted text and still need filling in
 */
public record Complaint(
    long id,
    String reference,
    ComplaintType type,
    ComplaintOrigin origin,
    ComplaintStatus status,
    LocalDate noticeDate,
    String registration,
    String rightsOwner,
    String rightsOwnerEmail,
    boolean accountHealthBelow100,
    String brand,
    List<Product> products,
    List<Action> actions,
    List<String> missing,
    String rawText,
    Instant createdAt) {

  /** A product the complaint names. */
  public record Product(String asin, String title) {}

  /** Something done about the complaint, by whom and when. */
  public record Action(ComplaintAction action, String note, String actorName, Instant at) {}
}
