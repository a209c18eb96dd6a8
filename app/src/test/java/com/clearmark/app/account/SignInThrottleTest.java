package com.clearmark.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The throttle's own bookkeeping: attempts being checked at once, and what a right secret undoes.
 */
class SignInThrottleTest {

  private static final String JO = "jo@pinecrest.test";
  private static final String OFFICE = "198.51.100.7";
  private final SignInThrottle throttle =
      new SignInThrottle(
          new SignInLimits(3, 50, Duration.ofMinutes(10), Duration.ofMinutes(5), 100, 2, 3),
          Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));

  @Test
  void aThirdSignInForAnEmailWhileTwoAreBeingCheckedIsRefusedUntilOneEnds() {
    var first = throttle.reserve(JO, OFFICE);
    throttle.reserve(JO, OFFICE);

    assertThatThrownBy(() -> throttle.reserve(JO, "203.0.113.9"))
        .isInstanceOfSatisfying(
            SignInThrottle.Refused.class, r -> assertThat(r.retryAfterSeconds()).isEqualTo(1));

    first.succeeded();
    throttle.reserve(JO, "203.0.113.9").failed();
  }

  @Test
  void aFourthSignInFromOneAddressWhileThreeAreBeingCheckedIsRefusedWhateverTheEmail() {
    throttle.reserve("a@pinecrest.test", OFFICE);
    throttle.reserve("b@pinecrest.test", OFFICE);
    var third = throttle.reserve("c@pinecrest.test", OFFICE);

    assertThatThrownBy(() -> throttle.reserve("d@pinecrest.test", OFFICE))
        .isInstanceOf(SignInThrottle.Refused.class);
    third.failed();
    throttle.reserve("d@pinecrest.test", OFFICE);
  }

  @Test
  void aRightInvitationCodeGivesBackOnlyItsOwnCountWhileARightPasswordClearsTheEmail() {
    throttle.reserve(JO, OFFICE).failed();
    throttle.reserve(JO, OFFICE).failed();
    throttle.reserve(JO, OFFICE).givenBack();
    throttle.reserve(JO, OFFICE).failed();

    assertThatThrownBy(() -> throttle.reserve(JO, OFFICE))
        .isInstanceOfSatisfying(
            SignInThrottle.Refused.class,
            r -> assertThat(r.retryAfter()).isEqualTo(Duration.ofMinutes(5)));

    var ari = "ari@pinecrest.test";
    throttle.reserve(ari, OFFICE).failed();
    throttle.reserve(ari, OFFICE).failed();
    throttle.reserve(ari, OFFICE).succeeded();
    throttle.reserve(ari, OFFICE).failed();
    throttle.reserve(ari, OFFICE).failed();
    throttle.reserve(ari, OFFICE).succeeded();
  }

  @Test
  void theAttemptThatReachesTheLimitIsStillCheckedAndARightPasswordThenLiftsTheLock() {
    throttle.reserve(JO, OFFICE).failed();
    throttle.reserve(JO, OFFICE).failed();
    var third = throttle.reserve(JO, OFFICE);
    assertThatThrownBy(() -> throttle.reserve(JO, "203.0.113.9"))
        .isInstanceOf(SignInThrottle.Refused.class);

    third.succeeded();

    throttle.reserve(JO, OFFICE).succeeded();
  }
}
