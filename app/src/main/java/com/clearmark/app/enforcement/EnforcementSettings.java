package com.clearmark.app.enforcement;

/** PLACEHOLDER of helper C's contracted enforcement settings of an organization. */
public record EnforcementSettings(
    boolean secondApproverRequired,
    int reminderDays,
    String rightsOwner,
    String agentName,
    String contactName,
    String contactEmail,
    String contactPhone,
    String contactAddress) {}
