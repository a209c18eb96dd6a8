package com.clearmark.app.complaint;

import java.time.LocalDate;
import java.util.List;

/**
 * What could be read from a pasted marketplace notification. Fields that were not found are empty
 * or null and named in {@link #missing()}; the raw text is always kept with the complaint.
 *
 * @param date the day of the notice
 * @param respondBy the deadline the notice states for a reply, or null when it states none
 */
public record ParsedNotification(
    String complaintId,
    List<String> asins,
    List<String> titles,
    ComplaintType type,
    ComplaintOrigin origin,
    String registration,
    String rightsOwner,
    String rightsOwnerEmail,
    LocalDate date,
    LocalDate respondBy,
    List<String> missing) {

  public ParsedNotification {
    asins = List.copyOf(asins);
    titles = List.copyOf(titles);
    missing = List.copyOf(missing);
  }

  public boolean complete() {
    return missing.isEmpty();
  }
}
