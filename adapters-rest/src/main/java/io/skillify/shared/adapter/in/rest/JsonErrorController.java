package io.skillify.shared.adapter.in.rest;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (the servlet container, a filter) end here instead of Spring Boot's default
 * page: the same JSON shape, a status-only message, nothing about the cause. Called directly, it is not found.
 */
@Hidden
@RestController
class JsonErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(JsonErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? (value >= 400 ? value : 500) : 404;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            if (DatabaseUnavailable.isCause(failure)) {
                return DatabaseUnavailable.response(request);
            }
            log.error("Request {} failed outside Spring MVC", RequestIds.of(request), failure);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBodies.of(request, StatusMessages.of(status)));
    }
}
