package io.skillify.automation;

import static io.skillify.automation.FlowDocuments.edge;
import static io.skillify.automation.FlowDocuments.flow;
import static io.skillify.automation.FlowDocuments.node;
import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of §4 answers 400 with the right paths, relative to the flow document, over real HTTP. */
class FlowValidationOverHttpTest extends IntegrationTest {

    private Caller member;
    private String flowPath;

    @BeforeEach
    void anAutomation() {
        member = newAccount("validator");
        UUID workspace = newWorkspace(member);
        String id = member.api().post("/api/" + workspace + "/automations", Map.of("name", "Checked"))
                .data().get("id").asString();
        flowPath = "/api/" + workspace + "/automations/" + id + "/flow";
    }

    private List<String> problemsOf(Object flow) {
        ApiResponse refused = assertError(member.api().put(flowPath, Map.of("flow", flow)), 400);
        return detailPaths(refused);
    }

    private static Map<String, Object> start() {
        return node("start", "trigger.manual", Map.of());
    }

    private static Map<String, Object> log(String id) {
        return node(id, "notify.log", Map.of("message", "hi"));
    }

    @Test
    void selfLoop() {
        assertThat(problemsOf(flow(List.of(start(), log("a")),
                List.of(edge("e1", "start", "a"), edge("e2", "a", "a"))))).containsExactly("edges[1]");
    }

    @Test
    void twoTriggers() {
        assertThat(problemsOf(flow(List.of(start(), node("hook", "trigger.webhook", Map.of())), List.of())))
                .containsExactly("nodes");
    }

    @Test
    void noTrigger() {
        assertThat(problemsOf(flow(List.of(log("a")), List.of()))).containsExactly("nodes");
    }

    @Test
    void unreachableIsland() {
        assertThat(problemsOf(flow(List.of(start(), log("a"), log("b"), log("c")),
                List.of(edge("e1", "start", "a"), edge("e2", "b", "c"))))).containsExactly("nodes[2]", "nodes[3]");
    }

    @Test
    void edgeToAnUndeclaredHandle() {
        assertThat(problemsOf(flow(List.of(start(), node("check", "logic.condition", Map.of("expression", "true")),
                        log("a")),
                List.of(edge("e1", "start", "check"), edge("e2", "check", "a", "maybe")))))
                .containsExactly("edges[1].sourceHandle");
    }

    @Test
    void duplicateNodeIds() {
        assertThat(problemsOf(flow(List.of(start(), log("a"), log("a")),
                List.of(edge("e1", "start", "a"))))).containsExactly("nodes[2].id");
    }

    @Test
    void duplicateEdgeIds() {
        assertThat(problemsOf(flow(List.of(start(), log("a"), log("b")),
                List.of(edge("e1", "start", "a"), edge("e1", "a", "b"))))).containsExactly("edges[1].id");
    }

    @Test
    void fiveHundredAndOneNodes() {
        assertThat(problemsOf(FlowDocuments.chain(501))).containsExactly("nodes");
    }

    @Test
    void fiveHundredNodesAreFine() {
        assertThat(member.api().put(flowPath, Map.of("flow", FlowDocuments.chain(500))).status()).isEqualTo(201);
    }

    @Test
    void oversizedNodeData() {
        assertThat(problemsOf(flow(List.of(start(), node("a", "notify.log",
                        Map.of("message", "hi", "note", "n".repeat(1990), "label", "l")),
                node("big", "data.transform", bigTransform())),
                List.of(edge("e1", "start", "a"), edge("e2", "a", "big"))))).containsExactly("nodes[2].data");
    }

    private static Map<String, Object> bigTransform() {
        Map<String, Object> set = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            set.put("field" + i, "'" + "x".repeat(4000) + "'");
        }
        return Map.of("set", set);
    }

    @Test
    void dataThatBreaksItsSchemaNamesTheField() {
        assertThat(problemsOf(flow(List.of(start(), node("call", "http.request", Map.of("url", "not a url",
                        "method", "FETCH"))),
                List.of(edge("e1", "start", "call")))))
                .contains("nodes[1].data.url", "nodes[1].data.method");
        assertThat(problemsOf(flow(List.of(start(), node("call", "http.request", Map.of())),
                List.of(edge("e1", "start", "call"))))).containsExactly("nodes[1].data.url");
        assertThat(problemsOf(flow(List.of(start(), node("wait", "flow.delay", Map.of("duration", "soon"))),
                List.of(edge("e1", "start", "wait"))))).containsExactly("nodes[1].data.duration");
        assertThat(problemsOf(flow(List.of(start(), node("t", "worker.task", Map.of("title", "x", "priority", 5000,
                        "typo", true))),
                List.of(edge("e1", "start", "t"))))).containsExactlyInAnyOrder("nodes[1].data.priority",
                "nodes[1].data.typo");
    }

    @Test
    void unknownTypeAndCycleAndMissingHandle() {
        assertThat(problemsOf(flow(List.of(start(), node("x", "made.up", Map.of())),
                List.of(edge("e1", "start", "x"))))).containsExactly("nodes[1].type");
        assertThat(problemsOf(flow(List.of(start(), log("a"), log("b")),
                List.of(edge("e1", "start", "a"), edge("e2", "a", "b"), edge("e3", "b", "a")))))
                .containsExactly("edges");
        assertThat(problemsOf(flow(List.of(start(), node("check", "logic.condition", Map.of("expression", "1")),
                        log("a")),
                List.of(edge("e1", "start", "check"), edge("e2", "check", "a"))))).containsExactly("edges[1].sourceHandle");
    }

    @Test
    void malformedDocuments() {
        assertThat(problemsOf("just text")).containsExactly("");
        assertThat(problemsOf(Map.of("edges", List.of()))).containsExactly("nodes");
        assertThat(problemsOf(Map.of("nodes", List.of(Map.of("type", "trigger.manual")), "edges", "none")))
                .containsExactlyInAnyOrder("nodes[0].id", "edges");
    }

    @Test
    void hugeNumbersAreHandledAsNumbersNotExpandedDigitByDigit() {
        String flow = """
                {"nodes": [{"id": "start", "type": "trigger.manual", "data": {}},
                           {"id": "t", "type": "worker.task",
                            "data": {"title": "x", "priority": 1e1000000000, "context": {"n": -1e-1000000000}}}],
                 "edges": [{"id": "e1", "source": "start", "target": "t"}]}""";
        ApiResponse refused = assertError(member.api().put(flowPath, "{\"flow\": " + flow + "}"), 400);
        assertThat(detailPaths(refused)).containsExactly("nodes[1].data.priority");
    }

    @Test
    void severalProblemsAreReportedAtOnce() {
        List<Map<String, Object>> nodes = new ArrayList<>(List.of(log("a"), log("a"),
                node("call", "http.request", Map.of("url", "ftp://files")), node("x", "no.such", Map.of())));
        ApiResponse refused = assertError(member.api().put(flowPath, Map.of("flow", flow(nodes,
                List.of(edge("e1", "a", "call", "sideways"), edge("e1", "call", "ghost"))))), 400);
        assertThat(detailPaths(refused)).contains("nodes[1].id", "edges[1].id", "nodes[2].data.url",
                "nodes[3].type", "edges[0].sourceHandle", "edges[1].target", "nodes");
        assertThat(refused.error()).startsWith("The flow is invalid: ");
    }
}
