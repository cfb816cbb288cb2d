package io.skillify.analytics.adapter.out.persistence;

import static skillify.jooq.Tables.ANALYTICS_AUTOMATIONS;
import static skillify.jooq.Tables.ANALYTICS_RUNS_15M;
import static skillify.jooq.Tables.ANALYTICS_STEPS_15M;
import static skillify.jooq.Tables.ANALYTICS_WORKERS;
import static org.jooq.impl.DSL.sum;

import io.skillify.analytics.application.port.out.InsightSources;
import io.skillify.analytics.domain.insight.AutomationRuns;
import io.skillify.analytics.domain.insight.KnownAutomation;
import io.skillify.analytics.domain.insight.WorkerCost;
import io.skillify.shared.domain.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the analytics aggregates (V19) for the insight rules; writes nothing. */
@Repository
class JooqInsightSources implements InsightSources {

    /** The automation id of the workspace-total rows of {@code analytics_runs_15m}. */
    static final UUID WORKSPACE_TOTAL = new UUID(0, 0);

    private final DSLContext db;

    JooqInsightSources(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AutomationRuns> runsByAutomation(WorkspaceId workspace, Instant from, Instant to,
                                                 Optional<UUID> automation) {
        var runs = ANALYTICS_RUNS_15M;
        Condition scope = runs.WORKSPACE_ID.eq(workspace.value())
                .and(runs.BUCKET_START.ge(from)).and(runs.BUCKET_START.lt(to))
                .and(automation.map(runs.AUTOMATION_ID::eq).orElseGet(() -> runs.AUTOMATION_ID.ne(WORKSPACE_TOTAL)));
        return db.select(runs.AUTOMATION_ID, sum(runs.TOTAL), sum(runs.SUCCEEDED), sum(runs.FAILED),
                        sum(runs.CANCELLED))
                .from(runs)
                .where(scope)
                .groupBy(runs.AUTOMATION_ID)
                .having(sum(runs.TOTAL).gt(BigDecimal.ZERO))
                .orderBy(runs.AUTOMATION_ID)
                .fetch(row -> new AutomationRuns(row.value1(), row.value2().longValue(), row.value3().longValue(),
                        row.value4().longValue(), row.value5().longValue()));
    }

    @Override
    @Transactional(readOnly = true)
    public void eachNodeSketch(WorkspaceId workspace, Instant from, Instant to, Optional<UUID> automation,
                               NodeSketchSink sink) {
        var steps = ANALYTICS_STEPS_15M;
        Condition scope = steps.WORKSPACE_ID.eq(workspace.value())
                .and(steps.BUCKET_START.ge(from)).and(steps.BUCKET_START.lt(to))
                .and(steps.DURATION_SKETCH.isNotNull())
                .and(automation.map(steps.AUTOMATION_ID::eq).orElse(DSL.noCondition()));
        try (var rows = db.select(steps.AUTOMATION_ID, steps.NODE_ID, steps.NODE_TYPE, steps.DURATION_SKETCH)
                .from(steps)
                .where(scope)
                .orderBy(steps.AUTOMATION_ID, steps.NODE_ID, steps.BUCKET_START)
                .fetchSize(1000)
                .fetchLazy()) {
            rows.forEach(row -> sink.accept(row.value1(), row.value2(), row.value3(), row.value4()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<KnownAutomation> automations(WorkspaceId workspace) {
        var automations = ANALYTICS_AUTOMATIONS;
        return db.selectFrom(automations)
                .where(automations.WORKSPACE_ID.eq(workspace.value()))
                .orderBy(automations.AUTOMATION_ID)
                .fetch(row -> new KnownAutomation(row.getAutomationId(), row.getName(), row.getCreatedAt(),
                        row.getDeletedAt()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkerCost> workerCosts(WorkspaceId workspace, Instant from, Instant to) {
        var workers = ANALYTICS_WORKERS;
        return db.select(workers.WORKER_ID, workers.TASK_ID, workers.COST_USD)
                .from(workers)
                .where(workers.WORKSPACE_ID.eq(workspace.value())
                        .and(workers.ENDED_AT.ge(from)).and(workers.ENDED_AT.lt(to)))
                .orderBy(workers.WORKER_ID)
                .fetch(row -> new WorkerCost(row.value1(), row.value2(), row.value3()));
    }
}
