package com.clearmark.app.complaint;

import com.clearmark.app.shared.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A received or suspected IP complaint. Its status changes only through {@link #moveTo} and {@link
 * #actedOn}, which refuse a move the lifecycle ({@link ComplaintStatus#next()}) does not allow and
 * return the complaint as it stands after the move; {@link Complaints#moved} then stores the move
 * only if nobody else moved the complaint meanwhile.
 *
 * @param reference the marketplace's complaint ID
 * @param missing fields that could not be read from pasted text and still need filling in
 * @param respondBy the reply deadline the notice states, or null when it states none
 * @param revision raised by every correction, so that {@link Complaints#corrected} writes one only
 *     over the complaint as it was read
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
    Instant createdAt,
    LocalDate respondBy,
    long revision) {

  /** A complaint as first recorded: no stated reply deadline, never corrected. */
  public Complaint(
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
    this(
        id,
        reference,
        type,
        origin,
        status,
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
        createdAt,
        null,
        0);
  }

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
        createdAt,
        respondBy,
        revision);
  }

  /**
   * This complaint with its details corrected to those of {@code edited}; its status, actions,
   * pasted text and revision stay. A field the correction supplies is no longer missing.
   */
  public Complaint correctedTo(Complaint edited) {
    return new Complaint(
        id,
        edited.reference(),
        edited.type(),
        origin,
        status,
        edited.noticeDate(),
        edited.registration(),
        edited.rightsOwner(),
        edited.rightsOwnerEmail(),
        edited.accountHealthBelow100(),
        edited.brand(),
        keepingTitles(edited.products()),
        actions,
        notGiven(edited, origin),
        rawText,
        createdAt,
        edited.respondBy(),
        revision);
  }

  /** The products corrected, each keeping the title known for its ASIN when none was given. */
  private List<Product> keepingTitles(List<Product> corrected) {
    return corrected.stream()
        .map(
            p ->
                p.title() == null || p.title().isEmpty()
                    ? products.stream()
                        .filter(known -> known.asin().equals(p.asin()))
                        .findFirst()
                        .orElse(p)
                    : p)
        .toList();
  }

  /** What a complaint can do without but an appeal will want, when it is not given. */
  static List<String> notGiven(Complaint c, ComplaintOrigin origin) {
    List<String> missing = new ArrayList<>();
    if (c.registration().isEmpty()
        && c.type() != ComplaintType.COUNTERFEIT
        && c.type() != ComplaintType.COUNTERFEIT_NO_TEST_BUY) {
      missing.add("registration number asserted");
    }
    if (origin == ComplaintOrigin.RECEIVED && c.rightsOwner().isEmpty()) {
      missing.add("rights owner name");
    }
    if (origin == ComplaintOrigin.RECEIVED && c.rightsOwnerEmail().isEmpty()) {
      missing.add("rights owner email");
    }
    return List.copyOf(missing);
  }

  /**
   * Refuses to delete a complaint whose history must stay: one that was acted on, moved past {@link
   * ComplaintStatus#NEW}, or appealed. It can still be corrected.
   *
   * @throws ConflictException saying why and what to do instead
   */
  public void requireDeletable() {
    if (!actions.isEmpty() || status != ComplaintStatus.NEW) {
      throw new ConflictException(
          "Complaint "
              + (reference.isEmpty() ? "#" + id : reference)
              + " has a history (its status is "
              + status.name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + (actions.isEmpty() ? "" : ", with " + actions.size() + " recorded action(s)")
              + ") and is kept for the record: correct its details with Edit instead.");
    }
  }

  /** A product the complaint names. */
  public record Product(String asin, String title) {}

  /** Something done about the complaint, by whom and when. */
  public record Action(ComplaintAction action, String note, String actorName, Instant at) {}
}
