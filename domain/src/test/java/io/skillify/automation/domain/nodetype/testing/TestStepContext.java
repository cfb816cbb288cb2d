package io.skillify.automation.domain.nodetype.testing;

import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A {@link StepContext} for unit tests of a node type's {@code execute}/{@code resume}, with no engine and no
 * database. Published in the {@code skillify-domain} test-jar ({@code <type>test-jar</type>}, test scope):
 * <pre>{@code
 * StepContext context = TestStepContext.of(data).input(runInput).stepOutput("fetch", fetched).attempt(2);
 * StepResult result = new MyNode().execute(context);
 * }</pre>
 * Defaults: an empty input, no finished steps, attempt 1, node id {@code "node"}, a fixed time. Lines the executor
 * logs are kept in {@link #logged()}.
 */
public final class TestStepContext implements StepContext {

    private String runId = UUID.randomUUID().toString();
    private WorkspaceId workspaceId = new WorkspaceId(UUID.randomUUID());
    private String nodeId = "node";
    private final JsonObject data;
    private JsonValue input = JsonObject.EMPTY;
    private final Map<String, JsonValue> stepOutputs = new LinkedHashMap<>();
    private int attempt = 1;
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private Instant stepStartedAt;
    private final List<Line> logged = new ArrayList<>();

    private TestStepContext(JsonObject data) {
        this.data = data;
    }

    /** A context for a node with this {@code data} (as valid against the type's schema as a saved flow would be). */
    public static TestStepContext of(JsonObject data) {
        return new TestStepContext(data);
    }

    public TestStepContext runId(String runId) {
        this.runId = runId;
        return this;
    }

    public TestStepContext workspaceId(WorkspaceId workspaceId) {
        this.workspaceId = workspaceId;
        return this;
    }

    public TestStepContext nodeId(String nodeId) {
        this.nodeId = nodeId;
        return this;
    }

    public TestStepContext input(JsonValue input) {
        this.input = input;
        return this;
    }

    /** The output of a finished step, as {@code steps.<nodeId>.output} sees it. */
    public TestStepContext stepOutput(String nodeId, JsonValue output) {
        stepOutputs.put(nodeId, output);
        return this;
    }

    public TestStepContext attempt(int attempt) {
        this.attempt = attempt;
        return this;
    }

    public TestStepContext now(Instant now) {
        this.now = now;
        return this;
    }

    public TestStepContext stepStartedAt(Instant stepStartedAt) {
        this.stepStartedAt = stepStartedAt;
        return this;
    }

    /** What the executor logged, in order. */
    public List<Line> logged() {
        return List.copyOf(logged);
    }

    @Override
    public String runId() {
        return runId;
    }

    @Override
    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public JsonObject data() {
        return data;
    }

    @Override
    public JsonValue input() {
        return input;
    }

    @Override
    public Map<String, JsonValue> stepOutputs() {
        return Map.copyOf(stepOutputs);
    }

    @Override
    public int attempt() {
        return attempt;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public Instant stepStartedAt() {
        return stepStartedAt == null ? now : stepStartedAt;
    }

    @Override
    public void log(String level, String message) {
        logged.add(new Line(level, message));
    }

    /** One line an executor logged. */
    public record Line(String level, String message) {
    }
}
