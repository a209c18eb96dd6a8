package com.clearmark.app.job;

/** What a background job does. */
public enum JobKind {
  CATALOGUE_IMPORT,
  REGISTRY_IMPORT,
  RESCREEN,
  MONITORING_IMPORT,
  PATENT_IMPORT
}
