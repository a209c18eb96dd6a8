package com.clearmark.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/** One error, as the styled error page for a person or as a problem detail for a program. */
final class ErrorAnswer {

  private ErrorAnswer() {}

  static Object of(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatusCode status,
      String text,
      String path) {
    HttpStatus known = HttpStatus.resolve(status.value());
    String reason = known == null ? "Error" : known.getReasonPhrase();
    if (ApiPaths.wantsProblem(request, path)) {
      return ResponseEntity.status(status)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(ApiExceptionHandler.problem(status, reason, text));
    }
    response.setStatus(status.value());
    var mav = new ModelAndView("error");
    mav.setStatus(status);
    mav.addObject("status", status.value());
    mav.addObject("error", reason);
    mav.addObject("message", text);
    return mav;
  }

  /** The sentence for an error that reached no handler of ours (a filter's, the container's). */
  static String sentence(int status) {
    return switch (status) {
      case 400 -> "The request is missing a value or has a bad one.";
      case 401 -> "Sign in first.";
      case 403 -> "You do not have access to this page.";
      case 404 ->
          "There is no page at this address. Check the link, or start again from the dashboard.";
      case 405 ->
          "This address does not take that kind of request; go back and use the page's buttons and forms.";
      case 409 -> "Someone else changed this at the same time; reload the page and try again.";
      case 413 ->
          "The file is larger than this server accepts; split it or ask an admin to raise the limit.";
      default ->
          status >= 500
              ? "Something went wrong on our side; the error has been logged."
              : "The request could not be completed.";
    };
  }
}
