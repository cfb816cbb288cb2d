package io.skillify.run.application.fakes;

import io.skillify.automation.application.port.in.CheckRunInputQuery;
import io.skillify.automation.application.port.in.CurrentVersionQuery;
import io.skillify.automation.application.port.in.LoadFlowVersionQuery;
import io.skillify.automation.application.port.in.WebhookTargetQuery;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The automation context as the run context sees it: automations with their saved flow versions, their webhook
 * tokens, and a run-input check that refuses what {@link #refuseInput} says.
 */
public final class FakeAutomations implements CurrentVersionQuery, LoadFlowVersionQuery, WebhookTargetQuery,
        CheckRunInputQuery {

    /** The node type of the one step every flow here has. */
    public static final String STEP_TYPE = "test.step";

    private final Map<AutomationId, Automation> automations = new HashMap<>();
    private JsonValue refused;

    private record Automation(WorkspaceId workspace, int versions, String token, String trigger) {
    }

    /** A live automation with {@code versions} saved flow versions (0: never saved). */
    public AutomationId add(WorkspaceId workspace, int versions) {
        return addWithWebhook(workspace, versions, null, null);
    }

    public AutomationId addWithWebhook(WorkspaceId workspace, int versions, String token, String trigger) {
        AutomationId id = new AutomationId(UUID.randomUUID());
        automations.put(id, new Automation(workspace, versions, token, trigger));
        return id;
    }

    /** Makes the input check refuse exactly this input. */
    public void refuseInput(JsonValue input) {
        this.refused = input;
    }

    @Override
    public int currentVersion(WorkspaceId workspace, AutomationId automation) {
        return Optional.ofNullable(automations.get(automation))
                .filter(found -> found.workspace().equals(workspace))
                .orElseThrow(() -> new NotFoundException("Automation"))
                .versions();
    }

    @Override
    public Optional<FlowGraph> flow(WorkspaceId workspace, AutomationId automation, int version) {
        return Optional.ofNullable(automations.get(automation))
                .filter(found -> found.workspace().equals(workspace) && version >= 1 && version <= found.versions())
                .map(found -> oneStepFlow());
    }

    @Override
    public Optional<Target> target(AutomationId automation, String token) {
        return Optional.ofNullable(automations.get(automation))
                .filter(found -> found.token() != null && found.token().equals(token))
                .map(found -> new Target(found.workspace(), automation, found.versions(), found.trigger()));
    }

    @Override
    public void check(FlowGraph flow, JsonValue input) {
        if (input.equals(refused)) {
            throw InvalidInputException.of("input", "does not match the trigger's inputSchema");
        }
    }

    /** A flow of one step, {@code step}, of {@link #STEP_TYPE}. */
    public static FlowGraph oneStepFlow() {
        return oneStepFlow(STEP_TYPE);
    }

    /** A flow of one step, {@code step}, of {@code type}. */
    public static FlowGraph oneStepFlow(String type) {
        Map<String, JsonValue> node = new LinkedHashMap<>();
        node.put("id", new JsonString("step"));
        node.put("type", new JsonString(type));
        Map<String, JsonValue> document = new LinkedHashMap<>();
        document.put("nodes", new JsonArray(List.of(new JsonObject(node))));
        document.put("edges", new JsonArray(List.of()));
        return FlowGraph.restore(new JsonObject(document));
    }
}
