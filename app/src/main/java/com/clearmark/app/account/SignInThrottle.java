package com.clearmark.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per email address and per client address and locks either for a while once
 * it has too many within the window (ASVS 2.2.1). An email address is counted whether or not an
 * account has it, so the answer never tells which addresses exist.
 *
 * <p>Kept in memory: a restart forgets every count and lock, and each instance of a cluster counts
 * its own. Both maps are bounded ({@link SignInLimits#trackedKeys()}) because their keys are chosen
 * by whoever signs in; when full, the entry that failed least recently is forgotten. Filling a map
 * to push a victim's count out takes more failures than one client address may make, so that needs
 * many addresses.
 */
@Component
class SignInThrottle {

  private static final int MAX_KEY_LENGTH = 320;
  private final SignInLimits limits;
  private final Clock clock;
  private final Map<String, Failures> accounts;
  private final Map<String, Failures> addresses;

  SignInThrottle(SignInLimits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.accounts = bounded(limits.trackedKeys());
    this.addresses = bounded(limits.trackedKeys());
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

  /** How long sign-ins for this email or from this address stay refused, if they are. */
  synchronized Optional<Duration> lockedFor(String email, String address) {
    Instant now = clock.instant();
    Duration account = remaining(accounts.get(key(email)), now);
    Duration client = remaining(addresses.get(key(address)), now);
    Duration longer = account.compareTo(client) >= 0 ? account : client;
    return longer.isZero() ? Optional.empty() : Optional.of(longer);
  }

  synchronized void failed(String email, String address) {
    Instant now = clock.instant();
    count(accounts, key(email), limits.maxFailuresPerAccount(), now);
    count(addresses, key(address), limits.maxFailuresPerAddress(), now);
  }

  /** A correct password clears the account's count; the address keeps its own. */
  synchronized void succeeded(String email) {
    accounts.remove(key(email));
  }

  private void count(Map<String, Failures> map, String key, int max, Instant now) {
    Failures f = map.remove(key);
    if (f == null || !now.isBefore(f.windowStart.plus(limits.window()))) {
      f = new Failures(now);
    }
    f.count++;
    if (f.count >= max) {
      f.lockedUntil = now.plus(limits.lockout());
      // A lock starts a fresh window, so the next failure after it ends does not lock at once.
      f.windowStart = f.lockedUntil;
      f.count = 0;
    }
    map.put(key, f);
  }

  private static Duration remaining(Failures f, Instant now) {
    if (f == null || f.lockedUntil == null || !now.isBefore(f.lockedUntil)) {
      return Duration.ZERO;
    }
    return Duration.between(now, f.lockedUntil);
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
