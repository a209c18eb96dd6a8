package com.clearmark.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInOutcomesTest {

  @Test
  void aRefusalOfSecondsIsNotCalledAMinutesLock() {
    assertThat(SignInOutcomes.lockedSentence(1)).endsWith("Try again in a few seconds.");
    assertThat(SignInOutcomes.lockedSentence(59)).endsWith("Try again in a few seconds.");
  }

  @Test
  void aLockIsToldInWholeMinutesRoundedUp() {
    assertThat(SignInOutcomes.lockedSentence(60)).endsWith("Try again in 1 minute.");
    assertThat(SignInOutcomes.lockedSentence(61)).endsWith("Try again in 2 minutes.");
    assertThat(SignInOutcomes.lockedSentence(900)).endsWith("Try again in 15 minutes.");
  }
}
