package com.clearmark.app.staydown;

import com.clearmark.app.monitoring.Capture;
import com.clearmark.app.shared.OrganizationId;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * PLACEHOLDER for helper D's service (contract of issue 15): remembers nothing, matches nothing.
 */
@Service
public class StayDown {

  public void remember(OrganizationId org, long caseId, Capture removed) {}

  public List<Relisting> matches(OrganizationId org, Capture fresh) {
    return List.of();
  }
}
