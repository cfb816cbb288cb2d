package io.skillify.automation.application.nodetype.builtin;

import io.skillify.automation.application.port.out.OutboundHttp.HttpOutcome.Answered;
import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.json.JsonBoolean;
import io.skillify.shared.domain.json.JsonNull;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an answered {@code http.request} step comes to. A success outputs {@code {status, headers, body}}; a body
 * over the response size cap fails the step (never a cut string). A failure status fails with the same output, its
 * body cut at {@value #FAILED_BODY_LIMIT} characters and marked {@code truncated}, and the error {@code HTTP <status>}
 * (naming the {@code Location} of a redirect that was not followed); a retryable one carries its
 * {@code Retry-After}.
 */
final class HttpAnswers {

    static final int FAILED_BODY_LIMIT = 64 * 1024;

    private HttpAnswers() {
    }

    static StepResult outcome(Answered answered, String method, List<Integer> expected, Instant now) {
        int status = answered.status();
        boolean success = expected.isEmpty() ? status / 100 == 2 : expected.contains(status);
        if (success && answered.truncated()) {
            return StepResult.failed("HTTP " + status + ": the response body is larger than the response size limit"
                    + " (SKILLIFY_HTTP_MAX_RESPONSE_BYTES) and was not kept", false, output(answered, null, true), null);
        }
        if (success) {
            return StepResult.completed(output(answered, body(answered.body(), answered.contentType()), false));
        }
        boolean retryable = status >= 500 || status == 429 || status == 408;
        return StepResult.failed(error(answered, method), retryable, failedOutput(answered),
                retryable ? retryAfter(answered, now).orElse(null) : null);
    }

    private static String error(Answered answered, String method) {
        String error = "HTTP " + answered.status();
        if (answered.status() / 100 != 3) {
            return error;
        }
        return header(answered, "Location")
                .map(location -> error + " redirect to " + location + " was not followed ("
                        + ("GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method)
                        ? "too many redirects" : "only GET and HEAD follow redirects") + ")")
                .orElse(error);
    }

    private static JsonObject failedOutput(Answered answered) {
        String body = answered.body();
        boolean cut = answered.truncated();
        if (body != null && body.length() > FAILED_BODY_LIMIT) {
            body = body.substring(0, FAILED_BODY_LIMIT);
            cut = true;
        }
        return output(answered, cut ? new JsonString(body) : body(body, answered.contentType()), cut);
    }

    private static JsonObject output(Answered answered, JsonValue body, boolean truncated) {
        Map<String, JsonValue> output = new LinkedHashMap<>();
        output.put("status", JsonNumber.of(answered.status()));
        Map<String, JsonValue> headers = new LinkedHashMap<>();
        answered.headers().forEach((name, value) -> headers.put(name, new JsonString(value)));
        output.put("headers", new JsonObject(headers));
        output.put("body", body == null ? JsonNull.INSTANCE : body);
        if (truncated) {
            output.put("truncated", JsonBoolean.of(true));
        }
        return new JsonObject(output);
    }

    private static JsonValue body(String body, String contentType) {
        if (body == null) {
            return JsonNull.INSTANCE;
        }
        if (contentType != null && contentType.contains("json")) {
            try {
                return JsonDocuments.parse(body, "body");
            } catch (RuntimeException notJson) {
                return new JsonString(body);
            }
        }
        return new JsonString(body);
    }

    /** {@code Retry-After} in seconds or as an HTTP date; none when absent or unreadable. */
    static Optional<Duration> retryAfter(Answered answered, Instant now) {
        return header(answered, "Retry-After").map(String::strip).flatMap(value -> {
            if (value.matches("\\d{1,9}")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String> header(Answered answered, String name) {
        return answered.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
