package io.skillify.worker.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.application.expression.BoundedEvaluator;
import io.skillify.automation.application.expression.ExpressionSettings;
import io.skillify.automation.application.expression.Expressions;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.worker.application.port.in.WorkerTaskSettings;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A worker.task's title, description and every string of its context are templates checked when saved. */
class WorkerTaskTemplatesAtSaveTest {

    private static final BoundedEvaluator EVALUATOR = new BoundedEvaluator(
            new ExpressionSettings(Duration.ofSeconds(20), 1 << 20, 1, 16));
    private static final WorkerTaskNode NODE = new WorkerTaskNode(null, null, null, null, null,
            new Expressions(EVALUATOR), Clock.systemUTC(), new WorkerTaskSettings(Duration.ofSeconds(30)));

    @AfterAll
    static void stop() {
        EVALUATOR.close();
    }

    private static JsonObject data(String json) {
        return (JsonObject) JsonDocuments.parseTrusted(json);
    }

    @Test
    void brokenTemplatesAreProblemsAtTheirPaths() {
        assertThat(NODE.checkData(data("""
                {"title": "Review {{input.id}}", "description": "{{input.text}}",
                 "context": {"repo": "{{input.repo}}", "command": "git checkout {{input.branch}}", "list": ["{{1}}"]}}"""),
                "nodes[4].data")).isEmpty();
        assertThat(NODE.checkData(data("""
                {"title": "Review {{input.id +}}", "description": "{{(}}",
                 "context": {"repo": "{{input.repo", "deep": {"list": ["ok", "{{]}}"]}}}"""), "nodes[4].data"))
                .extracting(Problem::path).containsExactly("nodes[4].data.title", "nodes[4].data.description",
                        "nodes[4].data.context.repo", "nodes[4].data.context.deep.list[1]");
    }
}
