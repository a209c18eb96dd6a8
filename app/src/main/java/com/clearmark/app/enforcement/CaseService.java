package com.clearmark.app.enforcement;

import com.clearmark.app.shared.Caller;
import org.springframework.stereotype.Service;

/** PLACEHOLDER of helper C's contracted case service: the calls the notice feature makes. */
@Service
public class CaseService {

  public void noticeDrafted(Caller caller, long caseId, long noticeId) {}

  public void noticeApproved(Caller caller, long caseId, long noticeId) {}

  public void noticeSent(Caller caller, long caseId, long noticeId, String how) {}

  public void noticeWithdrawn(Caller caller, long caseId, long noticeId) {}

  public void recordEvent(Caller caller, long caseId, String kind, String summary) {}
}
