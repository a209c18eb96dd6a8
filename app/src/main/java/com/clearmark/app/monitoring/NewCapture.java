package com.clearmark.app.monitoring;

import java.util.List;

/**
 * A snapshot just made, with its findings and its seller (null when the capture named none), as
 * {@link CaptureListener}s receive it.
 */
public record NewCapture(Capture capture, List<CaptureFinding> findings, MarketplaceSeller seller) {

  public NewCapture {
    findings = List.copyOf(findings);
  }
}
