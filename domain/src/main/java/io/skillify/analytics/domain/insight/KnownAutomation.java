package io.skillify.analytics.domain.insight;

import java.time.Instant;
import java.util.UUID;

/** An automation of the workspace as analytics knows it; {@code deletedAt} is null while it exists. */
public record KnownAutomation(UUID automationId, String name, Instant createdAt, Instant deletedAt) {

    public boolean existsNow() {
        return deletedAt == null;
    }
}
