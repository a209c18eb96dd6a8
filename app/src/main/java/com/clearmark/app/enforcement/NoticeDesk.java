package com.clearmark.app.enforcement;

import com.clearmark.app.shared.Caller;
import java.util.List;

/** PLACEHOLDER of helper C's contracted interface, implemented by the notice feature. */
public interface NoticeDesk {
  long draft(Caller caller, List<Long> caseIds);
}
