package com.clearmark.app.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code clearmark.sign-in.*}: how many failed sign-ins lock an account or a client
 * address, and for how long.
 *
 * @param maxFailuresPerAccount failed sign-ins for one email address, within {@code window}, that
 *     lock it (whether or not an account has that address)
 * @param maxFailuresPerAddress failed sign-ins from one client IP address, within {@code window},
 *     that lock it
 * @param window how far back failures are counted
 * @param lockout how long a lock lasts
 * @param trackedKeys the most email addresses, and separately the most client addresses, whose
 *     failures are remembered at once; past that the least recently failed are forgotten first
 */
@ConfigurationProperties("clearmark.sign-in")
record SignInLimits(
    int maxFailuresPerAccount,
    int maxFailuresPerAddress,
    Duration window,
    Duration lockout,
    int trackedKeys) {

  SignInLimits {
    if (maxFailuresPerAccount <= 0) {
      maxFailuresPerAccount = 10;
    }
    if (maxFailuresPerAddress <= 0) {
      maxFailuresPerAddress = 50;
    }
    if (window == null || window.isNegative() || window.isZero()) {
      window = Duration.ofMinutes(15);
    }
    if (lockout == null || lockout.isNegative() || lockout.isZero()) {
      lockout = Duration.ofMinutes(15);
    }
    if (trackedKeys <= 0) {
      trackedKeys = 10_000;
    }
  }
}
