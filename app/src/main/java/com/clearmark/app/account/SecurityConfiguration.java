package com.clearmark.app.account;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Two filter chains: the REST API is stateless and takes only API tokens (an anonymous call gets a
 * 401 problem, never a login page); the web UI uses form login with a session and CSRF tokens.
 */
@Configuration
class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    // Argon2id for new hashes; the id prefix lets a later algorithm be introduced without a reset.
    var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    return new DelegatingPasswordEncoder(
        "argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
  }

  /**
   * The only authentication provider, which both chains' managers reach, so that a locked or wrong
   * sign-in is counted once. The users it reads are not a bean of their own: Spring Security would
   * otherwise build a second provider from them.
   */
  @Bean
  ThrottledSignIn throttledSignIn(
      Accounts accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
    UserDetailsService users =
        email ->
            accounts
                .userByEmail(email)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    return new ThrottledSignIn(users, passwordEncoder, throttle);
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, TokenBuckets buckets)
      throws Exception {
    http.securityMatcher("/api/v1/**")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(c -> c.disable())
        .securityContext(c -> c.requireExplicitSave(true))
        .addFilterBefore(
            new ApiTokenFilter(tokens, buckets), UsernamePasswordAuthenticationFilter.class)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, ex) ->
                            problem(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "Authentication required",
                                "Send an API token as 'Authorization: Bearer <token>'; create one"
                                    + " under Settings > API tokens."))
                    .accessDeniedHandler(
                        (request, response, ex) ->
                            problem(
                                response,
                                HttpStatus.FORBIDDEN,
                                "Forbidden",
                                "This token may not do that.")));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(HttpSecurity http, Accounts accounts) throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login",
                        "/login/locked",
                        "/setup",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/actuator/prometheus",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/api/docs",
                        "/api/docs/**",
                        "/swagger-ui/**",
                        "/api/swagger-ui/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .successHandler(new SignInOutcomes.Success(accounts))
                    .failureHandler(new SignInOutcomes.Failure())
                    .permitAll())
        .addFilterAfter(new PasswordChangeRequired(), AuthorizationFilter.class)
        .logout(
            l ->
                l.logoutUrl("/logout")
                    .logoutSuccessUrl("/login?logout")
                    .deleteCookies("JSESSIONID")
                    .permitAll())
        .sessionManagement(
            s -> s.sessionFixation(f -> f.changeSessionId()).invalidSessionUrl("/login?expired"))
        .headers(
            // Scripts only from files the service serves: no page has an inline script or on*
            // handler, so an injected one does not run. Links to other sites get the origin only.
            h ->
                h.contentSecurityPolicy(
                        c ->
                            c.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'"
                                    + " 'unsafe-inline'; script-src 'self'; object-src 'none';"
                                    + " base-uri 'self'; form-action 'self'; frame-ancestors"
                                    + " 'none'"))
                    .referrerPolicy(
                        r ->
                            r.policy(
                                org.springframework.security.web.header.writers
                                    .ReferrerPolicyHeaderWriter.ReferrerPolicy
                                    .STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    return http.build();
  }

  private static void problem(
      HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    problem(response, status.value(), title, detail);
  }

  /** Writes an RFC 9457 problem; title and detail are fixed sentences of this package. */
  static void problem(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json;charset=UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + title
                + "\",\"status\":"
                + status
                + ",\"detail\":\""
                + detail.replace("\"", "'")
                + "\"}");
  }
}
