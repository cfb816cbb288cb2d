package io.skillify.worker.application.fakes;

import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.application.port.out.RetiredWorkers;
import io.skillify.worker.domain.WorkerId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Retired workers in memory, by id: {@link #retire} stands for a workspace deleted with its workers. */
public final class InMemoryRetiredWorkers implements RetiredWorkers {

    private final Map<WorkerId, String> reasons = new HashMap<>();

    public void retire(WorkerId worker, String reason) {
        reasons.put(worker, reason);
    }

    @Override
    public void retireAllOf(WorkspaceId workspace, String reason, Instant at) {
        throw new UnsupportedOperationException("retire workers one by one in tests");
    }

    @Override
    public Optional<String> reasonFor(WorkerId worker) {
        return Optional.ofNullable(reasons.get(worker));
    }
}
