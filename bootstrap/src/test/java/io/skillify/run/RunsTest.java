package io.skillify.run;

import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.support.Api;
import io.skillify.support.ApiResponse;
import io.skillify.support.Flows;
import io.skillify.support.IntegrationTest;
import io.skillify.support.Runs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RunsTest extends IntegrationTest {

    private Caller member;
    private UUID workspace;

    @BeforeEach
    void aWorkspace() {
        member = newAccount("runner");
        workspace = newWorkspace(member);
    }

    /** See {@link Flows#node}, the public builder for tests outside this package. */
    static Map<String, Object> node(String id, String type, Map<String, Object> data) {
        return Flows.node(id, type, data);
    }

    /** See {@link Flows#edge}. */
    static Map<String, Object> edge(String id, String source, String target, String handle) {
        return Flows.edge(id, source, target, handle);
    }

    private String automation(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {
        ApiResponse created = member.api().post("/api/" + workspace + "/automations",
                Map.of("name", "runs-" + UUID.randomUUID(), "flow", Map.of("nodes", nodes, "edges", edges)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().get("id").asString();
    }

    private String branching() {
        return automation(List.of(
                        node("start", "trigger.manual", Map.of()),
                        node("check", "logic.condition", Map.of("expression", "input.amount > 100")),
                        node("big", "data.transform", Map.of("set", Map.of("tier", "'gold'",
                                "doubled", "input.amount * 2"))),
                        node("small", "notify.log", Map.of("message", "small order of {{input.amount}}"))),
                List.of(edge("e1", "start", "check", null), edge("e2", "check", "big", "true"),
                        edge("e3", "check", "small", "false")));
    }

    private String start(String automationId, Object input) {
        ApiResponse started = member.api().post("/api/" + workspace + "/automations/" + automationId + "/runs",
                input == null ? Map.of() : Map.of("input", input));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.data().get("status").asString()).isIn("queued", "running", "succeeded");
        return started.data().get("id").asString();
    }

    static JsonNode awaitEnd(Api api, UUID workspace, String runId, Duration within) {
        return Runs.awaitEnd(api, workspace, runId, within);
    }

    private static JsonNode step(JsonNode run, String nodeId) {
        return run.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals(nodeId)).findFirst()
                .orElseThrow();
    }

    @Test
    void aBranchingFlowTakesTheTrueBranchAndSkipsTheOther() {
        String automationId = branching();
        JsonNode run = awaitEnd(member.api(), workspace, start(automationId, Map.of("amount", 150)), Duration.ofSeconds(10));

        assertThat(run.get("status").asString()).isEqualTo("succeeded");
        assertThat(run.get("version").asInt()).isEqualTo(1);
        assertThat(step(run, "start").get("status").asString()).isEqualTo("succeeded");
        assertThat(step(run, "check").get("output").asBoolean()).isTrue();
        assertThat(step(run, "big").get("status").asString()).isEqualTo("succeeded");
        assertThat(step(run, "big").get("output").get("tier").asString()).isEqualTo("gold");
        assertThat(step(run, "big").get("output").get("doubled").asInt()).isEqualTo(300);
        assertThat(step(run, "big").get("attempt").asInt()).isEqualTo(1);
        assertThat(step(run, "small").get("status").asString()).isEqualTo("skipped");
        assertThat(run.get("durationMs").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theFalseBranchRunsWhenTheConditionFailsAndLogsItsMessage() {
        String automationId = branching();
        String runId = start(automationId, Map.of("amount", 7));
        JsonNode run = awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(10));

        assertThat(step(run, "check").get("output").asBoolean()).isFalse();
        assertThat(step(run, "big").get("status").asString()).isEqualTo("skipped");
        assertThat(step(run, "small").get("status").asString()).isEqualTo("succeeded");

        ApiResponse logs = member.api().get("/api/" + workspace + "/runs/" + runId + "/logs");
        List<Long> seqs = logs.data().valueStream().map(l -> l.get("seq").asLong()).toList();
        assertThat(seqs).isSorted().doesNotHaveDuplicates().startsWith(1L);
        assertThat(logs.data().valueStream().map(l -> l.get("message").asString()))
                .contains("small order of 7");
        JsonNode line = logs.data().valueStream().filter(l -> l.get("message").asString().equals("small order of 7"))
                .findFirst().orElseThrow();
        assertThat(line.get("nodeId").asString()).isEqualTo("small");
        assertThat(line.get("level").asString()).isEqualTo("info");

        ApiResponse after = member.api().get("/api/" + workspace + "/runs/" + runId + "/logs?after=" + seqs.get(0));
        assertThat(after.data().valueStream().map(l -> l.get("seq").asLong()).toList())
                .isEqualTo(seqs.subList(1, seqs.size()));
    }

    @Test
    void aFailingExpressionFailsItsStepAndTheRunWithTheError() {
        String automationId = automation(List.of(node("start", "trigger.manual", Map.of()),
                        node("broken", "data.transform", Map.of("set", Map.of("x", "$undefinedFunction(1)"))),
                        node("after", "notify.log", Map.of("message", "never"))),
                List.of(edge("e1", "start", "broken", null), edge("e2", "broken", "after", null)));
        JsonNode run = awaitEnd(member.api(), workspace, start(automationId, null), Duration.ofSeconds(10));

        assertThat(run.get("status").asString()).isEqualTo("failed");
        assertThat(run.get("error").asString()).contains("broken");
        assertThat(step(run, "broken").get("status").asString()).isEqualTo("failed");
        assertThat(step(run, "broken").get("error").asString()).contains("expression");
        assertThat(step(run, "after").get("status").asString()).isEqualTo("cancelled");
    }

    @Test
    void aDelayWaitsDurablyThenContinues() {
        String automationId = automation(List.of(node("start", "trigger.manual", Map.of()),
                        node("wait", "flow.delay", Map.of("duration", "2s")),
                        node("done", "notify.log", Map.of("message", "waited"))),
                List.of(edge("e1", "start", "wait", null), edge("e2", "wait", "done", null)));
        Instant started = Instant.now();
        String runId = start(automationId, null);

        JsonNode waiting = awaitStep(runId, "wait", "waiting");
        assertThat(waiting.get("status").asString()).isEqualTo("running");

        JsonNode run = awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(15));
        assertThat(run.get("status").asString()).isEqualTo("succeeded");
        assertThat(Duration.between(started, Instant.parse(step(run, "done").get("finishedAt").asString())))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void waitingRunsHoldNoThreadAndNoLease() throws Exception {
        String automationId = automation(List.of(node("start", "trigger.manual", Map.of()),
                        node("wait", "flow.delay", Map.of("duration", "20s"))),
                List.of(edge("e1", "start", "wait", null)));
        List<String> runIds = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            runIds.add(start(automationId, null));
        }
        awaitStep(runIds.getLast(), "wait", "waiting");
        // every run now waits on its timer (20 s, longer than starting them all takes even on a loaded machine):
        // none may be in progress
        await("no run is being advanced while all wait").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100)).until(() -> runsInProgress() == 0);
        for (String runId : runIds) {
            assertThat(awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(60)).get("status").asString())
                    .isEqualTo("succeeded");
        }
    }

    private double runsInProgress() {
        String metrics = anonymous().get("/actuator/prometheus").raw();
        java.util.regex.Matcher gauge = java.util.regex.Pattern
                .compile("skillify_engine_runs_in_progress(\\{[^}]*})? ([0-9.]+)").matcher(metrics);
        assertThat(gauge.find()).isTrue();
        return Double.parseDouble(gauge.group(2));
    }

    @Test
    void fiftySimultaneousRunsAllFinish() throws Exception {
        String automationId = branching();
        List<String> runIds = new ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(10)) {
            List<java.util.concurrent.Future<String>> started = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int amount = i * 5;
                started.add(pool.submit(() -> start(automationId, Map.of("amount", amount))));
            }
            for (var id : started) {
                runIds.add(id.get());
            }
        }
        for (String runId : runIds) {
            JsonNode run = awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(30));
            assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("succeeded");
        }
        ApiResponse listed = member.api().get("/api/" + workspace + "/automations/" + automationId
                + "/runs?status=succeeded&limit=200");
        assertThat(listed.data().size()).isEqualTo(50);
        assertThat(listed.data().valueStream().map(r -> r.get("id").asString()).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void runsOfAnotherWorkspaceAreNotFound() {
        String runId = start(branching(), Map.of("amount", 1));
        Caller stranger = newAccount("stranger");
        UUID other = newWorkspace(stranger);
        addMember(stranger, other, member, "member");
        assertError(member.api().get("/api/" + other + "/runs/" + runId), 404, "Run not found");
        assertError(member.api().get("/api/" + other + "/runs/" + runId + "/logs"), 404);
        assertError(member.api().get("/api/" + workspace + "/runs/" + UUID.randomUUID()), 404);
    }

    @Test
    void anAutomationWithoutAFlowCannotRunAndBadFiltersAreRefused() {
        String bare = member.api().post("/api/" + workspace + "/automations", Map.of("name", "bare"))
                .data().get("id").asString();
        assertError(member.api().post("/api/" + workspace + "/automations/" + bare + "/runs", Map.of()), 409);
        String automationId = branching();
        assertError(member.api().post("/api/" + workspace + "/automations/" + automationId + "/runs",
                Map.of("version", 7)), 404, "Version not found");
        assertThat(detailPaths(assertError(member.api().get("/api/" + workspace + "/automations/" + automationId
                + "/runs?status=done"), 400))).containsExactly("status");
        assertThat(detailPaths(assertError(member.api().get("/api/" + workspace + "/automations/" + automationId
                + "/runs?from=yesterday"), 400))).containsExactly("from");
    }

    private JsonNode awaitStep(String runId, String nodeId, String status) {
        return await("step " + nodeId + " becomes " + status).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> member.api().get("/api/" + workspace + "/runs/" + runId).data(),
                        run -> run.has("steps") && run.get("steps").valueStream()
                                .anyMatch(s -> s.get("nodeId").asString().equals(nodeId)
                                        && s.get("status").asString().equals(status)));
    }
}
