package com.clearmark.app.staydown;

import java.util.List;

/** PLACEHOLDER for helper D's record (contract of issue 15). */
public record Relisting(long caseId, double similarity, List<String> reasons) {}
