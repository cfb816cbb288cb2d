package io.skillify.automation.application.port.out;

import io.skillify.automation.domain.Automation;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.FlowVersion;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Optional;

public interface AutomationRepository {

    void insert(Automation automation);

    /** Loads a live automation and locks it until the transaction ends, so that saves serialize. */
    Optional<Automation> loadForUpdate(WorkspaceId workspace, AutomationId id);

    void update(Automation automation);

    void insertVersion(WorkspaceId workspace, FlowVersion version);

    void markDeleted(WorkspaceId workspace, AutomationId id, Instant at);
}
