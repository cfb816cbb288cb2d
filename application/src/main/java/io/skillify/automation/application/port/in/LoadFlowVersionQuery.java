package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.shared.domain.WorkspaceId;
import java.util.Optional;

/** A saved flow version, even of an automation deleted since: runs stay pinned to the version they started with. */
public interface LoadFlowVersionQuery {

    Optional<FlowGraph> flow(WorkspaceId workspace, AutomationId automation, int version);
}
