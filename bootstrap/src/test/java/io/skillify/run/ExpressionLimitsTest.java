package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * §9 "Expressions" over HTTP: a step whose expression runs over its time or size limit fails naming the node and
 * the limit; regular expressions (in expressions and in inputSchema patterns) cannot backtrack for ever (the
 * isolation of other tenants is {@link ExpressionIsolationTest}).
 */
class ExpressionLimitsTest extends IntegrationTest {

    private static final String HOSTILE_TEXT = "a".repeat(40) + "!";
    private static final String NEVER_ENDS = "($f := function($n){ $f($n + 1) }; $f(0))";

    private Caller member;
    private UUID workspace;

    @BeforeEach
    void workspace() {
        member = newAccount("expr-user");
        workspace = newWorkspace(member);
    }

    private String automation(Map<String, Object> triggerData, Map<String, Object> set) {
        ApiResponse created = member.api().post("/api/" + workspace + "/automations", Map.of("name",
                "expr-" + UUID.randomUUID(), "flow", Map.of(
                        "nodes", List.of(node("start", "trigger.manual", triggerData),
                                node("calc", "data.transform", Map.of("set", set))),
                        "edges", List.of(edge("e1", "start", "calc", null)))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().get("id").asString();
    }

    private ApiResponse startRun(String automation, Map<String, Object> input) {
        return member.api().post("/api/" + workspace + "/automations/" + automation + "/runs", Map.of("input", input));
    }

    private JsonNode calcStep(String automation) {
        ApiResponse started = startRun(automation, Map.of("text", HOSTILE_TEXT));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode run = awaitEnd(member.api(), workspace, started.data().get("id").asString(), Duration.ofSeconds(30));
        return run.get("steps").valueStream().filter(step -> step.get("nodeId").asString().equals("calc"))
                .findFirst().orElseThrow();
    }

    @Test
    void aTransformThatWouldAllocateHundredsOfMegabytesFailsNamingTheNodeAndTheSizeLimit() {
        JsonNode step = calcStep(automation(Map.of(), Map.of("big", "$pad('', 400000000)")));

        assertThat(step.get("status").asString()).isEqualTo("failed");
        assertThat(step.get("error").asString()).contains("node 'calc'").contains("1 MiB result size limit")
                .doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void aTransformThatNeverEndsFailsNamingTheNodeAndTheTimeLimit() {
        JsonNode step = calcStep(automation(Map.of(), Map.of("loop", NEVER_ENDS)));

        assertThat(step.get("status").asString()).isEqualTo("failed");
        assertThat(step.get("error").asString()).contains("node 'calc'").contains("250ms time limit")
                .doesNotContain("Exception");
    }

    @Test
    void catastrophicRegularExpressionsAnswerAtOnceOnTheLinearEngine() {
        JsonNode step = calcStep(automation(Map.of(), Map.of(
                "matched", "$match(input.text, /(a+)+$/)",
                "contains", "$contains(input.text, /^(a|aa)+$/)",
                "replaced", "$replace(input.text, /(a*)*b/, 'x')",
                "parts", "$count($split(input.text, /(a+)+b/))")));

        assertThat(step.get("status").asString()).as(step.toString()).isEqualTo("succeeded");
        assertThat(step.get("output").get("contains").asBoolean()).isFalse();
        assertThat(step.get("output").get("replaced").asString()).isEqualTo(HOSTILE_TEXT);
        assertThat(step.get("output").get("parts").asInt()).isEqualTo(1);
    }

    @Test
    void aRegularExpressionTheLinearEngineCannotRunIsRefusedOnSave() {
        ApiResponse refused = member.api().post("/api/" + workspace + "/automations", Map.of("name", "backref",
                "flow", Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("calc", "data.transform", Map.of("set", Map.of("twice", "$match(input.text, /(a)\\1/)")))),
                        "edges", List.of(edge("e1", "start", "calc", null)))));

        assertError(refused, 400);
        assertThat(detailPaths(refused)).anySatisfy(path -> assertThat(path).contains("set.twice"));
        assertThat(refused.raw()).contains("not supported");
    }

    @Test
    void anInputSchemaPatternCannotBacktrackForEver() {
        Map<String, Object> schema = Map.of("type", "object", "properties",
                Map.of("text", Map.of("type", "string", "pattern", "^(a+)+$")));
        String automation = automation(Map.of("inputSchema", schema), Map.of("ok", "true"));

        ApiResponse hostile = startRun(automation, Map.of("text", "a".repeat(5000) + "!"));
        assertError(hostile, 400);
        assertThat(detailPaths(hostile)).as(hostile.toString()).contains("input.text");
        assertThat(startRun(automation, Map.of("text", "aaaa")).status()).isEqualTo(202);
    }

    @Test
    void anInputSchemaPatternTheLinearEngineCannotRunIsRefusedOnSave() {
        Map<String, Object> schema = Map.of("type", "object", "properties",
                Map.of("text", Map.of("type", "string", "pattern", "^(?=a)\\w+$")));
        ApiResponse refused = member.api().post("/api/" + workspace + "/automations", Map.of("name", "lookahead",
                "flow", Map.of("nodes", List.of(node("start", "trigger.manual", Map.of("inputSchema", schema))),
                        "edges", List.of())));

        assertError(refused, 400);
        assertThat(detailPaths(refused)).anySatisfy(path -> assertThat(path).endsWith("data.inputSchema"));
        assertThat(refused.raw()).contains("not supported");
    }
}
