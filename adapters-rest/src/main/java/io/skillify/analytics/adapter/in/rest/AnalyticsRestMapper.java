package io.skillify.analytics.adapter.in.rest;

import io.skillify.analytics.domain.view.AutomationRate;
import io.skillify.analytics.domain.view.Heatmap;
import io.skillify.analytics.domain.view.PeriodTotals;
import io.skillify.analytics.domain.view.SuccessRates;
import io.skillify.analytics.domain.view.TrendBucket;
import io.skillify.analytics.domain.view.TrendChange;
import io.skillify.analytics.domain.view.Trends;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.adapter.in.rest.RestMappingConfig;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.mapstruct.Mapper;

@Mapper(config = RestMappingConfig.class)
interface AnalyticsRestMapper {

    TrendsResponse toResponse(Trends trends);

    TrendsResponse.Bucket toResponse(TrendBucket bucket);

    TrendsResponse.Previous toResponse(PeriodTotals totals);

    TrendsResponse.Change toResponse(TrendChange change);

    SuccessRateResponse toResponse(SuccessRates rates);

    SuccessRateResponse.Overall toResponse(SuccessRates.RateLine line);

    SuccessRateResponse.AutomationLine toResponse(AutomationRate rate);

    HeatmapResponse toResponse(Heatmap heatmap);

    HeatmapResponse.Cell toResponse(Heatmap.Cell cell);

    /** {@code 2026-03-08T00:00:00-05:00}; {@code …Z} in UTC. */
    default String start(ZonedDateTime start) {
        return start.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    default UUID automationId(AutomationId id) {
        return id == null ? null : id.value();
    }
}
