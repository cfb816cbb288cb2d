package io.skillify.automation.application.nodetype.builtin;

import static io.skillify.automation.application.nodetype.spi.NodeSchemas.EDITOR_PROPERTIES;
import static io.skillify.automation.application.nodetype.spi.NodeSchemas.EXECUTION_PROPERTIES;
import static io.skillify.automation.application.nodetype.spi.NodeSchemas.schema;

import io.skillify.automation.application.expression.ExpressionException;
import io.skillify.automation.application.expression.Expressions;
import io.skillify.automation.application.port.out.OutboundHttp;
import io.skillify.automation.domain.nodetype.NodeCategory;
import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonNull;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls an HTTP endpoint. The body may be a template string or a JSON value; every attempt sends
 * {@code Idempotency-Key: {runId}:{nodeId}}. 2xx (or {@code expectStatus}) completes with
 * {@code {status, headers, body}}; 5xx, 408 and 429 fail retryably (the engine retries with backoff), other
 * statuses fail for good. Sent through the {@link OutboundHttp} port.
 */
public final class HttpRequest implements NodeType {

    private static final NodeTypeDescriptor DESCRIPTOR = new NodeTypeDescriptor("http.request", 1,
            NodeCategory.ACTION, "Sends an HTTP request and outputs the response status, headers and body", schema("""
                    {
                      "$schema": "https://json-schema.org/draft/2020-12/schema",
                      "type": "object",
                      "additionalProperties": false,
                      "required": ["url"],
                      "properties": {
                        %s,
                        %s,
                        "method": {
                          "type": "string",
                          "enum": ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"],
                          "default": "GET"
                        },
                        "url": {
                          "type": "string",
                          "format": "uri",
                          "pattern": "^https?://",
                          "maxLength": 2048,
                          "description": "Absolute http(s) URL; may contain {{expressions}}"
                        },
                        "headers": {
                          "type": "object",
                          "maxProperties": 50,
                          "propertyNames": {"pattern": "^[!#$%%&'*+.^_`|~0-9A-Za-z-]{1,100}$"},
                          "additionalProperties": {"type": "string", "maxLength": 8192}
                        },
                        "query": {
                          "type": "object",
                          "maxProperties": 50,
                          "additionalProperties": {"type": "string", "maxLength": 2048}
                        },
                        "body": {
                          "description": "Request body: a template string, or any JSON value sent as application/json"
                        },
                        "expectStatus": {
                          "type": "array",
                          "items": {"type": "integer", "minimum": 100, "maximum": 599},
                          "uniqueItems": true,
                          "description": "Statuses that count as success; default 2xx"
                        }
                      }
                    }""".formatted(EDITOR_PROPERTIES, EXECUTION_PROPERTIES)),
            NodeTypeDescriptor.SINGLE_OUTPUT,
            RetryPolicy.exponential(3, Duration.ofSeconds(1), Duration.ofSeconds(30)), Duration.ofSeconds(30));

    @Override
    public NodeTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    private final OutboundHttp http;
    private final Expressions expressions;

    public HttpRequest(OutboundHttp http, Expressions expressions) {
        this.http = http;
        this.expressions = expressions;
    }

    /** Every template (url, header and query values, strings of the body at any depth) must parse. */
    @Override
    public List<Problem> checkData(JsonObject data, String path) {
        List<Problem> problems = new ArrayList<>();
        for (String field : List.of("url", "headers", "query", "body")) {
            data.get(field).ifPresent(value -> problems.addAll(expressions.templateProblemsIn(value, path + "." + field)));
        }
        return problems;
    }

    @Override
    public StepResult execute(StepContext context) {
        JsonObject data = context.data();
        OutboundHttp.HttpCall call;
        try {
            call = call(data, context);
        } catch (ExpressionException | IllegalArgumentException unusable) {
            return StepResult.failed(unusable.getMessage(), false);
        }
        return switch (http.send(call)) {
            case OutboundHttp.HttpOutcome.Answered answered -> answered(answered, data);
            case OutboundHttp.HttpOutcome.Unanswered unanswered ->
                    StepResult.failed(unanswered.reason(), unanswered.retryable());
        };
    }

    private OutboundHttp.HttpCall call(JsonObject data, StepContext context) {
        String method = data.string("method").orElse("GET");
        StringBuilder url = new StringBuilder(expressions.render(data.string("url").orElseThrow(), context));
        data.get("query").filter(JsonObject.class::isInstance).map(JsonObject.class::cast).ifPresent(query -> {
            String separator = url.indexOf("?") >= 0 ? "&" : "?";
            for (Map.Entry<String, JsonValue> parameter : query.members().entrySet()) {
                url.append(separator).append(encode(parameter.getKey())).append('=')
                        .append(encode(expressions.render(((JsonString) parameter.getValue()).value(), context)));
                separator = "&";
            }
        });
        Map<String, String> headers = new LinkedHashMap<>();
        data.get("headers").filter(JsonObject.class::isInstance).map(JsonObject.class::cast).ifPresent(given ->
                given.members().forEach((name, value) ->
                        headers.put(name, expressions.render(((JsonString) value).value(), context))));
        String body = null;
        String contentType = null;
        JsonValue given = data.get("body").orElse(null);
        if (given instanceof JsonString template) {
            body = expressions.render(template.value(), context);
            contentType = "text/plain; charset=utf-8";
        } else if (given != null && given != JsonNull.INSTANCE) {
            body = given.toJson();
            contentType = "application/json";
        }
        Duration timeout = data.get("timeoutMs").filter(JsonNumber.class::isInstance)
                .map(value -> Duration.ofMillis(((JsonNumber) value).value().longValue()))
                .orElse(DESCRIPTOR.timeout());
        return new OutboundHttp.HttpCall(context.workspaceId(), method, URI.create(url.toString()), headers, body, contentType, timeout,
                context.runId() + ":" + context.nodeId());
    }

    private static StepResult answered(OutboundHttp.HttpOutcome.Answered answered, JsonObject data) {
        Map<String, JsonValue> output = new LinkedHashMap<>();
        output.put("status", JsonNumber.of(answered.status()));
        Map<String, JsonValue> headers = new LinkedHashMap<>();
        answered.headers().forEach((name, value) -> headers.put(name, new JsonString(value)));
        output.put("headers", new JsonObject(headers));
        output.put("body", bodyOf(answered));
        List<Integer> expected = data.get("expectStatus").filter(JsonArray.class::isInstance)
                .map(list -> ((JsonArray) list).items().stream()
                        .map(item -> ((JsonNumber) item).value().intValue()).toList())
                .orElse(List.of());
        boolean success = expected.isEmpty() ? answered.status() / 100 == 2 : expected.contains(answered.status());
        if (success) {
            return StepResult.completed(new JsonObject(output));
        }
        boolean retryable = answered.status() >= 500 || answered.status() == 429 || answered.status() == 408;
        return StepResult.failed("HTTP " + answered.status(), retryable);
    }

    private static JsonValue bodyOf(OutboundHttp.HttpOutcome.Answered answered) {
        if (answered.body() == null) {
            return JsonNull.INSTANCE;
        }
        if (answered.contentType() != null && answered.contentType().contains("json")) {
            try {
                return JsonDocuments.parse(answered.body(), "body");
            } catch (RuntimeException notJson) {
                return new JsonString(answered.body());
            }
        }
        return new JsonString(answered.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
