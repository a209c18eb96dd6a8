package com.clearmark.engine.mark;

/** Whether a registration is in force. Dead marks are kept for reference but not screened. */
public enum MarkStatus {
  LIVE,
  DEAD
}
