package com.clearmark.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per email address and per client address and locks either for a while once
 * it has too many within the window (ASVS 2.2.1). An email address is counted whether or not an
 * account has it, so the answer never tells which addresses exist.
 *
 * <p>An attempt is counted as a failure when it is {@linkplain #reserve reserved}, before the slow
 * password hash, and given back only when it turns out right: checking the lock and counting the
 * failure are one step, so parallel requests cannot all pass the check before any of them counts.
 * The attempts being checked at once are also bounded per email and per client address, because
 * each holds a password hash's memory.
 *
 * <p>Kept in memory: a restart forgets every count and lock, and each instance of a cluster counts
 * its own. Both maps of failures are bounded ({@link SignInLimits#trackedKeys()}) because their
 * keys are chosen by whoever signs in; when full, the entry that failed least recently is
 * forgotten. Filling a map to push a victim's count out takes more failures than one client address
 * may make, so that needs many addresses. The maps of attempts in progress hold no more keys than
 * there are requests being answered.
 */
@Component
class SignInThrottle {

  private static final int MAX_KEY_LENGTH = 320;
  private static final Duration BUSY_RETRY = Duration.ofSeconds(1);
  private final SignInLimits limits;
  private final Clock clock;
  private final Map<String, Failures> accounts;
  private final Map<String, Failures> addresses;
  private final Map<String, Integer> accountsInProgress = new HashMap<>();
  private final Map<String, Integer> addressesInProgress = new HashMap<>();

  SignInThrottle(SignInLimits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.accounts = bounded(limits.trackedKeys());
    this.addresses = bounded(limits.trackedKeys());
  }

  /** Sign-ins refused for a while, before any password is checked. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    Refused(Duration retryAfter) {
      super("Too many failed sign-ins", null, false, false);
      this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
      return retryAfter;
    }

    /** Whole seconds until sign-in is possible again, at least one. */
    long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }

  /**
   * One attempt to prove who someone is, already counted as a failure. Exactly one of its methods
   * is called once the secret has been checked.
   */
  final class Attempt {
    private final String email;
    private final String address;
    private boolean ended;

    private Attempt(String email, String address) {
      this.email = email;
      this.address = address;
    }

    /** A wrong secret: the failure stays counted. */
    void failed() {
      end(false, false);
    }

    /** A right password: the email's count is cleared, and this attempt no longer counts. */
    void succeeded() {
      end(true, true);
    }

    /**
     * A right secret that does not clear the email's count (an invitation code, which an admin
     * elsewhere may know): only this attempt stops counting.
     */
    void givenBack() {
      end(true, false);
    }

    private void end(boolean giveBack, boolean clearAccount) {
      synchronized (SignInThrottle.this) {
        if (ended) {
          return;
        }
        ended = true;
        release(accountsInProgress, email);
        release(addressesInProgress, address);
        if (clearAccount) {
          accounts.remove(email);
        } else if (giveBack) {
          giveBack(accounts.get(email), limits.maxFailuresPerAccount());
        }
        if (giveBack) {
          giveBack(addresses.get(address), limits.maxFailuresPerAddress());
        }
      }
    }
  }

  /** Failures in the current window, and the end of the lock once they reached the limit. */
  private static final class Failures {
    Instant windowStart;
    int count;
    Instant lockedUntil;

    Failures(Instant now) {
      this.windowStart = now;
    }
  }

  /**
   * Counts an attempt for this email from this address as a failure, before its secret is checked.
   *
   * @throws Refused while either is locked, or already has as many attempts being checked as it may
   */
  synchronized Attempt reserve(String email, String address) {
    String account = key(email);
    String client = key(address);
    Instant now = clock.instant();
    Duration locked =
        longer(remaining(accounts.get(account), now), remaining(addresses.get(client), now));
    if (!locked.isZero()) {
      throw new Refused(locked);
    }
    if (accountsInProgress.getOrDefault(account, 0) >= limits.maxConcurrentPerAccount()
        || addressesInProgress.getOrDefault(client, 0) >= limits.maxConcurrentPerAddress()) {
      throw new Refused(BUSY_RETRY);
    }
    count(accounts, account, limits.maxFailuresPerAccount(), now);
    count(addresses, client, limits.maxFailuresPerAddress(), now);
    accountsInProgress.merge(account, 1, Integer::sum);
    addressesInProgress.merge(client, 1, Integer::sum);
    return new Attempt(account, client);
  }

  private void count(Map<String, Failures> map, String key, int max, Instant now) {
    Failures f = map.remove(key);
    if (f == null
        || !now.isBefore(f.windowStart.plus(limits.window()))
        || (f.lockedUntil != null && !now.isBefore(f.lockedUntil))) {
      // A lock that ended starts a fresh window, so the next failure does not lock at once.
      f = new Failures(now);
    }
    f.count++;
    if (f.count >= max) {
      f.lockedUntil = now.plus(limits.lockout());
    }
    map.put(key, f);
  }

  private static void giveBack(Failures f, int max) {
    if (f == null || f.count == 0) {
      return;
    }
    f.count--;
    if (f.count < max) {
      f.lockedUntil = null;
    }
  }

  private static void release(Map<String, Integer> inProgress, String key) {
    inProgress.computeIfPresent(key, (k, n) -> n > 1 ? n - 1 : null);
  }

  private static Duration remaining(Failures f, Instant now) {
    if (f == null || f.lockedUntil == null || !now.isBefore(f.lockedUntil)) {
      return Duration.ZERO;
    }
    return Duration.between(now, f.lockedUntil);
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String key(String s) {
    String k = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    return k.length() <= MAX_KEY_LENGTH ? k : k.substring(0, MAX_KEY_LENGTH);
  }

  private static Map<String, Failures> bounded(int max) {
    return new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
        return size() > max;
      }
    };
  }
}
