package io.skillify.automation.domain.nodetype;

import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Instant;
import java.util.Map;

/** What an executor sees of the run it works for. */
public interface StepContext {

    String runId();

    /** The workspace the run belongs to. */
    WorkspaceId workspaceId();

    String nodeId();

    /** The node's {@code data}, already valid against its type's schema. */
    JsonObject data();

    /** The run input. */
    JsonValue input();

    /** Outputs of the steps that finished so far, by node id. */
    Map<String, JsonValue> stepOutputs();

    /** Which attempt this is, from 1. */
    int attempt();

    Instant now();

    /** When the step's first attempt started. */
    Instant stepStartedAt();

    /** Appends a line to the run log ({@code level}: debug, info, warn, error). */
    void log(String level, String message);
}
