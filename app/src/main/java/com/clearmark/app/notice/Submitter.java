package com.clearmark.app.notice;

/** Who files the notice: the rights owner itself or an agent acting for it. */
public enum Submitter {
  RIGHTS_OWNER,
  AGENT
}
