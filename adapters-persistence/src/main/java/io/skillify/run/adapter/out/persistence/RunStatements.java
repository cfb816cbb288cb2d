package io.skillify.run.adapter.out.persistence;

import static skillify.jooq.Tables.RUNS;
import static skillify.jooq.Tables.RUN_LOGS;
import static skillify.jooq.Tables.RUN_STEPS;

import io.skillify.shared.adapter.out.persistence.RenderedQuery;
import io.skillify.shared.adapter.out.persistence.RenderedRows;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Param;
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
     * The run's new state, its lease handed back and the log sequence advanced; only while {@code leaseOwner} still
     * holds it and the run has not ended meanwhile (a cancel). Returns the new last log sequence.
     */
    static RenderedQuery saveAndRelease(JdbcTemplate jdbc, DSLContext db) {
        return RenderedQuery.of(jdbc, db, db.update(RUNS)
                .set(RUNS.STATUS, STATUS)
                .set(RUNS.ERROR, ERROR)
                .set(RUNS.STARTED_AT, STARTED_AT)
                .set(RUNS.FINISHED_AT, FINISHED_AT)
                .set(RUNS.LOG_SEQ, RUNS.LOG_SEQ.plus(NEW_LOG_LINES))
                .set(RUNS.LEASE_OWNER, DSL.inline(null, RUNS.LEASE_OWNER))
                .set(RUNS.LEASE_UNTIL, DSL.inline(null, RUNS.LEASE_UNTIL))
                .set(RUNS.DUE_AT, DUE_AT)
                .where(RUNS.WORKSPACE_ID.eq(WORKSPACE).and(RUNS.ID.eq(RUN)))
                .and(RUNS.LEASE_OWNER.eq(LEASE_OWNER))
                .and(RUNS.STATUS.in(DSL.inline("queued"), DSL.inline("running")))
                .returning(RUNS.LOG_SEQ), RUNS.LOG_SEQ);
    }

    /** Step rows, inserted or replacing the stored state of the same step. */
    static RenderedRows upsertSteps(JdbcTemplate jdbc, DSLContext db) {
        return new RenderedRows(jdbc, db, rows -> {
            var insert = db.insertInto(RUN_STEPS, STEP_COLUMNS).values(RenderedRows.params(STEP_COLUMNS, 0));
            for (int row = 1; row < rows; row++) {
                insert = insert.values(RenderedRows.params(STEP_COLUMNS, row));
            }
            return insert.onConflict(RUN_STEPS.WORKSPACE_ID, RUN_STEPS.RUN_ID, RUN_STEPS.NODE_ID).doUpdate()
                    .set(RUN_STEPS.STATUS, DSL.excluded(RUN_STEPS.STATUS))
                    .set(RUN_STEPS.ATTEMPT, DSL.excluded(RUN_STEPS.ATTEMPT))
                    .set(RUN_STEPS.OUTPUT, DSL.excluded(RUN_STEPS.OUTPUT))
                    .set(RUN_STEPS.HANDLE, DSL.excluded(RUN_STEPS.HANDLE))
                    .set(RUN_STEPS.ERROR, DSL.excluded(RUN_STEPS.ERROR))
                    .set(RUN_STEPS.STARTED_AT, DSL.excluded(RUN_STEPS.STARTED_AT))
                    .set(RUN_STEPS.FINISHED_AT, DSL.excluded(RUN_STEPS.FINISHED_AT))
                    .set(RUN_STEPS.DUE_AT, DSL.excluded(RUN_STEPS.DUE_AT));
        });
    }

    /** History rows (log lines, step changes, the end). */
    static RenderedRows insertLogs(JdbcTemplate jdbc, DSLContext db) {
        return new RenderedRows(jdbc, db, rows -> {
            var insert = db.insertInto(RUN_LOGS, LOG_COLUMNS).values(RenderedRows.params(LOG_COLUMNS, 0));
            for (int row = 1; row < rows; row++) {
                insert = insert.values(RenderedRows.params(LOG_COLUMNS, row));
            }
            return insert;
        });
    }
}
