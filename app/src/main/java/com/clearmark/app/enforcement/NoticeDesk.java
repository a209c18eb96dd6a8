package com.clearmark.app.enforcement;

import com.clearmark.app.shared.Caller;
import java.util.List;

/**
 * Drafts notices for cases; implemented by the notice feature, which depends on this one. The case
 * queue offers its bulk "Draft notice" only when a bean implements it.
 */
public interface NoticeDesk {

  /**
   * Drafts one notice covering the cases (the regime picked from their marketplace) and returns its
   * id.
   */
  long draft(Caller caller, List<Long> caseIds);
}
