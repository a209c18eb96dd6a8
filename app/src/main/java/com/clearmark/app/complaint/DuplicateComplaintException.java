package com.clearmark.app.complaint;

import com.clearmark.app.shared.ConflictException;

/** A complaint ID the organization has recorded already, with the complaint that has it. */
class DuplicateComplaintException extends ConflictException {
  private static final long serialVersionUID = 1L;
  private final long existing;

  DuplicateComplaintException(String reference, long existing) {
    super(
        "Complaint "
            + reference
            + " is already recorded (/complaints/"
            + existing
            + "): open it to correct it instead of recording it again.");
    this.existing = existing;
  }

  /** The id of the complaint already recorded under the complaint ID. */
  long existing() {
    return existing;
  }

  String location() {
    return "/complaints/" + existing;
  }
}
