package com.clearmark.app.notice;

import java.util.Set;

/**
 * Where a notice stands. A draft is edited, approved or withdrawn; an approved notice is sent or
 * withdrawn; a sent notice never changes again (a correction is a new notice).
 */
public enum NoticeStatus {
  DRAFT,
  APPROVED,
  SENT,
  WITHDRAWN;

  Set<NoticeStatus> next() {
    return switch (this) {
      case DRAFT -> Set.of(APPROVED, WITHDRAWN);
      case APPROVED -> Set.of(SENT, WITHDRAWN);
      case SENT, WITHDRAWN -> Set.of();
    };
  }
}
