package io.skillify.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.analytics.application.port.in.AnalyticsScope;
import io.skillify.analytics.application.port.out.InsightSources;
import io.skillify.analytics.domain.insight.AutomationRuns;
import io.skillify.analytics.domain.insight.Insight;
import io.skillify.analytics.domain.insight.KnownAutomation;
import io.skillify.analytics.domain.insight.WorkerCost;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.WorkspaceId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InsightsServiceTest {

    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
    private static final WorkspaceId WORKSPACE = new WorkspaceId(UUID.randomUUID());
    private static final UUID SYNC = UUID.randomUUID();
    private static final UUID REPORT = UUID.randomUUID();

    private final FakeSources sources = new FakeSources();
    private final InsightsService service = new InsightsService(sources, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void byDefaultTheLastThirtyDaysAreComparedWithTheThirtyBefore() {
        service.insights(AnalyticsScope.parse(WORKSPACE, null, null, null, null));

        assertThat(sources.runPeriods).containsExactly(
                List.of(NOW.minus(Duration.ofDays(30)), NOW),
                List.of(NOW.minus(Duration.ofDays(60)), NOW.minus(Duration.ofDays(30))));
    }

    @Test
    void theSlowestNodeIsJudgedOnTheP95OfItsMergedSketches() {
        sources.sketch(SYNC, "fetch", 1, 100);
        sources.sketch(SYNC, "fetch", 101, 200);
        sources.sketch(SYNC, "parse", 1, 50);

        Insight slowest = service.insights(AnalyticsScope.parse(WORKSPACE, null, null, null, null)).stream()
                .filter(insight -> insight.kind().equals("slowest_node")).findFirst().orElseThrow();

        assertThat(slowest.nodeId()).isEqualTo("fetch");
        assertThat(slowest.metric()).isBetween(188.0, 192.0);
    }

    @Test
    void nodeDurationsAreReadOverTheWholeUtcDaysThePeriodTouches() {
        service.insights(AnalyticsScope.parse(WORKSPACE, "2026-03-10T06:15:00Z", "2026-03-20T18:00:00Z", null, null));

        assertThat(sources.sketchPeriods).containsExactly(
                List.of(Instant.parse("2026-03-10T00:00:00Z"), Instant.parse("2026-03-21T00:00:00Z")));
        assertThat(sources.runPeriods.getFirst()).containsExactly(Instant.parse("2026-03-10T06:15:00Z"),
                Instant.parse("2026-03-20T18:00:00Z"));
    }

    @Test
    void oneAutomationAskedForJudgesOnlyItAndNoWorkerCosts() {
        sources.automations.add(new KnownAutomation(SYNC, "sync", NOW.minus(Duration.ofDays(90)), null));
        sources.automations.add(new KnownAutomation(REPORT, "report", NOW.minus(Duration.ofDays(90)), null));
        for (int n = 0; n < 19; n++) {
            sources.workers.add(new WorkerCost(UUID.randomUUID(), UUID.randomUUID(), BigDecimal.ONE));
        }
        sources.workers.add(new WorkerCost(UUID.randomUUID(), UUID.randomUUID(), BigDecimal.valueOf(50)));

        List<Insight> all = service.insights(AnalyticsScope.parse(WORKSPACE, null, null, null, null));
        List<Insight> one = service.insights(AnalyticsScope.parse(WORKSPACE, null, null, null, SYNC.toString()));

        assertThat(all).extracting(Insight::kind).contains("worker_cost_outlier", "not_run");
        assertThat(one).extracting(Insight::kind).containsExactly("not_run");
        assertThat(one).extracting(Insight::automationId).containsExactly(SYNC);
        assertThat(sources.automationAsked).contains(Optional.of(SYNC));
    }

    @Test
    void aFromAfterTheDefaultToIsRefused() {
        assertThatThrownBy(() -> service.insights(AnalyticsScope.parse(WORKSPACE, "2026-05-01", null, null, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    private static final class FakeSources implements InsightSources {

        final List<List<Instant>> runPeriods = new ArrayList<>();
        final List<List<Instant>> sketchPeriods = new ArrayList<>();
        final List<Optional<UUID>> automationAsked = new ArrayList<>();
        final List<KnownAutomation> automations = new ArrayList<>();
        final List<WorkerCost> workers = new ArrayList<>();
        private final List<Object[]> sketches = new ArrayList<>();

        void sketch(UUID automation, String node, int fromMs, int toMs) {
            DurationSketch sketch = DurationSketch.empty();
            for (int ms = fromMs; ms <= toMs; ms++) {
                sketch.add(ms);
            }
            sketches.add(new Object[] {automation, node, sketch.toBytes()});
        }

        @Override
        public List<AutomationRuns> runsByAutomation(WorkspaceId workspace, Instant from, Instant to,
                                                     Optional<UUID> automation) {
            runPeriods.add(List.of(from, to));
            automationAsked.add(automation);
            return List.of();
        }

        @Override
        public void eachNodeSketch(WorkspaceId workspace, Instant from, Instant to, Optional<UUID> automation,
                                   NodeSketchSink sink) {
            sketchPeriods.add(List.of(from, to));
            for (Object[] row : sketches) {
                sink.accept((UUID) row[0], (String) row[1], "http.request", (byte[]) row[2]);
            }
        }

        @Override
        public List<KnownAutomation> automations(WorkspaceId workspace) {
            return automations;
        }

        @Override
        public List<WorkerCost> workerCosts(WorkspaceId workspace, Instant from, Instant to) {
            return workers;
        }
    }
}
