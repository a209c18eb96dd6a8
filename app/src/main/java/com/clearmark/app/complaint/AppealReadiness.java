package com.clearmark.app.complaint;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;

/**
 * The appeal section of a complaint's page. The appeal feature implements it: appeals are built
 * from complaints, so the complaint feature names only this interface and never depends on appeal.
 */
public interface AppealReadiness {

  /**
   * The document checks of the complaint's appeal, as the page shows them.
   *
   * @throws ConflictException when the complaint lacks what an appeal is built from; the message
   *     says what to fill in
   */
  Object check(Caller caller, long complaintId);
}
