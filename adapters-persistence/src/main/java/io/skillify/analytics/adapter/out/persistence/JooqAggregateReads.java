package io.skillify.analytics.adapter.out.persistence;

import static org.jooq.impl.DSL.inline;
import static skillify.jooq.Tables.ANALYTICS_AUTOMATIONS;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static skillify.jooq.Tables.ANALYTICS_RUNS_15M;
import static skillify.jooq.Tables.ANALYTICS_RUNS_1H;

import io.skillify.analytics.application.port.out.AggregateReads;
import io.skillify.analytics.domain.Buckets;
import io.skillify.analytics.domain.Grain;
import io.skillify.analytics.domain.RangeSplit;
import io.skillify.analytics.domain.TimeRange;
import io.skillify.analytics.domain.view.AutomationTotals;
import io.skillify.analytics.domain.view.KnownAutomation;
import io.skillify.analytics.domain.view.PeriodTotals;
import io.skillify.analytics.domain.view.BucketCounts;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record8;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * Reads the run aggregates by their primary keys: hours ({@code analytics_runs_1h}) and edge quarters
 * ({@code analytics_runs_15m}) for trends and the heatmap, or quarters only for zones with +5:30 or +5:45 offsets;
 * days, edge hours and edge quarters ({@link RunCountsByAutomation}) for totals per automation. The workspace's
 * totals are the rows of the nil automation id, so a whole-workspace answer reads one row per hour or quarter with
 * runs.
 */
@Repository
class JooqAggregateReads implements AggregateReads {

    private static final Field<Object> BUCKET_START = field(name("bucket_start"));

    private final DSLContext db;
    private final RunCountsByAutomation counts;

    JooqAggregateReads(DSLContext db, RunCountsByAutomation counts) {
        this.db = db;
        this.counts = counts;
    }

    @Override
    public List<BucketCounts> runRows(WorkspaceId workspace, Optional<AutomationId> automation, Instant from,
                                      Instant to, Grain coarsest, boolean withSketches) {
        UUID rows = automation.map(AutomationId::value).orElse(Buckets.WORKSPACE_TOTAL);
        if (coarsest == Grain.QUARTER) {
            return runRows(ANALYTICS_RUNS_15M, rows, workspace, List.of(new TimeRange(from, to)), withSketches)
                    .orderBy(BUCKET_START).fetch(JooqAggregateReads::counts);
        }
        RangeSplit split = RangeSplit.of(from, to, Grain.HOUR);
        var hours = runRows(ANALYTICS_RUNS_1H, rows, workspace, split.inner().stream().toList(), withSketches);
        var quarters = runRows(ANALYTICS_RUNS_15M, rows, workspace, split.edges(), withSketches);
        return hours.unionAll(quarters).orderBy(BUCKET_START).fetch(JooqAggregateReads::counts);
    }

    private SelectConditionStep<Record8<Instant, Integer, Integer, Integer, Integer, Integer, Long, byte[]>> runRows(
            Table<?> table, UUID rows, WorkspaceId workspace, List<TimeRange> ranges, boolean withSketches) {
        Field<Instant> start = table.field("bucket_start", Instant.class);
        Condition inRanges = falseCondition();
        for (TimeRange range : ranges) {
            inRanges = inRanges.or(start.ge(range.from()).and(start.lt(range.to())));
        }
        Field<byte[]> sketch = withSketches
                ? table.field("duration_sketch", byte[].class)
                : inline((byte[]) null).as("duration_sketch");
        return db.select(start, table.field("total", Integer.class), table.field("succeeded", Integer.class),
                        table.field("failed", Integer.class), table.field("cancelled", Integer.class),
                        table.field("duration_count", Integer.class), table.field("duration_sum_ms", Long.class),
                        sketch)
                .from(table)
                .where(table.field("workspace_id", UUID.class).eq(workspace.value()))
                .and(table.field("automation_id", UUID.class).eq(rows))
                .and(inRanges);
    }

    private static BucketCounts counts(
            Record8<Instant, Integer, Integer, Integer, Integer, Integer, Long, byte[]> row) {
        return new BucketCounts(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6(),
                row.value7(), row.value8());
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
