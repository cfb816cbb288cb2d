package io.skillify.run.adapter.out.persistence;

import static skillify.jooq.Tables.RUNS;
import static skillify.jooq.Tables.RUN_LOGS;
import static skillify.jooq.Tables.RUN_STEPS;

import io.skillify.shared.adapter.out.persistence.RenderedQuery;
import io.skillify.shared.adapter.out.persistence.RenderedRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Param;
import org.jooq.Record3;
import org.jooq.RowN;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.jdbc.core.JdbcTemplate;

/** The run statements of the engine's hot path, rendered once (see {@link RenderedQuery}). */
final class RunStatements {

    static final Param<UUID> WORKSPACE = DSL.param("workspace", RUNS.WORKSPACE_ID);
    static final Param<UUID> RUN = DSL.param("run", RUNS.ID);
    static final Param<UUID> AUTOMATION = DSL.param("automation", RUNS.AUTOMATION_ID);
    static final Param<Integer> VERSION = DSL.param("version", RUNS.VERSION);
    static final Param<String> STATUS = DSL.param("status", RUNS.STATUS);
    static final Param<String> TRIGGER = DSL.param("trigger", RUNS.TRIGGER);
    static final Param<JSONB> INPUT = DSL.param("input", RUNS.INPUT);
    static final Param<UUID> RETRY_OF = DSL.param("retryOf", RUNS.RETRY_OF);
    static final Param<UUID> CREATED_BY = DSL.param("createdBy", RUNS.CREATED_BY);
    static final Param<Instant> CREATED_AT = DSL.param("createdAt", RUNS.CREATED_AT);
    static final Param<Instant> STARTED_AT = DSL.param("startedAt", RUNS.STARTED_AT);
    static final Param<Instant> FINISHED_AT = DSL.param("finishedAt", RUNS.FINISHED_AT);
    static final Param<String> ERROR = DSL.param("error", RUNS.ERROR);
    static final Param<Instant> DUE_AT = DSL.param("dueAt", RUNS.DUE_AT);
    static final Param<String> LEASE_OWNER = DSL.param("leaseOwner", RUNS.LEASE_OWNER);
    static final Param<Instant> LEASE_UNTIL = DSL.param("leaseUntil", RUNS.LEASE_UNTIL);
    static final Param<Long> NEW_LOG_LINES = DSL.param("newLogLines", RUNS.LOG_SEQ);

    static final List<Field<?>> STEP_COLUMNS = List.of(RUN_STEPS.WORKSPACE_ID, RUN_STEPS.RUN_ID, RUN_STEPS.NODE_ID,
            RUN_STEPS.TYPE, RUN_STEPS.STATUS, RUN_STEPS.ATTEMPT, RUN_STEPS.OUTPUT, RUN_STEPS.HANDLE, RUN_STEPS.ERROR,
            RUN_STEPS.STARTED_AT, RUN_STEPS.FINISHED_AT, RUN_STEPS.DUE_AT);
    static final List<Field<?>> LOG_COLUMNS = List.of(RUN_LOGS.WORKSPACE_ID, RUN_LOGS.RUN_ID, RUN_LOGS.SEQ,
            RUN_LOGS.KIND, RUN_LOGS.AT, RUN_LOGS.LEVEL, RUN_LOGS.NODE_ID, RUN_LOGS.MESSAGE);

    /** The step columns a save binds per row (the run's key comes from the saved run). */
    static final List<Field<?>> STEP_VALUES = STEP_COLUMNS.subList(2, STEP_COLUMNS.size());
    /** The history columns a save binds per row (run key and sequence come from the saved run). */
    static final List<Field<?>> LOG_VALUES = LOG_COLUMNS.subList(3, LOG_COLUMNS.size());

    private RunStatements() {
    }

    /** A new run, due when it was created (and leased, when the creating instance runs it at once). */
    static RenderedQuery insertRun(JdbcTemplate jdbc, DSLContext db) {
        return RenderedQuery.of(jdbc, db, db.insertInto(RUNS)
                .set(RUNS.WORKSPACE_ID, WORKSPACE)
                .set(RUNS.ID, RUN)
                .set(RUNS.AUTOMATION_ID, AUTOMATION)
                .set(RUNS.VERSION, VERSION)
                .set(RUNS.STATUS, STATUS)
                .set(RUNS.TRIGGER, TRIGGER)
                .set(RUNS.INPUT, INPUT)
                .set(RUNS.RETRY_OF, RETRY_OF)
                .set(RUNS.CREATED_BY, CREATED_BY)
                .set(RUNS.CREATED_AT, CREATED_AT)
                .set(RUNS.DUE_AT, DUE_AT)
                .set(RUNS.LEASE_OWNER, LEASE_OWNER)
                .set(RUNS.LEASE_UNTIL, LEASE_UNTIL));
    }

