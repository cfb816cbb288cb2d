package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Templates, expressions and node ids as a user meets them: refused at save with paths, numbers kept whole. */
class ExpressionRulesOverHttpTest extends IntegrationTest {

    private Caller member;
    private UUID workspace;

    @BeforeEach
    void aWorkspace() {
        member = newAccount("expressions");
        workspace = newWorkspace(member);
    }

    @Test
    void everyBrokenTemplateHyphenatedIdAndOverlongDelayIsReportedAtSaveWithItsPath() {
        ApiResponse refused = member.api().post("/api/" + workspace + "/automations", Map.of("name", "broken",
                "flow", Map.of("nodes", List.of(
                                node("start", "trigger.manual", Map.of()),
                                node("fetch-user", "notify.log", Map.of("message", "ok")),
                                node("log", "notify.log", Map.of("message", "Order {{input.id +}}")),
                                node("wait", "flow.delay", Map.of("duration", "31d")),
                                node("call", "http.request", Map.of("url", "https://example.org/x",
                                        "headers", Map.of("X-Order", "{{(}}"))),
                                node("task", "worker.task", Map.of("title", "Review {{input.id")),
                                node("check", "logic.condition", Map.of("expression", "$sum('a') +"))),
                        "edges", List.of(edge("e1", "start", "fetch-user", null), edge("e2", "start", "log", null),
                                edge("e3", "start", "wait", null), edge("e4", "start", "call", null),
                                edge("e5", "start", "task", null), edge("e6", "start", "check", null)))));

        assertError(refused, 400);
        assertThat(detailPaths(refused)).containsExactlyInAnyOrder("nodes[1].id", "nodes[2].data.message",
                "nodes[3].data.duration", "nodes[4].data.headers.X-Order", "nodes[5].data.title",
                "nodes[6].data.expression");
        assertThat(refused.raw()).contains("must be at most 30 days (30d)")
                .contains("letters, digits and _")
                .doesNotContain("{{token}}").doesNotContain("{{value}}").doesNotContain("Object");
    }

    @Test
    void aRunKeepsBigNumbersWholeAndAMissingValueRendersAsNothing() {
        ApiResponse created = member.api().post("/api/" + workspace + "/automations", Map.of("name", "numbers",
                "flow", Map.of("nodes", List.of(
                                node("start", "trigger.manual", Map.of()),
                                node("calc", "data.transform", Map.of("set", Map.of("big", "input.big",
                                        "huge", "input.huge", "next", "input.small + 1"))),
                                node("note", "notify.log", Map.of("message",
                                        "big={{input.big}} missing=[{{input.missing}}]"))),
                        "edges", List.of(edge("e1", "start", "calc", null), edge("e2", "calc", "note", null)))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String automation = created.data().get("id").asString();

        ApiResponse started = member.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                "{\"input\": {\"big\": 12345678901234567890, \"huge\": 1e400, \"small\": 41}}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode run = awaitEnd(member.api(), workspace, started.data().get("id").asString(), Duration.ofSeconds(20));

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("succeeded");
        JsonNode calc = step(run, "calc").get("output");
        assertThat(calc.get("big").decimalValue()).isEqualByComparingTo(new BigDecimal("12345678901234567890"));
        assertThat(calc.get("huge").isNull()).as(calc.toString()).isFalse();
        assertThat(calc.get("huge").decimalValue()).isEqualByComparingTo(new BigDecimal("1e400"));
        assertThat(calc.get("next").asInt()).isEqualTo(42);
        assertThat(step(run, "note").get("output").get("message").asString())
                .isEqualTo("big=12345678901234567890 missing=[]");
    }

    private static JsonNode step(JsonNode run, String nodeId) {
        return run.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals(nodeId)).findFirst()
                .orElseThrow();
    }
}
