package com.clearmark.app.account;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Email and password sign-in, refused without checking the password while {@link SignInThrottle}
 * has the email address or the client address locked or busy; every attempt counts against both
 * before its password is checked, and a right password takes its count back.
 */
final class ThrottledSignIn implements AuthenticationProvider {

  private static final int LONGEST_PASSWORD = 1_000;
  private final DaoAuthenticationProvider passwords;
  private final SignInThrottle throttle;

  ThrottledSignIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
    this.passwords = new DaoAuthenticationProvider(users);
    this.passwords.setPasswordEncoder(encoder);
    this.throttle = throttle;
  }

  /** Sign-ins refused for a while; a {@link LockedException} so that no other provider is asked. */
  static final class Throttled extends LockedException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    Throttled(Duration retryAfter) {
      super("Too many failed sign-ins");
      this.retryAfter = retryAfter;
    }

    /** Whole seconds until sign-in is possible again, at least one. */
    long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String email = authentication.getName();
    String address =
        authentication.getDetails() instanceof WebAuthenticationDetails d
            ? d.getRemoteAddress()
            : "";
    SignInThrottle.Attempt attempt;
    try {
      attempt = throttle.reserve(email, address);
    } catch (SignInThrottle.Refused e) {
      throw new Throttled(e.retryAfter());
    }
    try {
      Object credentials = authentication.getCredentials();
      if (credentials instanceof String password && password.length() > LONGEST_PASSWORD) {
        // No password this long was ever accepted (setup once allowed 200); refused unhashed.
        throw new BadCredentialsException("Bad credentials");
      }
      Authentication result = passwords.authenticate(authentication);
      attempt.succeeded();
      return result;
    } finally {
      // Nothing after a right password; every other outcome stays counted as a failure.
      attempt.failed();
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
