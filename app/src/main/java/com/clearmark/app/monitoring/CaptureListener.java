package com.clearmark.app.monitoring;

import com.clearmark.app.shared.OrganizationId;
import java.util.List;

/**
 * Told of every batch of new snapshots, inside the transaction that wrote them: what a listener
 * writes is kept if and only if the snapshots are, and a listener that throws undoes the whole
 * batch. Unchanged captures make no snapshot and are not passed on. A capture whose seller is
 * authorized comes with {@link Capture#sellerAuthorized()} set; acting on it is the listener's
 * call.
 */
public interface CaptureListener {

  void captured(OrganizationId org, List<NewCapture> batch);
}
