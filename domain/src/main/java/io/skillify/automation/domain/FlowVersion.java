package io.skillify.automation.domain;

import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.shared.domain.AccountId;
import java.time.Instant;
import java.util.Objects;

/** One saved flow of an automation. Versions are numbered from 1 and never change once saved. */
public record FlowVersion(AutomationId automationId, int version, FlowGraph flow, AccountId createdBy,
                          Instant createdAt) {

    public FlowVersion {
        Objects.requireNonNull(automationId);
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
        Objects.requireNonNull(flow);
        Objects.requireNonNull(createdBy);
        Objects.requireNonNull(createdAt);
    }
}
