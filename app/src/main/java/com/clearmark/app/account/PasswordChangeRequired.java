package com.clearmark.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a person whose password was set by an admin on the change-password page until they have
 * chosen their own: every other page redirects there (ASVS 2.3.1: an initial password may not
 * become the lasting one). Sign-out, static files and the error page stay reachable.
 */
final class PasswordChangeRequired extends OncePerRequestFilter {

  static final String ATTRIBUTE = "clearmark.passwordChangeRequired";
  static final String PAGE = "/settings/password";
  private static final List<String> OPEN =
      List.of(PAGE, "/logout", "/login", "/error", "/favicon.ico");
  private static final List<String> OPEN_PREFIXES = List.of("/css/", "/js/", "/webjars/");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var session = request.getSession(false);
    if (session != null && session.getAttribute(ATTRIBUTE) != null && !open(request)) {
      response.sendRedirect(request.getContextPath() + PAGE);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean open(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
  }
}
