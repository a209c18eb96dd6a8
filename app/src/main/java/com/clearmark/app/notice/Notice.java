package com.clearmark.app.notice;

import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.ForbiddenException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A notice we send to a marketplace about one or more cases. It changes only through {@link
 * #edited}, {@link #approved}, {@link #sent} and {@link #withdrawn}, each refusing what the
 * lifecycle ({@link NoticeStatus#next()}) does not allow and returning the notice as it stands
 * after; {@link Notices} then stores the change only over the revision that was read. A sent notice
 * is never edited: a correction is a new notice pointing at it ({@code correctsNoticeId}).
 */
public record Notice(
    long id,
    String marketplace,
    NoticeStatus status,
    int revision,
    NoticeContent content,
    List<NoticeItem> items,
    Long draftedBy,
    String draftedByName,
    Instant draftedAt,
    Long approvedBy,
    String approvedByName,
    Instant approvedAt,
    Instant sentAt,
    SendChannel sentVia,
    String sentTo,
    Long correctsNoticeId) {

  public Notice {
    items = List.copyOf(items);
  }

  /** A new draft, not yet stored. */
  static Notice draft(
      String marketplace,
      NoticeContent content,
      List<NoticeItem> items,
      long userId,
      String userName,
      Instant at,
      Long corrects) {
    return new Notice(
        0,
        marketplace,
        NoticeStatus.DRAFT,
        0,
        content,
        items,
        userId,
        userName,
        at,
        null,
        null,
        null,
        null,
        null,
        null,
        corrects);
  }

  /**
   * This draft with its content (and the eBay reason code of each item) replaced.
   *
   * @throws ConflictException when the notice is no longer a draft
   */
  Notice edited(NoticeContent changed, List<String> reasonCodes) {
    if (status != NoticeStatus.DRAFT) {
      throw new ConflictException(
          "Notice #"
              + id
              + " is "
              + status
              + " and can no longer be edited"
              + (status == NoticeStatus.SENT ? ": draft a correction instead." : "."));
    }
    List<NoticeItem> withReasons = items;
    if (reasonCodes != null && !reasonCodes.isEmpty()) {
      withReasons =
          IntStream.range(0, items.size())
              .mapToObj(
                  i ->
                      i < reasonCodes.size()
                          ? items.get(i).withReason(reasonCodes.get(i))
                          : items.get(i))
              .toList();
    }
    return new Notice(
        id,
        marketplace,
        status,
        revision,
        changed,
        withReasons,
        draftedBy,
        draftedByName,
        draftedAt,
        approvedBy,
        approvedByName,
        approvedAt,
        sentAt,
        sentVia,
        sentTo,
        correctsNoticeId);
  }

  /**
   * This notice approved by the user, provided every check passed and, when the organization
   * requires a second approver, the user is not the one who drafted it.
   */
  Notice approved(
      List<NoticeCheck> checks,
      boolean secondApproverRequired,
      long userId,
      String userName,
      Instant at) {
    requireMove(NoticeStatus.APPROVED);
    List<NoticeCheck> failed = checks.stream().filter(c -> !c.passed()).toList();
    if (!failed.isEmpty()) {
      throw new ConflictException(
          "Notice #"
              + id
              + " cannot be approved while a check fails: "
              + failed.stream()
                  .map(c -> c.policy() + ": " + c.reason())
                  .collect(Collectors.joining("; "))
              + ".");
    }
    if (secondApproverRequired && draftedBy != null && draftedBy == userId) {
      throw new ForbiddenException(
          "Notice #"
              + id
              + " needs a second approver: it was drafted by "
              + draftedByName
              + ", so someone else must approve it.");
    }
    return new Notice(
        id,
        marketplace,
        NoticeStatus.APPROVED,
        revision,
        content,
        items,
        draftedBy,
        draftedByName,
        draftedAt,
        userId,
        userName,
        at,
        null,
        null,
        null,
        correctsNoticeId);
  }

  /** This approved notice as sent (or handed over) through the channel, at the time. */
  Notice sent(SendChannel via, String to, Instant at) {
    requireMove(NoticeStatus.SENT);
    return new Notice(
        id,
        marketplace,
        NoticeStatus.SENT,
        revision,
        content,
        items,
        draftedBy,
        draftedByName,
        draftedAt,
        approvedBy,
        approvedByName,
        approvedAt,
        at,
        via,
        to == null ? "" : to.strip(),
        correctsNoticeId);
  }

  Notice withdrawn() {
    requireMove(NoticeStatus.WITHDRAWN);
    return new Notice(
        id,
        marketplace,
        NoticeStatus.WITHDRAWN,
        revision,
        content,
        items,
        draftedBy,
        draftedByName,
        draftedAt,
        approvedBy,
        approvedByName,
        approvedAt,
        sentAt,
        sentVia,
        sentTo,
        correctsNoticeId);
  }

  /** Only a sent notice is corrected; any other is still edited or withdrawn. */
  void requireCorrectable() {
    if (status != NoticeStatus.SENT) {
      throw new ConflictException(
          "Only a sent notice is corrected; notice #"
              + id
              + " is "
              + status
              + (status == NoticeStatus.DRAFT ? ": edit it instead." : "."));
    }
  }

  List<Long> caseIds() {
    return items.stream().map(NoticeItem::caseId).toList();
  }

  private void requireMove(NoticeStatus next) {
    if (!status.next().contains(next)) {
      throw new ConflictException("A notice that is " + status + " cannot become " + next + ".");
    }
  }
}
