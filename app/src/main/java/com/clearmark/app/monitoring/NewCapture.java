package com.clearmark.app.monitoring;

import java.util.List;

/** PLACEHOLDER for helper B's record (contract of issue 15). */
public record NewCapture(
    Capture capture, List<CaptureFinding> findings, MarketplaceSeller seller) {}