    /**
     * One statement that writes an advance: the run's new state, its lease handed back and its log sequence advanced
     * (only while {@code leaseOwner} still holds it and the run has not ended meanwhile, a cancel), then, only if
     * that matched, {@code steps} step rows (inserted or replacing the stored state) and {@code logs} history rows
     * numbered after the previous last sequence. Returns the new last log sequence, or no row when not saved.
     */
    static RenderedQuery saveAndRelease(JdbcTemplate jdbc, DSLContext db, int steps, int logs) {
        return save(jdbc, db, steps, logs, true);
    }

    /**
     * The same write as {@link #saveAndRelease} but keeping the lease and the due time: the progress of a run still
     * being advanced (a step's start, a step's outcome), committed before the next step starts.
     */
    static RenderedQuery saveProgress(JdbcTemplate jdbc, DSLContext db, int steps, int logs) {
        return save(jdbc, db, steps, logs, false);
    }

    private static RenderedQuery save(JdbcTemplate jdbc, DSLContext db, int steps, int logs, boolean release) {
        var update = db.update(RUNS)
                .set(RUNS.STATUS, STATUS)
                .set(RUNS.ERROR, ERROR)
                .set(RUNS.STARTED_AT, STARTED_AT)
                .set(RUNS.FINISHED_AT, FINISHED_AT)
                .set(RUNS.LOG_SEQ, RUNS.LOG_SEQ.plus(DSL.inline((long) logs)));
        if (release) {
            update = update.set(RUNS.LEASE_OWNER, DSL.inline(null, RUNS.LEASE_OWNER))
                    .set(RUNS.LEASE_UNTIL, DSL.inline(null, RUNS.LEASE_UNTIL))
                    .set(RUNS.DUE_AT, dueUnlessWoken(DUE_AT))
                    .set(RUNS.WOKEN_AT, DSL.inline(null, RUNS.WOKEN_AT));
        }
        CommonTableExpression<Record3<UUID, UUID, Long>> saved = DSL.name("saved").as(update
                .where(RUNS.WORKSPACE_ID.eq(WORKSPACE).and(RUNS.ID.eq(RUN)))
                .and(RUNS.LEASE_OWNER.eq(LEASE_OWNER))
                .and(RUNS.STATUS.in(DSL.inline("queued"), DSL.inline("running")))
                .returningResult(RUNS.WORKSPACE_ID, RUNS.ID, RUNS.LOG_SEQ));
        Field<UUID> savedWorkspace = saved.field(RUNS.WORKSPACE_ID);
        Field<UUID> savedRun = saved.field(RUNS.ID);
        Field<Long> savedSeq = saved.field(RUNS.LOG_SEQ);
        List<CommonTableExpression<?>> writes = new ArrayList<>();
        writes.add(saved);
        if (steps > 0) {
            Table<?> rows = valuesOf("step", STEP_VALUES, steps, false);
            writes.add(DSL.name("steps").as(db.insertInto(RUN_STEPS, STEP_COLUMNS)
                    .select(DSL.select(selectList(savedWorkspace, savedRun, rows, STEP_VALUES)).from(saved, rows))
                    .onConflict(RUN_STEPS.WORKSPACE_ID, RUN_STEPS.RUN_ID, RUN_STEPS.NODE_ID).doUpdate()
                    .set(stepReplacement())
                    .returning(RUN_STEPS.NODE_ID)));
        }
        if (logs > 0) {
            Table<?> rows = valuesOf("log", LOG_VALUES, logs, true);
            List<Field<?>> select = new ArrayList<>(List.of(savedWorkspace, savedRun,
                    savedSeq.minus(DSL.inline((long) logs)).plus(rows.field("ord", Long.class))));
            LOG_VALUES.forEach(column -> select.add(rows.field(column.getName())));
            writes.add(DSL.name("logs").as(db.insertInto(RUN_LOGS, LOG_COLUMNS)
                    .select(DSL.select(select).from(saved, rows))
                    .returning(RUN_LOGS.SEQ)));
        }
        return RenderedQuery.of(jdbc, db, db.with(writes).select(savedSeq).from(saved), savedSeq);
    }

