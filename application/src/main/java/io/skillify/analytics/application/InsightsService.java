package io.skillify.analytics.application;

import io.skillify.analytics.application.port.in.AnalyticsScope;
import io.skillify.analytics.application.port.in.InsightsQuery;
import io.skillify.analytics.application.port.out.InsightSources;
import io.skillify.analytics.domain.Grain;
import io.skillify.analytics.domain.insight.Insight;
import io.skillify.analytics.domain.insight.InsightFigures;
import io.skillify.analytics.domain.insight.InsightRules;
import io.skillify.analytics.domain.insight.KnownAutomation;
import io.skillify.analytics.domain.insight.NodeDuration;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a period's and the previous period's figures from the aggregates and applies the insight rules. With an
 * automation asked for, only that automation is judged (and worker costs, which belong to no automation, are not).
 */
@UseCase
class InsightsService implements InsightsQuery {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private final InsightSources sources;
    private final Clock clock;

    InsightsService(InsightSources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    public List<Insight> insights(AnalyticsScope scope) {
        Instant to = scope.to().orElseGet(clock::instant);
        Instant from = scope.from().orElseGet(() -> to.minus(DEFAULT_PERIOD));
        if (!from.isBefore(to)) {
            throw InvalidInputException.of("from", "must be before to");
        }
        Instant previousFrom = from.minus(Duration.between(from, to));
        var automation = scope.automationId();
        List<KnownAutomation> automations = sources.automations(scope.workspace()).stream()
                .filter(known -> automation.map(known.automationId()::equals).orElse(true))
                .toList();
        InsightFigures figures = new InsightFigures(from, to,
                sources.runsByAutomation(scope.workspace(), from, to, automation),
                sources.runsByAutomation(scope.workspace(), previousFrom, from, automation),
                nodeDurations(scope, from, to),
                automations,
                automation.isPresent() ? List.of() : sources.workerCosts(scope.workspace(), from, to));
        return InsightRules.apply(figures);
    }

    private List<NodeDuration> nodeDurations(AnalyticsScope scope, Instant from, Instant to) {
        Map<NodeKey, DurationSketch> merged = new LinkedHashMap<>();
        Map<NodeKey, String> types = new LinkedHashMap<>();
        // Step durations are kept per UTC day and week: the period is judged on the whole UTC days it touches.
        sources.eachNodeSketch(scope.workspace(), Grain.DAY.startOf(from), Grain.DAY.ceil(to), scope.automationId(),
                (automationId, nodeId, nodeType, bytes) -> {
                    NodeKey key = new NodeKey(automationId, nodeId);
                    merged.computeIfAbsent(key, k -> DurationSketch.empty()).mergeBytes(bytes);
                    types.putIfAbsent(key, nodeType);
                });
        List<NodeDuration> durations = new ArrayList<>();
        merged.forEach((key, sketch) -> {
            if (sketch.count() > 0) {
                durations.add(new NodeDuration(key.automationId(), key.nodeId(), types.get(key), sketch.count(),
                        sketch.quantile(0.95)));
            }
        });
        return durations;
    }

    private record NodeKey(UUID automationId, String nodeId) {
    }
}
