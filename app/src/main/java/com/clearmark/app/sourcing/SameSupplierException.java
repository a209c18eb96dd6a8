package com.clearmark.app.sourcing;

import com.clearmark.app.shared.ConflictException;

/** A supplier added under the name of one already recorded: the existing one is offered. */
class SameSupplierException extends ConflictException {
  private static final long serialVersionUID = 1L;
  private final long existing;

  SameSupplierException(String name, long existing) {
    super(
        "A supplier named "
            + name
            + " is already recorded (/suppliers/"
            + existing
            + "/edit): correct its details there, so its invoices keep pointing at it.");
    this.existing = existing;
  }

  long existing() {
    return existing;
  }
}
