package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A step whose executor throws fails with a sentence a user can read, never a Java class or exception text. */
class StepErrorsTest extends IntegrationTest {

    @Test
    void aStepWhoseExecutorThrowsFailsWithoutNamingAClass() {
        Caller member = newAccount("faulty");
        UUID workspace = newWorkspace(member);
        ApiResponse created = member.api().post("/api/" + workspace + "/automations", Map.of("name", "faulty",
                "flow", Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("boom", "test.exploding", Map.of())),
                        "edges", List.of(edge("e1", "start", "boom", null)))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        ApiResponse started = member.api().post("/api/" + workspace + "/automations/"
                + created.data().get("id").asString() + "/runs", Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);

        JsonNode run = awaitEnd(member.api(), workspace, started.data().get("id").asString(), Duration.ofSeconds(20));

        assertThat(run.get("status").asString()).isEqualTo("failed");
        JsonNode step = run.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals("boom"))
                .findFirst().orElseThrow();
        String error = step.get("error").asString();
        assertThat(error).contains("failed unexpectedly")
                .doesNotContain("Exception", "java.", "io.skillify", "internal detail");
    }
}
