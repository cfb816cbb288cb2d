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
import java.util.Locale;
import java.util.Map;

/**
 * Calls an HTTP endpoint, its templates filled in by {@link HttpTemplates}; every attempt sends
 * {@code Idempotency-Key: {runId}:{nodeId}}. 2xx (or {@code expectStatus}) completes with
 * {@code {status, headers, body}}; other statuses fail with that same output (the body bounded) and the error
 * {@code HTTP <status>}. 5xx, 408 and 429 fail retryably (the engine retries with backoff, at least as long as a
 * {@code Retry-After} asks), other statuses fail for good. A body over the response size cap fails the step. Sent
 * through the {@link OutboundHttp} port.
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
                          "pattern": "^(https?://|[{][{])",
                          "maxLength": 2048,
                          "description": "Absolute http(s) URL; may contain {{expressions}} (values in the path and query are percent-encoded); checked after they are filled in, when the step runs"
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
                          "description": "Request body: any JSON value sent as application/json, with {{expressions}} filled in at any depth (a string that is one whole {{expression}} becomes its value); or a template string, sent as JSON when it starts with { or [ or a Content-Type header says JSON (values inside JSON strings escaped), as text otherwise"
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
            call = call(data, new HttpTemplates(expressions, context), context);
        } catch (ExpressionException unusable) {
            return StepResult.failed(unusable.getMessage(), false);
        } catch (IllegalArgumentException unusable) {
            return StepResult.failed("the URL is not valid once its templates are filled in: " + unusable.getMessage(),
                    false);
        }
        return switch (http.send(call)) {
            case OutboundHttp.HttpOutcome.Answered answered -> HttpAnswers.outcome(answered, call.method(),
                    expectedStatuses(data), context.now());
            case OutboundHttp.HttpOutcome.Unanswered unanswered ->
                    StepResult.failed(unanswered.reason(), unanswered.retryable());
        };
    }

    private OutboundHttp.HttpCall call(JsonObject data, HttpTemplates templates, StepContext context) {
        String method = data.string("method").orElse("GET");
        StringBuilder url = new StringBuilder(templates.url(data.string("url").orElseThrow()));
        data.get("query").filter(JsonObject.class::isInstance).map(JsonObject.class::cast).ifPresent(query -> {
            String separator = url.indexOf("?") >= 0 ? "&" : "?";
            for (Map.Entry<String, JsonValue> parameter : query.members().entrySet()) {
                url.append(separator).append(encode(parameter.getKey())).append('=')
                        .append(encode(templates.text(((JsonString) parameter.getValue()).value())));
                separator = "&";
            }
        });
        Map<String, String> headers = new LinkedHashMap<>();
        data.get("headers").filter(JsonObject.class::isInstance).map(JsonObject.class::cast).ifPresent(given ->
                given.members().forEach((name, value) ->
                        headers.put(name, templates.text(((JsonString) value).value()))));
        String body = null;
        String contentType = null;
        JsonValue given = data.get("body").orElse(null);
        if (given instanceof JsonString template && !declaresJson(headers) && !looksLikeJson(template.value())) {
            JsonValue filled = templates.json(template);
            body = filled instanceof JsonString text ? text.value() : filled.toJson();
            contentType = filled instanceof JsonString ? "text/plain; charset=utf-8" : "application/json";
        } else if (given instanceof JsonString template) {
            body = templates.jsonText(template.value());
            contentType = "application/json";
        } else if (given != null && given != JsonNull.INSTANCE) {
            body = templates.json(given).toJson();
            contentType = "application/json";
        }
        Duration timeout = data.get("timeoutMs").filter(JsonNumber.class::isInstance)
                .map(value -> Duration.ofMillis(((JsonNumber) value).value().longValue()))
                .orElse(DESCRIPTOR.timeout());
        return new OutboundHttp.HttpCall(context.workspaceId(), method, URI.create(url.toString()), headers, body, contentType, timeout,
                context.runId() + ":" + context.nodeId());
    }

    private static boolean declaresJson(Map<String, String> headers) {
        return headers.entrySet().stream().anyMatch(header -> header.getKey().equalsIgnoreCase("Content-Type")
                && header.getValue().toLowerCase(Locale.ROOT).contains("json"));
    }

    /** JSON text written as a template: an object or array, not a body that is one whole {@code {{…}}}. */
    private static boolean looksLikeJson(String template) {
        String text = template.strip();
        return text.startsWith("[") || text.startsWith("{") && !text.startsWith("{{");
    }

    private static List<Integer> expectedStatuses(JsonObject data) {
        return data.get("expectStatus").filter(JsonArray.class::isInstance)
                .map(list -> ((JsonArray) list).items().stream()
                        .map(item -> ((JsonNumber) item).value().intValue()).toList())
                .orElse(List.of());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
