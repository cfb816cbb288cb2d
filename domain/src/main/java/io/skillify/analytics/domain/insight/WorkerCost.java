package io.skillify.analytics.domain.insight;

import java.math.BigDecimal;
import java.util.UUID;

/** What one worker that ended in the period cost. */
public record WorkerCost(UUID workerId, UUID taskId, BigDecimal costUsd) {
}
