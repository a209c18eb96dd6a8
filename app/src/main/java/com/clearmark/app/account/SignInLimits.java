package com.clearmark.app.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code clearmark.sign-in.*}: how many failed sign-ins lock an account or a client
 * address, for how long, and how many sign-ins for either are checked at once.
 *
 * @param maxFailuresPerAccount failed sign-ins for one email address, within {@code window}, that
 *     lock it (whether or not an account has that address)
 * @param maxFailuresPerAddress failed sign-ins from one client IP address, within {@code window},
 *     that lock it
 * @param window how far back failures are counted
 * @param lockout how long a lock lasts
 * @param trackedKeys the most email addresses, and separately the most client addresses, whose
 *     failures are remembered at once; past that the least recently failed are forgotten first
 * @param maxConcurrentPerAccount sign-ins (and other checks of a secret) for one email address that
 *     are checked at once; more are refused at once, since each password hash takes memory
 * @param maxConcurrentPerAddress the same, from one client IP address
 */
@ConfigurationProperties("clearmark.sign-in")
record SignInLimits(
    int maxFailuresPerAccount,
    int maxFailuresPerAddress,
    Duration window,
    Duration lockout,
    int trackedKeys,
    int maxConcurrentPerAccount,
    int maxConcurrentPerAddress) {

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
    if (maxConcurrentPerAccount <= 0) {
      maxConcurrentPerAccount = 2;
    }
    if (maxConcurrentPerAddress <= 0) {
      maxConcurrentPerAddress = 8;
    }
  }
}
