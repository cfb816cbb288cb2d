package io.skillify.run.domain;

import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.flow.FlowNode;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs of small flows with fixed instants and random ids:
 * {@code aRun(flow().trigger("start").step("a").edge("start", "a").build())}.
 */
final class RunFixtures {

    static final String TRIGGER = "trigger.manual";
    static final String STEP = "http.request";
    static final String CONDITION = "logic.condition";
    static final String DELAY = "time.delay";
    static final String DEFAULT = "default";

    /** When runs are queued; later moments are {@link #at(int)}. */
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    static final JsonObject OUTPUT = new JsonObject(Map.of("ok", new JsonString("yes")));

    private RunFixtures() {
    }

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    static FlowBuilder flow() {
        return new FlowBuilder();
    }

    /** A freshly queued run of {@code flow}, created at {@link #T0}. */
    static Run aRun(FlowGraph flow) {
        return Run.queue(new RunId(UUID.randomUUID()), new WorkspaceId(UUID.randomUUID()),
                new AutomationId(UUID.randomUUID()), 1, flow, JsonObject.EMPTY, null, T0);
    }

    /** A run read back from storage with the given status and stored steps. */
    static Run restored(FlowGraph flow, RunStatus status, StepState... steps) {
        Instant finishedAt = status.isTerminal() ? at(30) : null;
        Instant startedAt = status == RunStatus.QUEUED ? null : at(1);
        return new Run(new RunId(UUID.randomUUID()), new WorkspaceId(UUID.randomUUID()),
                new AutomationId(UUID.randomUUID()), 3, flow, JsonObject.EMPTY, null, status, null, T0, startedAt,
                finishedAt, Arrays.asList(steps));
    }

    /** Starts and succeeds a step leaving by the default output. */
    static void succeed(Run run, String nodeId, Instant now) {
        succeed(run, nodeId, DEFAULT, now);
    }

    static void succeed(Run run, String nodeId, String handle, Instant now) {
        run.startStep(nodeId, now);
        run.succeedStep(nodeId, OUTPUT, handle, now);
    }

    static List<String> ids(List<FlowNode> nodes) {
        return nodes.stream().map(FlowNode::id).toList();
    }

    static StepStatus statusOf(Run run, String nodeId) {
        return run.step(nodeId).status();
    }

    static final class FlowBuilder {

        private final List<JsonValue> nodes = new ArrayList<>();
        private final List<JsonValue> edges = new ArrayList<>();

        FlowBuilder node(String id, String type) {
            nodes.add(obj(Map.of("id", new JsonString(id), "type", new JsonString(type), "data", JsonObject.EMPTY)));
            return this;
        }

        FlowBuilder trigger(String id) {
            return node(id, TRIGGER);
        }

        FlowBuilder step(String... ids) {
            for (String id : ids) {
                node(id, STEP);
            }
            return this;
        }

        FlowBuilder condition(String id) {
            return node(id, CONDITION);
        }

        FlowBuilder delay(String id) {
            return node(id, DELAY);
        }

        /** An edge leaving by the default output (no {@code sourceHandle} in the document). */
        FlowBuilder edge(String source, String target) {
            edges.add(edgeOf(source, target));
            return this;
        }

        FlowBuilder edge(String source, String target, String sourceHandle) {
            Map<String, JsonValue> edge = new LinkedHashMap<>(edgeOf(source, target).members());
            edge.put("sourceHandle", new JsonString(sourceHandle));
            edges.add(new JsonObject(edge));
            return this;
        }

        FlowGraph build() {
            return FlowGraph.restore(obj(Map.of("nodes", new JsonArray(nodes), "edges", new JsonArray(edges))));
        }

        private JsonObject edgeOf(String source, String target) {
            Map<String, JsonValue> edge = new LinkedHashMap<>();
            edge.put("id", new JsonString("e" + (edges.size() + 1)));
            edge.put("source", new JsonString(source));
            edge.put("target", new JsonString(target));
            return new JsonObject(edge);
        }

        private static JsonObject obj(Map<String, JsonValue> members) {
            return new JsonObject(new LinkedHashMap<>(members));
        }
    }
}
