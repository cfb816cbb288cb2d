package io.skillify.analytics.adapter.out.persistence;

import static skillify.jooq.Tables.ANALYTICS_AUTOMATIONS;
import static skillify.jooq.Tables.ANALYTICS_STEPS_1D;
import static skillify.jooq.Tables.ANALYTICS_STEPS_7D;
import static skillify.jooq.Tables.ANALYTICS_WORKERS;

import io.skillify.analytics.application.port.out.InsightSources;
import io.skillify.analytics.domain.Grain;
import io.skillify.analytics.domain.RangeSplit;
import io.skillify.analytics.domain.TimeRange;
import io.skillify.analytics.domain.insight.AutomationRuns;
import io.skillify.analytics.domain.insight.KnownAutomation;
import io.skillify.analytics.domain.insight.WorkerCost;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the analytics aggregates (V19, V20) for the insight rules; writes nothing. */
@Repository
class JooqInsightSources implements InsightSources {

    private final DSLContext db;
    private final RunCountsByAutomation counts;

    JooqInsightSources(DSLContext db, RunCountsByAutomation counts) {
        this.db = db;
        this.counts = counts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AutomationRuns> runsByAutomation(WorkspaceId workspace, Instant from, Instant to,
                                                 Optional<UUID> automation) {
        return counts.of(workspace.value(), automation, from, to).stream()
                .filter(line -> line.total() > 0)
                .map(line -> new AutomationRuns(line.automation(), line.total(), line.succeeded(), line.failed(),
                        line.cancelled()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public void eachNodeSketch(WorkspaceId workspace, Instant from, Instant to, Optional<UUID> automation,
                               NodeSketchSink sink) {
        if (!Grain.DAY.startOf(from).equals(from) || !Grain.DAY.startOf(to).equals(to)) {
            throw new IllegalArgumentException("step durations are kept per UTC day: whole days expected");
        }
        RangeSplit split = RangeSplit.of(from, to, Grain.WEEK);
        var weeks = ANALYTICS_STEPS_7D;
        var days = ANALYTICS_STEPS_1D;
        Condition inWeeks = split.inner()
                .map(range -> weeks.WEEK.ge(Grain.day(range.from())).and(weeks.WEEK.lt(Grain.day(range.to()))))
                .orElse(DSL.falseCondition());
        Condition inDays = DSL.falseCondition();
        for (TimeRange edge : split.edges()) {
            inDays = inDays.or(days.DAY.ge(Grain.day(edge.from())).and(days.DAY.lt(Grain.day(edge.to()))));
        }
        db.select(weeks.AUTOMATION_ID, weeks.NODE_ID, weeks.NODE_TYPE, weeks.DURATION_SKETCH)
                .from(weeks)
                .where(weeks.WORKSPACE_ID.eq(workspace.value())).and(inWeeks)
                .and(weeks.DURATION_SKETCH.isNotNull())
                .and(automation.map(weeks.AUTOMATION_ID::eq).orElse(DSL.noCondition()))
                .unionAll(db.select(days.AUTOMATION_ID, days.NODE_ID, days.NODE_TYPE, days.DURATION_SKETCH)
                        .from(days)
                        .where(days.WORKSPACE_ID.eq(workspace.value())).and(inDays)
                        .and(days.DURATION_SKETCH.isNotNull())
                        .and(automation.map(days.AUTOMATION_ID::eq).orElse(DSL.noCondition())))
                .fetch()
                .forEach(row -> sink.accept(row.value1(), row.value2(), row.value3(), row.value4()));
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
