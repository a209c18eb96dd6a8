package com.clearmark.app.web;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests are a program's, answered with problem details rather than pages. */
final class ApiPaths {

  private ApiPaths() {}

  /** The address asked for, without the context path. */
  static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  static boolean isApi(String path) {
    return path.startsWith("/api/v") || path.startsWith("/v3/api-docs");
  }

  /**
   * An API address, or a client that asks for JSON and not for HTML (a script calling a page's
   * address); a browser always lists text/html.
   */
  static boolean wantsProblem(HttpServletRequest request, String path) {
    if (isApi(path)) {
      return true;
    }
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("json") && !accept.contains("text/html");
  }
}
