package io.skillify.automation.application.nodetype.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.application.expression.Expressions;
import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.automation.domain.nodetype.testing.TestStepContext;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The node-type authors' fixture drives an executor as the engine would: data, input, finished steps, the log. */
class TestStepContextTest {

    @Test
    void anExecutorUnderTestSeesTheInputAndFinishedStepsAndItsLogLinesAreKept() {
        TestStepContext context = TestStepContext.of(new JsonObject(Map.of(
                        "message", new JsonString("{{input.name}} has {{steps.fetch.output.count}} orders"),
                        "level", new JsonString("warn"))))
                .input(new JsonObject(Map.of("name", new JsonString("Ada"))))
                .stepOutput("fetch", new JsonObject(Map.of("count", JsonNumber.of(3))));

        StepResult result = new LogMessage(Expressions.withDefaults()).execute(context);

        assertThat(result).isEqualTo(StepResult.completed(
                new JsonObject(Map.of("message", new JsonString("Ada has 3 orders")))));
        assertThat(context.logged()).containsExactly(new TestStepContext.Line("warn", "Ada has 3 orders"));
    }
}
