package io.skillify.analytics.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.skillify.analytics.domain.insight.Insight;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import java.util.UUID;

/**
 * One insight (§7): {@code kind} is stable, {@code severity} is {@code info}, {@code warning} or {@code critical};
 * {@code automationId}, {@code nodeId} and {@code workerId} appear only when the insight concerns one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InsightResponse(
        @Schema(description = "Stable name of the rule, today failure_rate_spike, slowest_node, always_failing, "
                + "not_run or worker_cost_outlier; more may come") String kind,
        @Schema(allowableValues = {"info", "warning", "critical"}) String severity,
        String title, String detail, UUID automationId, String nodeId, UUID workerId,
        @Schema(description = "The figure the insight is about: a failure rate (0..1), a number of runs, a p95 in "
                + "milliseconds, a number of days or a cost in USD, per kind") double metric) {

    static InsightResponse of(Insight insight) {
        return new InsightResponse(insight.kind(), insight.severity().name().toLowerCase(Locale.ROOT), insight.title(),
                insight.detail(), insight.automationId(), insight.nodeId(), insight.workerId(), insight.metric());
    }
}
