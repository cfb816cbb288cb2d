package io.skillify.analytics.adapter.out.persistence;

import static org.jooq.impl.DSL.inline;
import static skillify.jooq.Tables.ANALYTICS_AUTOMATIONS;
import static skillify.jooq.Tables.ANALYTICS_RUNS_15M;

import io.skillify.analytics.application.port.out.AggregateReads;
import io.skillify.analytics.domain.Buckets;
import io.skillify.analytics.domain.view.AutomationTotals;
import io.skillify.analytics.domain.view.KnownAutomation;
import io.skillify.analytics.domain.view.PeriodTotals;
import io.skillify.analytics.domain.view.QuarterCounts;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/**
 * Reads the run aggregates by their primary keys: quarters ({@code analytics_runs_15m}) for trends and the heatmap,
 * whose zones may need any quarter; days and edge quarters ({@link RunCountsByAutomation}) for totals per
 * automation. The workspace's totals are the rows of the nil automation id, so a whole-workspace answer reads one row
 * per quarter with runs.
 */
@Repository
class JooqAggregateReads implements AggregateReads {

    private final DSLContext db;
    private final RunCountsByAutomation counts;

    JooqAggregateReads(DSLContext db, RunCountsByAutomation counts) {
        this.db = db;
        this.counts = counts;
    }

    @Override
    public List<QuarterCounts> quarters(WorkspaceId workspace, Optional<AutomationId> automation, Instant from,
                                        Instant to, boolean withSketches) {
        var t = ANALYTICS_RUNS_15M;
        Field<byte[]> sketch = withSketches ? t.DURATION_SKETCH : inline((byte[]) null).as("duration_sketch");
        return db.select(t.BUCKET_START, t.TOTAL, t.SUCCEEDED, t.FAILED, t.CANCELLED, t.DURATION_COUNT,
                        t.DURATION_SUM_MS, sketch)
                .from(t)
                .where(t.WORKSPACE_ID.eq(workspace.value()))
                .and(t.AUTOMATION_ID.eq(automation.map(AutomationId::value).orElse(Buckets.WORKSPACE_TOTAL)))
                .and(t.BUCKET_START.ge(from)).and(t.BUCKET_START.lt(to))
                .orderBy(t.BUCKET_START)
                .fetch(row -> new QuarterCounts(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7(), row.value8()));
    }

    @Override
    public List<AutomationTotals> totalsByAutomation(WorkspaceId workspace, Optional<AutomationId> automation,
                                                     Instant from, Instant to) {
        return counts.of(workspace.value(), automation.map(AutomationId::value), from, to).stream()
                .map(line -> new AutomationTotals(new AutomationId(line.automation()), line.total(),
                        line.succeeded()))
                .toList();
    }

    @Override
    public PeriodTotals periodTotals(WorkspaceId workspace, Optional<AutomationId> automation, Instant from,
                                     Instant to) {
        UUID rows = automation.map(AutomationId::value).orElse(Buckets.WORKSPACE_TOTAL);
        return counts.of(workspace.value(), Optional.of(rows), from, to).stream()
                .map(line -> new PeriodTotals(line.total(), line.succeeded(), line.failed()))
                .findFirst()
                .orElse(PeriodTotals.NONE);
    }

    @Override
    public List<KnownAutomation> automations(WorkspaceId workspace) {
        var a = ANALYTICS_AUTOMATIONS;
        return db.select(a.AUTOMATION_ID, a.NAME, a.DELETED_AT)
                .from(a)
                .where(a.WORKSPACE_ID.eq(workspace.value()))
                .fetch(row -> new KnownAutomation(new AutomationId(row.value1()), row.value2(), row.value3() != null));
    }

}
