package com.clearmark.app.account;

import com.clearmark.app.shared.Caller;
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
  private final TokenBuckets buckets;

  ApiTokenFilter(ApiTokens tokens, TokenBuckets buckets) {
    this.tokens = tokens;
    this.buckets = buckets;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      var bearer = tokens.bearer(header.substring(7).strip());
      if (bearer.isPresent()) {
        var refused = buckets.take(bearer.get().tokenId(), bearer.get().caller().organizationId());
        if (refused.isPresent()) {
          long seconds = refused.get().retryAfterSeconds();
          response.setHeader("Retry-After", Long.toString(seconds));
          SecurityConfiguration.problem(
              response,
              429,
              "Too many requests",
              (refused.get().organization()
                      ? "This organization's API tokens have used their shared allowance of requests"
                          + " for now; retry after "
                      : "This API token has used its share of requests for now; retry after ")
                  + seconds
                  + (seconds == 1 ? " second." : " seconds."));
          return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(bearer.get().caller()));
        SecurityContextHolder.setContext(context);
      }
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
