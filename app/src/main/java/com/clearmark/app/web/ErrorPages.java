package com.clearmark.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where the servlet container sends an error raised outside every controller (a filter refusing a
 * request, an upload over the size limit, Spring Security's 403): the styled error page for a
 * person whatever the request asked to accept, a problem detail for an API address. It replaces
 * Spring Boot's own, which answers JSON to any request that does not list text/html.
 */
@Controller
class ErrorPages implements ErrorController {

  @RequestMapping("${server.error.path:/error}")
  Object error(HttpServletRequest request, HttpServletResponse response) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i && i >= 400 && i < 600 ? i : 500;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path =
        uri instanceof String s && s.startsWith(request.getContextPath())
            ? s.substring(request.getContextPath().length())
            : ApiPaths.path(request);
    return ErrorAnswer.of(
        request, response, HttpStatusCode.valueOf(status), ErrorAnswer.sentence(status), path);
  }
}