    /** {@code count} rows of named parameters, one per column (after an inline ordinal 1, 2, … when {@code ordinals}). */
    private static Table<?> valuesOf(String alias, List<Field<?>> columns, int count, boolean ordinals) {
        RowN[] rows = new RowN[count];
        for (int row = 0; row < count; row++) {
            List<Field<?>> values = new ArrayList<>(List.of(RenderedRows.params(alias + "_", columns, row)));
            if (ordinals) {
                values.addFirst(DSL.inline((long) row + 1));
            }
            rows[row] = DSL.row(values);
        }
        List<String> names = new ArrayList<>(columns.stream().map(Field::getName).toList());
        if (ordinals) {
            names.addFirst("ord");
        }
        return DSL.values(rows).as(alias, names.toArray(String[]::new));
    }

    private static List<Field<?>> selectList(Field<UUID> workspace, Field<UUID> run, Table<?> rows,
                                             List<Field<?>> columns) {
        List<Field<?>> select = new ArrayList<>(List.of(workspace, run));
        columns.forEach(column -> select.add(rows.field(column.getName())));
        return select;
    }

    /** Step rows, inserted or replacing the stored state of the same step. */
    static RenderedRows upsertSteps(JdbcTemplate jdbc, DSLContext db) {
        return new RenderedRows(jdbc, db, rows -> {
            var insert = db.insertInto(RUN_STEPS, STEP_COLUMNS).values(RenderedRows.params("", STEP_COLUMNS, 0));
            for (int row = 1; row < rows; row++) {
                insert = insert.values(RenderedRows.params("", STEP_COLUMNS, row));
            }
            return insert.onConflict(RUN_STEPS.WORKSPACE_ID, RUN_STEPS.RUN_ID, RUN_STEPS.NODE_ID).doUpdate()
                    .set(stepReplacement());
        });
    }

    /**
     * A stored step replaced by the engine's new state of it. A wake-up remembered on the row (it arrived while the
     * engine held the step, after its last save) is used up: a step saved as waiting is then due at once, whatever
     * time it asked to be woken at, so that it looks again at what it waits for.
     */
    static Map<Field<?>, Field<?>> stepReplacement() {
        Map<Field<?>, Field<?>> columns = new LinkedHashMap<>();
        columns.put(RUN_STEPS.STATUS, DSL.excluded(RUN_STEPS.STATUS));
        columns.put(RUN_STEPS.ATTEMPT, DSL.excluded(RUN_STEPS.ATTEMPT));
        columns.put(RUN_STEPS.OUTPUT, DSL.excluded(RUN_STEPS.OUTPUT));
        columns.put(RUN_STEPS.HANDLE, DSL.excluded(RUN_STEPS.HANDLE));
        columns.put(RUN_STEPS.ERROR, DSL.excluded(RUN_STEPS.ERROR));
        columns.put(RUN_STEPS.STARTED_AT, DSL.excluded(RUN_STEPS.STARTED_AT));
        columns.put(RUN_STEPS.FINISHED_AT, DSL.excluded(RUN_STEPS.FINISHED_AT));
        columns.put(RUN_STEPS.DUE_AT, DSL.when(DSL.excluded(RUN_STEPS.STATUS).eq(DSL.inline("waiting"))
                        .and(RUN_STEPS.WOKEN_AT.isNotNull()),
                DSL.least(DSL.excluded(RUN_STEPS.DUE_AT), RUN_STEPS.WOKEN_AT))
                .otherwise(DSL.excluded(RUN_STEPS.DUE_AT)));
        columns.put(RUN_STEPS.WOKEN_AT, DSL.inline(null, RUN_STEPS.WOKEN_AT));
        return columns;
    }

    /**
     * A released run's next due time: {@code dueAt}, or the time of a wake-up that arrived while the engine held the
     * run, if earlier (see {@link #stepReplacement}; PostgreSQL's {@code least} ignores the null of no wake-up).
     */
    static Field<Instant> dueUnlessWoken(Field<Instant> dueAt) {
        return DSL.least(dueAt, RUNS.WOKEN_AT);
    }

    /** History rows (log lines, step changes, the end). */
    static RenderedRows insertLogs(JdbcTemplate jdbc, DSLContext db) {
        return new RenderedRows(jdbc, db, rows -> {
            var insert = db.insertInto(RUN_LOGS, LOG_COLUMNS).values(RenderedRows.params("", LOG_COLUMNS, 0));
            for (int row = 1; row < rows; row++) {
                insert = insert.values(RenderedRows.params("", LOG_COLUMNS, row));
            }
            return insert;
        });
    }
}
