package com.clearmark.app.monitoring;

import com.clearmark.app.shared.OrganizationId;
import java.util.List;

/** PLACEHOLDER for helper B's interface (contract of issue 15). */
public interface CaptureListener {
  void captured(OrganizationId org, List<NewCapture> batch);
}
