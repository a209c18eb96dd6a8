package com.clearmark.app.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadlines a complaint sets, counted from the notice date:
 *
 * <ul>
 *   <li>the response window, after which an unanswered complaint stands (configurable, because
 *       marketplaces state it in each notice);
 *   <li>90 days to remove or dispose of inventory of the removed listing held in the marketplace's
 *       warehouses, before it is disposed of for the seller;
 *   <li>3 days, when the account health rating is below 100, to act before the account is at risk.
 * </ul>
 */
public final class DeadlinePolicy {

  public static final int INVENTORY_REMOVAL_DAYS = 90;
  public static final int AT_RISK_DAYS = 3;
  private final int responseDays;

  public DeadlinePolicy(int responseDays) {
    if (responseDays < 1) {
      throw new IllegalArgumentException("the response window must be at least one day");
    }
    this.responseDays = responseDays;
  }

  public List<Deadline> deadlines(LocalDate noticeDate, boolean accountHealthBelow100) {
    List<Deadline> out = new ArrayList<>();
    if (accountHealthBelow100) {
      out.add(
          new Deadline(
              "Act on the complaint",
              noticeDate.plusDays(AT_RISK_DAYS),
              "The account health rating is below 100: act within " + AT_RISK_DAYS + " days."));
    }
    out.add(
        new Deadline(
            "Respond to the notice",
            noticeDate.plusDays(responseDays),
            "Appeal, or ask the rights owner for a retraction, within " + responseDays + " days."));
    out.add(
        new Deadline(
            "Remove or dispose of the inventory",
            noticeDate.plusDays(INVENTORY_REMOVAL_DAYS),
            "Stock of the removed listing is disposed of after "
                + INVENTORY_REMOVAL_DAYS
                + " days."));
    return out;
  }
}
