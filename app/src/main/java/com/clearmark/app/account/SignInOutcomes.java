package com.clearmark.app.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Where a sign-in leads: the page it was for, a forced password change, or a refusal. */
final class SignInOutcomes {

  static final String RETRY_AFTER = "clearmark.sign-in.retryAfterSeconds";

  private SignInOutcomes() {}

  /**
   * After a correct password: a password set by an admin must be changed first; then pending
   * invitations are shown; otherwise the page that was asked for, or the dashboard.
   */
  static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {
    private final Accounts accounts;

    Success(Accounts accounts) {
      this.accounts = accounts;
      setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
        HttpServletRequest request, HttpServletResponse response, Authentication authentication)
        throws ServletException, IOException {
      if (authentication.getPrincipal() instanceof AccountUser user) {
        String next = null;
        if (accounts.mustChangePassword(user.id())) {
          request.getSession().setAttribute(PasswordChangeRequired.ATTRIBUTE, Boolean.TRUE);
          next = PasswordChangeRequired.PAGE;
        } else if (!accounts.invitationsFor(user.id()).isEmpty()) {
          next = "/invitations";
        }
        if (next != null) {
          clearAuthenticationAttributes(request);
          getRedirectStrategy().sendRedirect(request, response, next);
          return;
        }
      }
      super.onAuthenticationSuccess(request, response, authentication);
    }
  }

  /**
   * A wrong email or password goes back to the sign-in page with one message for both; a locked
   * email or client address gets 429 with Retry-After, as the sign-in page for a browser and as a
   * problem for other clients.
   */
  static final class Failure implements AuthenticationFailureHandler {
    @Override
    public void onAuthenticationFailure(
        HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
        throws IOException, ServletException {
      if (!(e instanceof ThrottledSignIn.Throttled throttled)) {
        response.sendRedirect(request.getContextPath() + "/login?error");
        return;
      }
      long seconds = throttled.retryAfterSeconds();
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(seconds));
      String accept = request.getHeader("Accept");
      if (accept != null && accept.contains("json") && !accept.contains("text/html")) {
        SecurityConfiguration.problem(
            response, 429, "Too many failed sign-ins", lockedSentence(seconds));
        return;
      }
      request.setAttribute(RETRY_AFTER, seconds);
      request.getRequestDispatcher("/login/locked").forward(request, response);
    }
  }

  /** The same sentence whether or not an account has the email address. */
  static String lockedSentence(long seconds) {
    String opening = "Too many failed sign-ins for this email address or from your network. ";
    if (seconds < 60) {
      // Refused because other attempts for the same address are being checked right now, not
      // locked: the next one may go ahead in a moment.
      return opening + "Try again in a few seconds.";
    }
    long minutes = (seconds + 59) / 60;
    return opening + "Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
  }
}
