package io.skillify.analytics.domain.insight;

import java.util.UUID;

/** The 95th percentile of one node's step durations in a period, over {@code samples} steps. */
public record NodeDuration(UUID automationId, String nodeId, String nodeType, long samples, double p95Ms) {
}
