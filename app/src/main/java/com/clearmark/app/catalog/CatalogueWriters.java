package com.clearmark.app.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The locks on organizations' catalogues, one per organization, shared by every import,
 * single-listing update and re-screen of this process (see {@link CatalogueLock}).
 */
@Component
class CatalogueWriters {

  private final DataSource database;
  private final Map<Long, CatalogueLock> locks = new ConcurrentHashMap<>();

  CatalogueWriters(DataSource database) {
    this.database = database;
  }

  /** The lock on one organization's catalogue. */
  CatalogueLock of(long organizationId) {
    return locks.computeIfAbsent(organizationId, id -> new CatalogueLock(database, id));
  }
}
