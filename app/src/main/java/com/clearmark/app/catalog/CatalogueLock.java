package com.clearmark.app.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The right to write one organization's catalogue. Imports, single-listing updates and re-screens
 * of an organization take turns through it, in this process and in every other instance of the
 * service on the same database.
 *
 * <p>It is held at two levels. In this process a {@link ReentrantLock} queues the threads, so that
 * threads waiting here hold no database connection. The thread that gets it then takes the
 * database's lock: the organization's row of {@code catalogue_writers}, locked with {@code select
 * ... for update skip locked} in a transaction on a connection of its own that stays open, doing
 * nothing else, until {@link #unlock()} ends it. Another instance's attempt skips the locked row
 * and finds none, so it waits and tries again, backing off from 20 ms to half a second. Because the
 * database holds the row lock for the connection, an instance that crashes while holding it frees
 * it with its connection; nothing is left to clean up. The row is inserted the first time an
 * organization's catalogue is written.
 *
 * <p>At most one connection per organization is held by each instance, plus one borrowed briefly
 * while an attempt is made.
 */
final class CatalogueLock {

  private static final Logger log = LoggerFactory.getLogger(CatalogueLock.class);
  private static final long FIRST_WAIT_MILLIS = 20;
  private static final long LONGEST_WAIT_MILLIS = 500;

  private final DataSource database;
  private final long organizationId;
  private final ReentrantLock here = new ReentrantLock();

  /** The connection whose transaction holds the row lock; read and written under {@link #here}. */
  private Connection held;

  CatalogueLock(DataSource database, long organizationId) {
    this.database = database;
    this.organizationId = organizationId;
  }

  /** Waits until the catalogue is free in every instance, then holds it. */
  void lock() {
    here.lock();
    if (here.getHoldCount() > 1) {
      return;
    }
    try {
      boolean interrupted = false;
      long wait = FIRST_WAIT_MILLIS;
      while (!claim()) {
        try {
          TimeUnit.MILLISECONDS.sleep(wait);
        } catch (InterruptedException e) {
          // Like ReentrantLock.lock(): the wait goes on, and the interrupt is kept for the caller.
          interrupted = true;
        }
        wait = Math.min(LONGEST_WAIT_MILLIS, wait * 2);
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    } catch (RuntimeException | Error e) {
      here.unlock();
      throw e;
    }
  }

  /** Holds the catalogue if it is free in every instance right now; never waits for another. */
  boolean tryLock() {
    if (!here.tryLock()) {
      return false;
    }
    if (here.getHoldCount() > 1) {
      return true;
    }
    boolean claimed = false;
    try {
      claimed = claim();
    } finally {
      if (!claimed) {
        here.unlock();
      }
    }
    return claimed;
  }

  /** Frees the catalogue; the database's lock goes when the last hold of this thread does. */
  void unlock() {
    try {
      if (here.getHoldCount() == 1 && held != null) {
        release();
      }
    } finally {
      here.unlock();
    }
  }

  /** Whether this thread holds the catalogue. */
  boolean isHeldByCurrentThread() {
    return here.isHeldByCurrentThread();
  }

  /** One attempt at the database's lock. */
  private boolean claim() {
    Connection c = null;
    try {
      c = database.getConnection();
      c.setAutoCommit(true);
      addRow(c);
      c.setAutoCommit(false);
      boolean locked;
      try (PreparedStatement s =
          c.prepareStatement(
              "select organization_id from catalogue_writers where organization_id = ?"
                  + " for update skip locked")) {
        s.setLong(1, organizationId);
        try (var rs = s.executeQuery()) {
          locked = rs.next();
        }
      }
      if (!locked) {
        close(c);
        return false;
      }
      held = c;
      return true;
    } catch (SQLException e) {
      if (c != null) {
        close(c);
      }
      throw new DataAccessResourceFailureException(
          "could not lock the catalogue of organization " + organizationId, e);
    }
  }

  /** Adds the organization's row unless it is there; of two instances adding it, one does. */
  private void addRow(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into catalogue_writers (organization_id) select ? where not exists"
                + " (select 1 from catalogue_writers where organization_id = ?)")) {
      s.setLong(1, organizationId);
      s.setLong(2, organizationId);
      s.executeUpdate();
    } catch (SQLException e) {
      // 23505: another instance inserted it between the look and the insert.
      if (!"23505".equals(e.getSQLState())) {
        throw e;
      }
    }
  }

  private void release() {
    Connection c = held;
    held = null;
    close(c);
  }

  /** Ends the connection's transaction, which frees any row lock it holds, and gives it back. */
  private void close(Connection c) {
    try (c) {
      if (!c.getAutoCommit()) {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      // A connection that broke has lost its lock with it, in the database.
      log.warn("could not end the catalogue lock of organization {} cleanly", organizationId, e);
    }
  }
}
