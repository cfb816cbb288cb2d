package io.skillify.analytics.adapter.out.persistence;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.sum;
import static skillify.jooq.Tables.ANALYTICS_RUNS_15M;
import static skillify.jooq.Tables.ANALYTICS_RUNS_1D;
import static skillify.jooq.Tables.ANALYTICS_RUNS_1H;

import io.skillify.analytics.domain.Buckets;
import io.skillify.analytics.domain.Grain;
import io.skillify.analytics.domain.RangeSplit;
import io.skillify.analytics.domain.TimeRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Select;
import org.springframework.stereotype.Component;

/**
 * Run counts per automation over runs created in [from, to) (the quarters starting in it): the whole UTC days inside
 * the range from {@code analytics_runs_1d}, the whole hours of its edges from {@code analytics_runs_1h}, and the
 * quarters left at the edges' edges from {@code analytics_runs_15m}, summed in one statement. Exactly what summing
 * the quarters gives, reading at most a row per day, 46 hours and 6 quarters per automation. For a whole workspace
 * the edge rows are read per automation that has a day row on an edge's days (every hour and quarter row has one:
 * all are written together), so the primary key's (workspace, automation, start) order is used whatever the
 * PostgreSQL version, instead of filtering every hour or quarter of the workspace.
 */
@Component
class RunCountsByAutomation {

    /** One automation's runs in the range. */
    record Counts(UUID automation, long total, long succeeded, long failed, long cancelled) {
    }

    private final DSLContext db;

    RunCountsByAutomation(DSLContext db) {
        this.db = db;
    }

    /** Every automation with rows in the range, or only {@code automation}; never the workspace total. */
    List<Counts> of(UUID workspace, Optional<UUID> automation, Instant from, Instant to) {
        RangeSplit split = RangeSplit.of(from, to, Grain.DAY);
        var days = ANALYTICS_RUNS_1D;
        var hours = ANALYTICS_RUNS_1H;
        var quarters = ANALYTICS_RUNS_15M;
        Condition inDays = split.inner()
                .map(range -> days.DAY.ge(Grain.day(range.from())).and(days.DAY.lt(Grain.day(range.to()))))
                .orElse(falseCondition());
        Condition inHours = falseCondition();
        Condition inQuarters = falseCondition();
        Set<LocalDate> edgeDays = new TreeSet<>();
        for (TimeRange edge : split.edges()) {
            RangeSplit ofEdge = RangeSplit.of(edge.from(), edge.to(), Grain.HOUR);
            if (ofEdge.inner().isPresent()) {
                TimeRange inner = ofEdge.inner().get();
                inHours = inHours.or(hours.BUCKET_START.ge(inner.from()).and(hours.BUCKET_START.lt(inner.to())));
            }
            for (TimeRange rest : ofEdge.edges()) {
                inQuarters = inQuarters.or(quarters.BUCKET_START.ge(rest.from())
                        .and(quarters.BUCKET_START.lt(rest.to())));
            }
            for (Instant day = Grain.DAY.startOf(edge.from()); day.isBefore(edge.to()); day = Grain.DAY.next(day)) {
                edgeDays.add(Grain.day(day));
            }
        }
        Field<UUID[]> edgeAutomationIds = array(db.select(days.AUTOMATION_ID)
                .from(days)
                .where(days.WORKSPACE_ID.eq(workspace)).and(days.DAY.in(edgeDays))
                .and(which(days.AUTOMATION_ID, automation)));
        Select<Record5<UUID, Integer, Integer, Integer, Integer>> rows = db
                .select(days.AUTOMATION_ID, days.TOTAL, days.SUCCEEDED, days.FAILED, days.CANCELLED)
                .from(days)
                .where(days.WORKSPACE_ID.eq(workspace)).and(which(days.AUTOMATION_ID, automation)).and(inDays)
                .unionAll(db.select(hours.AUTOMATION_ID, hours.TOTAL, hours.SUCCEEDED, hours.FAILED, hours.CANCELLED)
                        .from(hours)
                        .where(hours.WORKSPACE_ID.eq(workspace))
                        .and(automation.map(hours.AUTOMATION_ID::eq)
                                .orElseGet(() -> hours.AUTOMATION_ID.eq(any(edgeAutomationIds))))
                        .and(inHours))
                .unionAll(db.select(quarters.AUTOMATION_ID, quarters.TOTAL, quarters.SUCCEEDED, quarters.FAILED,
                                quarters.CANCELLED)
                        .from(quarters)
                        .where(quarters.WORKSPACE_ID.eq(workspace))
                        .and(automation.map(quarters.AUTOMATION_ID::eq)
                                .orElseGet(() -> quarters.AUTOMATION_ID.eq(any(edgeAutomationIds))))
                        .and(inQuarters));
        var all = rows.asTable("r");
        Field<UUID> id = all.field(0, UUID.class);
        return db.select(id, sum(all.field(1, Integer.class)), sum(all.field(2, Integer.class)),
                        sum(all.field(3, Integer.class)), sum(all.field(4, Integer.class)))
                .from(all)
                .groupBy(id)
                .orderBy(id)
                .fetch(row -> new Counts(row.value1(), count(row.value2()), count(row.value3()),
                        count(row.value4()), count(row.value5())));
    }

    private static Condition which(Field<UUID> column, Optional<UUID> automation) {
        return automation.map(column::eq).orElseGet(() -> column.ne(Buckets.WORKSPACE_TOTAL));
    }

    private static long count(BigDecimal sum) {
        return sum == null ? 0 : sum.longValue();
    }
}
