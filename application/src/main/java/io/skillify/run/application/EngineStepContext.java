package io.skillify.run.application;

import io.skillify.automation.domain.flow.FlowNode;
import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.run.application.port.out.RunRepository.PendingLog;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.StepState;
import io.skillify.run.domain.StepStatus;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an executor sees of the run: its node's data, the run input and the outputs of finished steps. */
final class EngineStepContext implements StepContext {

    private final Run run;
    private final FlowNode node;
    private final Instant now;
    private final List<PendingLog> logs;

    EngineStepContext(Run run, FlowNode node, Instant now, List<PendingLog> logs) {
        this.run = run;
        this.node = node;
        this.now = now;
        this.logs = logs;
    }

    @Override
    public String runId() {
        return run.id().toString();
    }

    @Override
    public WorkspaceId workspaceId() {
        return run.workspaceId();
    }

    @Override
    public Instant stepStartedAt() {
        Instant started = run.step(node.id()).startedAt();
        return started == null ? now : started;
    }

    @Override
    public String nodeId() {
        return node.id();
    }

    @Override
    public JsonObject data() {
        return node.data();
    }

    @Override
    public JsonValue input() {
        return run.input();
    }

    @Override
    public Map<String, JsonValue> stepOutputs() {
        Map<String, JsonValue> outputs = new LinkedHashMap<>();
        for (StepState step : run.steps()) {
            if (step.status() == StepStatus.SUCCEEDED && step.output() != null) {
                outputs.put(step.nodeId(), step.output());
            }
        }
        return outputs;
    }

    @Override
    public int attempt() {
        return run.step(node.id()).attempt();
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public void log(String level, String message) {
        logs.add(PendingLog.log(now, level, node.id(), message));
    }
}
