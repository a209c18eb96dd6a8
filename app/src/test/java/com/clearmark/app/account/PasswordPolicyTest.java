package com.clearmark.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();
  private static final String EMAIL = "riley.reviewer@pinecrest.test";
  private static final String NAME = "Riley Reviewer";

  private String problem(String password) {
    return policy.problemWith(password, EMAIL, NAME).orElse(null);
  }

  @Test
  void twelveSpacesAreNotAPassword() {
    assertThat(problem(" ".repeat(12))).isEqualTo("a password cannot be only spaces");
    assertThat(problem("\t \u00a0".repeat(6))).isEqualTo("a password cannot be only spaces");
  }

  @Test
  void oneCharacterRepeatedIsRefused() {
    assertThat(problem("aaaaaaaaaaaa")).isEqualTo("a password cannot be one character repeated");
    assertThat(problem("\uD83D\uDD11".repeat(12)))
        .isEqualTo("a password cannot be one character repeated");
  }

  @Test
  void passwordsKnownFromBreachesAreRefusedWhateverTheirCase() {
    assertThat(problem("password1234")).contains("known from data breaches");
    assertThat(problem("Password1234")).contains("known from data breaches");
    assertThat(problem("1qaz2wsx3edc")).contains("known from data breaches");
    assertThat(problem("qwerty123456")).contains("known from data breaches");
  }

  @Test
  void lengthIsCountedInCharactersFromTwelveToOneHundredTwentyEight() {
    assertThat(problem("short pass")).isEqualTo("choose a password of at least 12 characters");
    assertThat(problem(null)).isEqualTo("choose a password of at least 12 characters");
    // Eleven emoji are 22 UTF-16 units but 11 characters.
    assertThat(problem("\uD83C\uDF4B\uD83C\uDF4A".repeat(5) + "\uD83C\uDF4B"))
        .isEqualTo("choose a password of at least 12 characters");
    assertThat(problem("\uD83C\uDF4B\uD83C\uDF4A".repeat(6))).isNull();
    String longest = "lemon tree ".repeat(12).substring(0, 128);
    assertThat(problem(longest)).isNull();
    assertThat(problem(longest + "x")).isEqualTo("a password can have at most 128 characters");
  }

  @Test
  void theEmailAddressOrNameCannotBeInThePassword() {
    assertThat(problem("riley.reviewer@pinecrest.test!")).contains("email address or name");
    assertThat(problem("my RILEY.REVIEWER secret")).contains("email address or name");
    assertThat(problem("hello riley reviewer 42")).contains("email address or name");
    assertThat(problem("RileyReviewer-2026")).contains("email address or name");
  }

  @Test
  void aPassphraseOfUnrelatedWordsIsAccepted() {
    assertThat(problem("copper kettle on the windowsill")).isNull();
    assertThat(problem("Tr0ub4dor & three horses")).isNull();
  }

  @Test
  void theBundledListIsLoaded() {
    // A list that failed to load would let every breached password through.
    assertThat(problem("123456789012")).contains("known from data breaches");
  }
}
