package io.skillify.analytics.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.skillify.analytics.domain.insight.Insight;
import java.util.Locale;
import java.util.UUID;

/**
 * One insight (§7): {@code kind} is stable, {@code severity} is {@code info}, {@code warning} or {@code critical};
 * {@code automationId}, {@code nodeId} and {@code workerId} appear only when the insight concerns one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InsightResponse(String kind, String severity, String title, String detail, UUID automationId,
                              String nodeId, UUID workerId, double metric) {

    static InsightResponse of(Insight insight) {
        return new InsightResponse(insight.kind(), insight.severity().name().toLowerCase(Locale.ROOT), insight.title(),
                insight.detail(), insight.automationId(), insight.nodeId(), insight.workerId(), insight.metric());
    }
}
