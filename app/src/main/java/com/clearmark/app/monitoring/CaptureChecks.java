package com.clearmark.app.monitoring;

import com.clearmark.engine.screening.ListingCheck;
import java.util.List;

/**
 * Checks beyond the brand's own marks that monitoring runs on every captured third-party listing,
 * such as copies of the brand's registered works. A feature that keeps such a register declares one
 * bean of this type; its findings are stored with the capture and weighed when a case is opened.
 */
public interface CaptureChecks {

  /** The checks for this organization's captures now; empty when it has nothing registered. */
  List<ListingCheck> forCaptures(long organizationId);
}
