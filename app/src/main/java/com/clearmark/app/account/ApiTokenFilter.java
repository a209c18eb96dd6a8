package com.clearmark.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer cm_...} requests to the REST API. */
final class ApiTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;

  ApiTokenFilter(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      tokens
          .authenticate(header.substring(7).strip())
          .ifPresent(
              caller -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new TokenAuthentication(caller));
                SecurityContextHolder.setContext(context);
              });
    }
    chain.doFilter(request, response);
  }

  /** An authenticated API token; its principal is the {@link Caller} it stands for. */
  static final class TokenAuthentication extends AbstractAuthenticationToken {
    private static final long serialVersionUID = 1L;
    private final transient Caller caller;

    TokenAuthentication(Caller caller) {
      super(List.of(new SimpleGrantedAuthority("ROLE_API")));
      this.caller = caller;
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public Object getPrincipal() {
      return caller;
    }
  }
}
