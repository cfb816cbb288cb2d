package io.skillify.shared.adapter.in.rest;

import io.skillify.shared.domain.DomainException;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every failure inside Spring MVC becomes the contract's error shape. Messages are written here, never copied from
 * an exception, so no class name, SQL or stack trace reaches a caller.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, Object>> domain(DomainException e, HttpServletRequest request) {
        return switch (e.kind()) {
            case INVALID_INPUT -> e instanceof InvalidInputException invalid
                    ? respond(HttpStatus.BAD_REQUEST, ErrorBodies.withDetails(request, e.getMessage(), invalid.problems()))
                    : respond(HttpStatus.BAD_REQUEST, ErrorBodies.of(request, e.getMessage()));
            case FORBIDDEN -> respond(HttpStatus.FORBIDDEN, ErrorBodies.of(request, "Forbidden"));
            case NOT_FOUND -> respond(HttpStatus.NOT_FOUND, ErrorBodies.of(request, e.getMessage()));
            case CONFLICT -> respond(HttpStatus.CONFLICT, ErrorBodies.of(request, e.getMessage(), e.extras()));
            case LIMIT_REACHED -> respond(HttpStatus.TOO_MANY_REQUESTS, ErrorBodies.of(request, e.getMessage(), e.extras()));
        };
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return respond(HttpStatus.CONTENT_TOO_LARGE,
                        ErrorBodies.of(request, BodySizeLimitFilter.message(tooLarge.limit())));
            }
        }
        Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
        if (root instanceof MismatchedInputException mismatch) {
            String path = JsonPaths.of(mismatch.getPath());
            if (path.isEmpty()) {
                return respond(HttpStatus.BAD_REQUEST, ErrorBodies.withDetails(request,
                        "Request body has the wrong shape", List.of(new Problem("", "must be a JSON object"))));
            }
            String message = mismatch instanceof InvalidFormatException invalid
                    ? isFractionForInteger(invalid) ? "must be a whole number" : "has an invalid value"
                    : "has the wrong type";
            return respond(HttpStatus.BAD_REQUEST, ErrorBodies.withDetails(request, "Invalid " + path + ": " + message,
                    List.of(new Problem(path, message))));
        }
        if (root instanceof InputCoercionException outOfRange && !JsonPaths.of(outOfRange.getPath()).isEmpty()) {
            String path = JsonPaths.of(outOfRange.getPath());
            String message = "is out of range";
            return respond(HttpStatus.BAD_REQUEST, ErrorBodies.withDetails(request, "Invalid " + path + ": " + message,
                    List.of(new Problem(path, message))));
        }
        if (root instanceof JacksonException) {
            return respond(HttpStatus.BAD_REQUEST, ErrorBodies.withDetails(request, "Malformed JSON",
                    List.of(new Problem("", "is not well-formed JSON"))));
        }
        return respond(HttpStatus.BAD_REQUEST, ErrorBodies.of(request, "Request body is missing or unreadable"));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<Problem> problems = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error ->
                problems.add(new Problem(error.getField(), error.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(error ->
                problems.add(new Problem("", error.getDefaultMessage())));
        return respond(HttpStatus.BAD_REQUEST, ErrorBodies.withDetails(request, summary(problems), problems));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Map<String, Object>> invalidParameters(HandlerMethodValidationException e,
                                                          HttpServletRequest request) {
        List<Problem> problems = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Problem(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return respond(HttpStatus.BAD_REQUEST, ErrorBodies.withDetails(request, summary(problems), problems));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException e,
                                                     HttpServletRequest request) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return respond(HttpStatus.NOT_FOUND, ErrorBodies.of(request, "Not found"));
        }
        return respond(HttpStatus.BAD_REQUEST, ErrorBodies.withDetails(request, "Invalid " + e.getName(),
                List.of(new Problem(e.getName(), "has an invalid value"))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e,
                                                         HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, ErrorBodies.withDetails(request, "Missing " + e.getParameterName(),
                List.of(new Problem(e.getParameterName(), "is required"))));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> methodNotAllowed(HttpRequestMethodNotSupportedException e,
                                                         HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return respond(HttpStatus.METHOD_NOT_ALLOWED, headers,
                ErrorBodies.of(request, request.getMethod() + " is not allowed here"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> unsupportedMediaType(HttpMediaTypeNotSupportedException e,
                                                             HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, headers, ErrorBodies.of(request, StatusMessages.of(415)));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<Map<String, Object>> noRoute(Exception e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_FOUND, ErrorBodies.of(request, "Not found"));
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<Map<String, Object>> databaseUnavailable(Exception e, HttpServletRequest request) {
        log.warn("Database unavailable while handling request {}: {}", RequestIds.of(request), e.toString());
        return DatabaseUnavailable.response(request);
    }

    /** Spring MVC's remaining exceptions know their status; their messages stay inside. */
    @ExceptionHandler({ErrorResponseException.class, ServletException.class})
    ResponseEntity<Map<String, Object>> springError(Exception e, HttpServletRequest request) {
        if (!(e instanceof ErrorResponse known)) {
            return unexpected(e, request);
        }
        int status = known.getStatusCode().value();
        if (status >= 500) {
            log.error("Request {} failed", RequestIds.of(request), e);
        }
        return respond(HttpStatus.valueOf(status), known.getHeaders(), ErrorBodies.of(request, StatusMessages.of(status)));
    }

    /** A live stream's client went away: nobody is left to answer, and nothing went wrong on our side. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e, HttpServletRequest request) {
        log.debug("Client of request {} went away: {}", RequestIds.of(request), e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseUnavailable.isCause(e)) {
            return databaseUnavailable(e, request);
        }
        log.error("Request {} failed unexpectedly", RequestIds.of(request), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, ErrorBodies.of(request, StatusMessages.of(500)));
    }

    private static boolean isFractionForInteger(InvalidFormatException invalid) {
        Class<?> target = invalid.getTargetType();
        return invalid.getValue() instanceof Number && target != null
                && (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class);
    }

    private static String summary(List<Problem> problems) {
        return problems.isEmpty() ? "Validation failed"
                : "Validation failed: " + problems.stream()
                        .map(p -> p.path().isEmpty() ? p.message() : p.path() + " " + p.message())
                        .collect(Collectors.joining("; "));
    }

    private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, Map<String, Object> body) {
        return respond(status, HttpHeaders.EMPTY, body);
    }

    private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, HttpHeaders headers,
                                                               Map<String, Object> body) {
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
