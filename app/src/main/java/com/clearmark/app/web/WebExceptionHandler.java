package com.clearmark.app.web;

import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.ForbiddenException;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** Errors of the web UI as a friendly page with the status and one sentence; no stack traces. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class WebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
    return page(response, HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ModelAndView forbidden(ForbiddenException e, HttpServletResponse response) {
    return page(response, HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler({ConflictException.class})
  ModelAndView conflict(RuntimeException e, HttpServletResponse response) {
    return page(response, HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(InvalidInputException.class)
  ModelAndView invalid(InvalidInputException e, HttpServletResponse response) {
    var text = new StringBuilder(e.getMessage());
    e.fields().forEach((f, m) -> text.append(' ').append(f).append(": ").append(m).append('.'));
    return page(response, HttpStatus.BAD_REQUEST, text.toString());
  }

  @ExceptionHandler({
    MissingServletRequestParameterException.class,
    MethodArgumentTypeMismatchException.class
  })
  ModelAndView badRequest(Exception e, HttpServletResponse response) {
    return page(
        response, HttpStatus.BAD_REQUEST, "The request is missing a value or has a bad one.");
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletResponse response) {
    if (UploadLimits.fileNameTooLong(e)) {
      return invalid(UploadLimits.fileNameTooLongError(), response);
    }
    return page(
        response,
        HttpStatus.CONTENT_TOO_LARGE,
        "The file is larger than this server accepts; split it or ask an admin to raise the limit.");
  }

  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(Exception e, HttpServletResponse response) throws Exception {
    if (e instanceof ErrorResponse || e instanceof AccessDeniedException) {
      throw e;
    }
    log.error("unexpected error in the web UI", e);
    return page(
        response,
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side; the error has been logged.");
  }

  private static ModelAndView page(HttpServletResponse response, HttpStatus status, String text) {
    response.setStatus(status.value());
    var mav = new ModelAndView("error");
    mav.setStatus(status);
    mav.addObject("status", status.value());
    mav.addObject("error", status.getReasonPhrase());
    mav.addObject("message", text);
    return mav;
  }
}
