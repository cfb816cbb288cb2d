package io.skillify.automation.application.nodetype.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.skillify.automation.application.expression.BoundedEvaluator;
import io.skillify.automation.application.expression.ExpressionSettings;
import io.skillify.automation.application.expression.Expressions;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What would fail every run is refused when the flow is saved, at the field's path. */
class SaveTimeChecksTest {

    private static final BoundedEvaluator EVALUATOR = new BoundedEvaluator(
            new ExpressionSettings(Duration.ofSeconds(20), 1 << 20, 1, 16));
    private static final Expressions EXPRESSIONS = new Expressions(EVALUATOR);

    @AfterAll
    static void stop() {
        EVALUATOR.close();
    }

    private static JsonObject data(String json) {
        return (JsonObject) JsonDocuments.parseTrusted(json);
    }

    @Test
    void aLogMessageWithABrokenTemplateIsAProblemOfItsMessage() {
        LogMessage log = new LogMessage(EXPRESSIONS);
        assertThat(log.checkData(data("{\"message\": \"Order {{input.id}}\"}"), "nodes[1].data")).isEmpty();
        assertThat(log.checkData(data("{\"message\": \"Order {{input.id +}}\"}"), "nodes[1].data"))
                .extracting(Problem::path).containsExactly("nodes[1].data.message");
        assertThat(log.checkData(data("{\"message\": \"Order {{input.id\"}"), "nodes[1].data"))
                .extracting(Problem::path).containsExactly("nodes[1].data.message");
    }

    @Test
    void everyTemplateOfAnHttpRequestIsCheckedUrlHeadersQueryAndBodyAtAnyDepth() {
        HttpRequest http = new HttpRequest(null, EXPRESSIONS);
        assertThat(http.checkData(data("""
                {"url": "https://example.org/{{input.id}}", "headers": {"X-A": "{{input.a}}"},
                 "query": {"q": "{{input.q}}"}, "body": {"a": ["{{input.b}}"]}}"""), "nodes[2].data")).isEmpty();
        List<Problem> problems = http.checkData(data("""
                {"url": "https://example.org/{{input.id +}}", "headers": {"X-A": "{{(}}"},
                 "query": {"q": "{{]}}"}, "body": {"a": [1, "{{}}"], "b": {"c": "{{input.x"}}}"""), "nodes[2].data");
        assertThat(problems).extracting(Problem::path).containsExactly("nodes[2].data.url",
                "nodes[2].data.headers.X-A", "nodes[2].data.query.q", "nodes[2].data.body.a[1]",
                "nodes[2].data.body.b.c");
        assertThat(http.checkData(data("{\"url\": \"https://example.org\", \"body\": \"{{1 +}}\"}"), "nodes[2].data"))
                .extracting(Problem::path).containsExactly("nodes[2].data.body");
    }

    @Test
    void aDelayOverThirtyDaysIsRefusedAtSaveWithTheLimit() {
        Delay delay = new Delay();
        assertThat(delay.checkData(data("{\"duration\": \"30d\"}"), "nodes[3].data")).isEmpty();
        assertThat(delay.checkData(data("{\"duration\": \"720h\"}"), "nodes[3].data")).isEmpty();
        assertThat(delay.checkData(data("{\"duration\": \"31d\"}"), "nodes[3].data"))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("nodes[3].data.duration", "must be at most 30 days (30d)"));
        assertThat(delay.checkData(data("{\"duration\": \"999999999m\"}"), "nodes[3].data"))
                .extracting(Problem::path).containsExactly("nodes[3].data.duration");
    }
}
