package io.skillify.worker.application.port.out;

import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.WorkerId;
import java.time.Instant;
import java.util.Optional;

/** Workers whose rows are gone with their workspace, remembered so that their later reports are told to stop. */
public interface RetiredWorkers {

    /** Remembers every worker of {@code workspace}; call before the workspace's rows are deleted. */
    void retireAllOf(WorkspaceId workspace, String reason, Instant at);

    /** Why the worker was retired, if it was. */
    Optional<String> reasonFor(WorkerId worker);
}
