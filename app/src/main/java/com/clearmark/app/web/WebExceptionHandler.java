package com.clearmark.app.web;

import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.ForbiddenException;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the web UI as the styled error page with the status, one sentence and a way home; no
 * stack traces. It answers every request the API's own handler does not: errors of the pages'
 * controllers, and those raised before any controller is found (an unknown address, a method the
 * address does not take). A request for an API address among the latter still gets a problem
 * detail, so a client of the API never has to read a page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class WebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

  @ExceptionHandler(NotFoundException.class)
  Object notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
    return answer(request, response, HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  Object noPage(HttpServletRequest request, HttpServletResponse response) {
    return answer(
        request,
        response,
        HttpStatus.NOT_FOUND,
        ApiPaths.isApi(ApiPaths.path(request))
            ? "No such API path."
            : "There is no page at this address. Check the link, or start again from the dashboard.");
  }

  @ExceptionHandler(ForbiddenException.class)
  Object forbidden(ForbiddenException e, HttpServletRequest request, HttpServletResponse response) {
    return answer(request, response, HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  Object conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response) {
    return answer(request, response, HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(InvalidInputException.class)
  Object invalid(
      InvalidInputException e, HttpServletRequest request, HttpServletResponse response) {
    var text = new StringBuilder(e.getMessage());
    e.fields().forEach((f, m) -> text.append(' ').append(f).append(": ").append(m).append('.'));
    return answer(request, response, HttpStatus.BAD_REQUEST, text.toString());
  }

  @ExceptionHandler(TypeMismatchException.class)
  Object badValue(
      TypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
    String what = e.getPropertyName() == null ? "a value" : "'" + e.getPropertyName() + "'";
    return answer(
        request,
        response,
        HttpStatus.BAD_REQUEST,
        "This address has "
            + what
            + " that cannot be read"
            + (Number.class.isAssignableFrom(boxed(e.getRequiredType())) ? " as a number." : ".")
            + " Check the link, or start again from the dashboard.");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  Object missing(
      MissingServletRequestParameterException e,
      HttpServletRequest request,
      HttpServletResponse response) {
    return answer(
        request,
        response,
        HttpStatus.BAD_REQUEST,
        "The request is missing the value '" + e.getParameterName() + "'.");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  Object method(
      HttpRequestMethodNotSupportedException e,
      HttpServletRequest request,
      HttpServletResponse response) {
    var reply =
        answer(
            request,
            response,
            HttpStatus.METHOD_NOT_ALLOWED,
            "This address does not take a "
                + e.getMethod()
                + " request. Go back to the page and use its buttons and forms.");
    if (e.getSupportedHttpMethods() != null) {
      response.setHeader(HttpHeaders.ALLOW, String.join(", ", e.getSupportedMethods()));
    }
    return reply;
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  Object mediaType(
      HttpMediaTypeNotSupportedException e,
      HttpServletRequest request,
      HttpServletResponse response) {
    return answer(
        request,
        response,
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "The request is not in a form this address reads.");
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  Object tooLarge(
      MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) {
    if (UploadLimits.fileNameTooLong(e)) {
      return invalid(UploadLimits.fileNameTooLongError(), request, response);
    }
    return answer(
        request,
        response,
        HttpStatus.CONTENT_TOO_LARGE,
        "The file is larger than this server accepts; split it or ask an admin to raise the limit.");
  }

  @ExceptionHandler(Exception.class)
  Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response)
      throws Exception {
    if (e instanceof AccessDeniedException) {
      // Spring Security answers it: a sign-in page for a visitor, 403 for a member.
      throw e;
    }
    if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
      // Spring's other request errors (406, a missing header, ...) carry their status.
      return answer(request, response, known.getStatusCode(), "The request could not be read.");
    }
    log.error("unexpected error in the web UI", e);
    return answer(
        request,
        response,
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side; the error has been logged.");
  }

  private static Class<?> boxed(Class<?> type) {
    if (type == null) {
      return Object.class;
    }
    if (type == long.class || type == int.class || type == short.class) {
      return Long.class;
    }
    return type;
  }

  private static Object answer(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatusCode status,
      String text) {
    return ErrorAnswer.of(request, response, status, text, ApiPaths.path(request));
  }
}
