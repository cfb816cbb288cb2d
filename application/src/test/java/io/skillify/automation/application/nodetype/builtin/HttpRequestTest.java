package io.skillify.automation.application.nodetype.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.application.expression.Expressions;
import io.skillify.automation.application.port.out.OutboundHttp;
import io.skillify.automation.application.port.out.OutboundHttp.HttpCall;
import io.skillify.automation.application.port.out.OutboundHttp.HttpOutcome;
import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of {@code http.request}: templates where they go, and what an answer comes to. */
class HttpRequestTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final Expressions EXPRESSIONS = Expressions.withDefaults();
    private static final JsonValue INPUT = JsonDocuments.parse("""
            {"count": 5, "name": "O\\"Brien", "tags": ["a", "b"], "path": "a b/c?d", "base": "https://api.test"}""",
            "input");

    private HttpOutcome answer = new HttpOutcome.Answered(200, Map.of(), "application/json", "{}");
    private HttpCall sent;
    private final OutboundHttp http = call -> {
        sent = call;
        return answer;
    };

    private StepResult run(String data) {
        JsonObject node = (JsonObject) JsonDocuments.parse(data, "data");
        return new HttpRequest(http, EXPRESSIONS).execute(new Context(node));
    }

    @Test
    void aTemplateThatIsTheWholeValueKeepsItsJsonTypeAtAnyDepth() {
        run("""
                {"url": "https://api.test/x", "method": "POST",
                 "body": {"n": "{{input.count}}", "deep": [{"tags": "{{input.tags}}"}], "text": "n={{input.count}}"}}""");

        assertThat(sent.body()).isEqualTo("{\"n\":5,\"deep\":[{\"tags\":[\"a\",\"b\"]}],\"text\":\"n=5\"}");
        assertThat(sent.contentType()).isEqualTo("application/json");
    }

    @Test
    void aJsonTextBodyEscapesValuesInsideItsStringsAndWritesOthersAsJson() {
        run("""
                {"url": "https://api.test/x", "method": "POST",
                 "body": "{\\"name\\": \\"{{input.name}}\\", \\"count\\": {{input.count}}, \\"who\\": {{input.name}}}"}""");

        assertThat(JsonDocuments.parse(sent.body(), "body").toJson())
                .isEqualTo("{\"name\":\"O\\\"Brien\",\"count\":5,\"who\":\"O\\\"Brien\"}");
        assertThat(sent.contentType()).isEqualTo("application/json");
    }

    @Test
    void aTextBodyTakesValuesAsTheyAre() {
        run("""
                {"url": "https://api.test/x", "method": "POST", "body": "Hello {{input.name}}"}""");

        assertThat(sent.body()).isEqualTo("Hello O\"Brien");
        assertThat(sent.contentType()).startsWith("text/plain");
    }

    @Test
    void valuesInThePathAndQueryArePercentEncodedAndABaseUrlIsTakenAsItIs() {
        run("""
                {"url": "{{input.base}}/items/{{input.path}}?q={{input.name}}", "query": {"tag": "{{input.path}}"},
                 "headers": {"X-Count": "{{input.count}}"}}""");

        assertThat(sent.url().toString())
                .isEqualTo("https://api.test/items/a%20b%2Fc%3Fd?q=O%22Brien&tag=a%20b%2Fc%3Fd");
        assertThat(sent.headers()).containsEntry("X-Count", "5");
    }

    @Test
    void aMissingValueRendersAsNothingInsideTextAndAsNullWhereJsonStandsAlone() {
        run("""
                {"url": "https://api.test/items/{{input.nope}}?q={{input.nope}}", "method": "POST",
                 "headers": {"X-Who": "a{{input.nope}}b"},
                 "body": "{\\"text\\": \\"a{{input.nope}}b\\", \\"value\\": {{input.nope}}}"}""");

        assertThat(sent.url().toString()).isEqualTo("https://api.test/items/?q=");
        assertThat(sent.headers()).containsEntry("X-Who", "ab");
        assertThat(JsonDocuments.parse(sent.body(), "body").toJson()).isEqualTo("{\"text\":\"ab\",\"value\":null}");
    }

    @Test
    void aUrlThatIsNotValidOnceFilledInFailsTheStepSayingSo() {
        StepResult result = run("""
                {"url": "{{input.name}}"}""");

        assertThat(result).isInstanceOfSatisfying(StepResult.Failed.class, failed -> {
            assertThat(failed.error()).startsWith("the URL is not valid once its templates are filled in");
            assertThat(failed.retryable()).isFalse();
        });
    }

    @Test
    void aFailedStatusKeepsStatusHeadersAndBodyInTheStepOutput() {
        answer = new HttpOutcome.Answered(404, Map.of("X-Trace", "t1"), "application/json", "{\"error\":\"no such user\"}");

        StepResult result = run("""
                {"url": "https://api.test/users/9"}""");

        assertThat(result).isInstanceOfSatisfying(StepResult.Failed.class, failed -> {
            assertThat(failed.error()).isEqualTo("HTTP 404");
            assertThat(failed.retryable()).isFalse();
            assertThat(failed.output().toJson())
                    .isEqualTo("{\"status\":404,\"headers\":{\"X-Trace\":\"t1\"},\"body\":{\"error\":\"no such user\"}}");
        });
    }

    @Test
    void aLongFailedBodyIsCutAndMarked() {
        answer = new HttpOutcome.Answered(500, Map.of(), "text/plain", "e".repeat(HttpAnswers.FAILED_BODY_LIMIT + 10));

        StepResult result = run("""
                {"url": "https://api.test/x"}""");

        assertThat(result).isInstanceOfSatisfying(StepResult.Failed.class, failed -> {
            JsonObject output = (JsonObject) failed.output();
            assertThat(output.string("body").orElseThrow()).hasSize(HttpAnswers.FAILED_BODY_LIMIT);
            assertThat(output.get("truncated").orElseThrow().toJson()).isEqualTo("true");
            assertThat(failed.retryable()).isTrue();
        });
    }

    @Test
    void retryAfterInSecondsOrAsADateIsPassedOn() {
        answer = new HttpOutcome.Answered(429, Map.of("Retry-After", "7"), null, null);
        assertThat(((StepResult.Failed) run("{\"url\": \"https://api.test/x\"}")).retryAfter())
                .isEqualTo(Duration.ofSeconds(7));

        answer = new HttpOutcome.Answered(503, Map.of("retry-after", "Mon, 05 Jan 2026 10:01:00 GMT"), null, null);
        assertThat(((StepResult.Failed) run("{\"url\": \"https://api.test/x\"}")).retryAfter())
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aRedirectThatWasNotFollowedNamesItsLocation() {
        answer = new HttpOutcome.Answered(302, Map.of("Location", "https://elsewhere.test/new"), null, null);

        StepResult result = run("""
                {"url": "https://api.test/x", "method": "POST", "body": {}}""");

        assertThat(((StepResult.Failed) result).error())
                .isEqualTo("HTTP 302 redirect to https://elsewhere.test/new was not followed (only GET and HEAD follow redirects)");
    }

    @Test
    void aSuccessfulBodyOverTheCapFailsTheStepInsteadOfKeepingACutString() {
        answer = new HttpOutcome.Answered(200, Map.of(), "application/json", "{\"items\": [1, 2", true);

        StepResult result = run("""
                {"url": "https://api.test/x"}""");

        assertThat(result).isInstanceOfSatisfying(StepResult.Failed.class, failed -> {
            assertThat(failed.error()).contains("larger than the response size limit");
            assertThat(failed.retryable()).isFalse();
        });
    }

    private record Context(JsonObject data) implements StepContext {

        @Override
        public String runId() {
            return "run-1";
        }

        @Override
        public WorkspaceId workspaceId() {
            return new WorkspaceId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
        }

        @Override
        public String nodeId() {
            return "call";
        }

        @Override
        public JsonValue input() {
            return INPUT;
        }

        @Override
        public Map<String, JsonValue> stepOutputs() {
            return Map.of();
        }

        @Override
        public int attempt() {
            return 1;
        }

        @Override
        public Instant now() {
            return NOW;
        }

        @Override
        public Instant stepStartedAt() {
            return NOW;
        }

        @Override
        public void log(String level, String message) {
        }
    }
}
