package com.clearmark.app.complaint;

import com.clearmark.app.shared.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A received or suspected IP complaint. Its status changes only through {@link #moveTo} and {@link
 * #actedOn}, which refuse a move the lifecycle ({@link ComplaintStatus#next()}) does not allow and
 * return the complaint as it stands after the move; {@link Complaints#moved} then stores the move
 * only if nobody else moved the complaint meanwhile.
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

  /**
   * This complaint moved to {@code next}.
   *
   * @throws ConflictException when the lifecycle does not allow the move, saying why
   */
  public Complaint moveTo(ComplaintStatus next) {
    if (!status.next().contains(next)) {
      throw new ConflictException(
          "A complaint that is "
              + status
              + " cannot become "
              + next
              + (status == ComplaintStatus.APPEALED && next == ComplaintStatus.APPEALED
                  ? ": it has already been appealed."
                  : "."));
    }
    return withStatus(next);
  }

  /**
   * This complaint after something was done about it: a complaint still new or being investigated
   * has had action taken; one further along keeps its status.
   */
  public Complaint actedOn() {
    return status == ComplaintStatus.NEW || status == ComplaintStatus.INVESTIGATING
        ? withStatus(ComplaintStatus.ACTION_TAKEN)
        : this;
  }

  private Complaint withStatus(ComplaintStatus next) {
    return new Complaint(
        id,
        reference,
        type,
        origin,
        next,
        noticeDate,
        registration,
        rightsOwner,
        rightsOwnerEmail,
        accountHealthBelow100,
        brand,
        products,
        actions,
        missing,
        rawText,
        createdAt);
  }

  /** A product the complaint names. */
  public record Product(String asin, String title) {}

  /** Something done about the complaint, by whom and when. */
  public record Action(ComplaintAction action, String note, String actorName, Instant at) {}
}
