package io.skillify.analytics.domain.insight;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the insight rules look at for the period [from, to) and the period of the same length just before it:
 * runs per automation in both, node p95s, the workspace's automations and worker costs in the period.
 */
public record InsightFigures(Instant from, Instant to, List<AutomationRuns> runs, List<AutomationRuns> previousRuns,
                             List<NodeDuration> nodes, List<KnownAutomation> automations, List<WorkerCost> workers) {

    public InsightFigures {
        runs = List.copyOf(runs);
        previousRuns = List.copyOf(previousRuns);
        nodes = List.copyOf(nodes);
        automations = List.copyOf(automations);
        workers = List.copyOf(workers);
    }

    public AutomationRuns previousRunsOf(UUID automationId) {
        return previousRuns.stream().filter(runs -> runs.automationId().equals(automationId)).findFirst()
                .orElse(AutomationRuns.none(automationId));
    }

    /** The automation's name, or a short form of its id when analytics does not know it. */
    public String nameOf(UUID automationId) {
        return names().getOrDefault(automationId, "automation " + automationId.toString().substring(0, 8));
    }

    private Map<UUID, String> names() {
        return automations.stream().collect(Collectors.toMap(KnownAutomation::automationId, KnownAutomation::name,
                (first, second) -> first));
    }

    public Optional<AutomationRuns> runsOf(UUID automationId) {
        return runs.stream().filter(runs -> runs.automationId().equals(automationId)).findFirst();
    }
}
