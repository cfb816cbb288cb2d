package io.skillify.run.adapter.out.persistence;

import static skillify.jooq.Tables.RUNS;
import static skillify.jooq.Tables.RUN_LOGS;
import static skillify.jooq.Tables.RUN_STEPS;
import static skillify.jooq.Tables.SCHEDULE_TICKS;

import io.skillify.shared.adapter.out.persistence.JsonColumns;
import io.skillify.automation.domain.AutomationId;
import io.skillify.run.application.port.out.RunHistoryChanges;
import io.skillify.run.application.port.out.RunRepository;
import io.skillify.shared.adapter.out.persistence.ChangeAnnouncer;
import io.skillify.shared.adapter.out.persistence.RenderedQuery;
import io.skillify.shared.adapter.out.persistence.RenderedRows;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.StepState;
import io.skillify.run.domain.StepStatus;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import skillify.jooq.tables.records.RunsRecord;

@Repository
class JooqRunRepository implements RunRepository {

    /** Runs that wait only for an event (a worker) are not due at any time. */
    private static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

    private final DSLContext db;
    private final RenderedQuery insertRun;
    private final JdbcTemplate jdbc;
    private final TransactionRunner transactions;
    private final Map<Integer, RenderedQuery> saves = new ConcurrentHashMap<>();
    private final RenderedRows stepRows;
    private final RenderedRows logRows;
    private final ChangeAnnouncer changes;

    JooqRunRepository(DSLContext db, JdbcTemplate jdbc, TransactionRunner transactions, ChangeAnnouncer changes) {
        this.db = db;
        this.changes = changes;
        this.transactions = transactions;
        this.insertRun = RunStatements.insertRun(jdbc, db);
        this.jdbc = jdbc;
        this.stepRows = RunStatements.upsertSteps(jdbc, db);
        this.logRows = RunStatements.insertLogs(jdbc, db);
    }

    @Override
    public void insert(Run run, String trigger, AccountId createdBy, String leaseOwner, Instant leaseUntil) {
        List<StepState> carried = run.steps().stream().filter(step -> step.status() != StepStatus.PENDING).toList();
        if (carried.isEmpty()) {
            insertRow(run, trigger, createdBy, leaseOwner, leaseUntil);
            return;
        }
        transactions.inTransaction(() -> {
            insertRow(run, trigger, createdBy, leaseOwner, leaseUntil);
            writeStepsAndLogs(run, carried, List.of(), 0);
        });
    }

    private void insertRow(Run run, String trigger, AccountId createdBy, String leaseOwner, Instant leaseUntil) {
        insertRun.bind()
                .set(RunStatements.WORKSPACE, run.workspaceId().value())
                .set(RunStatements.RUN, run.id().value())
                .set(RunStatements.AUTOMATION, run.automationId().value())
                .set(RunStatements.VERSION, run.version())
                .set(RunStatements.STATUS, RunRows.status(run.status()))
                .set(RunStatements.TRIGGER, trigger)
                .set(RunStatements.INPUT, JsonColumns.json(run.input()))
                .set(RunStatements.RETRY_OF, run.retryOf() == null ? null : run.retryOf().value())
                .set(RunStatements.CREATED_BY, createdBy == null ? null : createdBy.value())
                .set(RunStatements.CREATED_AT, run.createdAt())
                .set(RunStatements.DUE_AT, run.createdAt())
                .set(RunStatements.LEASE_OWNER, leaseOwner)
                .set(RunStatements.LEASE_UNTIL, leaseUntil)
                .execute();
    }

    @Override
    public Optional<StoredRun> load(RunId id) {
        return db.selectFrom(RUNS).where(RUNS.ID.eq(id.value())).fetchOptional().map(this::stored);
    }

    @Override
    public Optional<StoredRun> loadForUpdate(RunId id) {
        return db.selectFrom(RUNS).where(RUNS.ID.eq(id.value())).forUpdate().fetchOptional().map(this::stored);
    }

    private StoredRun stored(RunsRecord row) {
        return new StoredRun(new RunId(row.getId()), new WorkspaceId(row.getWorkspaceId()),
                new AutomationId(row.getAutomationId()), row.getVersion(), JsonColumns.json(row.getInput()),
                row.getRetryOf() == null ? null : new RunId(row.getRetryOf()), RunRows.runStatus(row.getStatus()),
                row.getError(), row.getCreatedAt(), row.getStartedAt(), row.getFinishedAt(),
                db.selectFrom(RUN_STEPS)
                        .where(RUN_STEPS.WORKSPACE_ID.eq(row.getWorkspaceId()))
                        .and(RUN_STEPS.RUN_ID.eq(row.getId()))
                        .fetch(RunRows::step));
    }

    @Override
    public boolean saveAndRelease(Run run, List<StepState> changedSteps, List<PendingLog> logs, String owner,
                                  Instant nextDue) {
        RenderedQuery.Binding save = saveStatement(changedSteps.size(), logs.size(), true).bind()
                .set(RunStatements.DUE_AT, nextDue == null ? NEVER : nextDue);
        return bindSave(save, run, changedSteps, logs, owner);
    }

    @Override
    public boolean saveProgress(Run run, List<StepState> changedSteps, List<PendingLog> logs, String owner) {
        return bindSave(saveStatement(changedSteps.size(), logs.size(), false).bind(), run, changedSteps, logs, owner);
    }

    private boolean bindSave(RenderedQuery.Binding save, Run run, List<StepState> changedSteps,
                             List<PendingLog> logs, String owner) {
        save.set(RunStatements.STATUS, RunRows.status(run.status()))
                .set(RunStatements.ERROR, RunRows.storable(run.error()))
                .set(RunStatements.STARTED_AT, run.startedAt())
                .set(RunStatements.FINISHED_AT, run.finishedAt())
                .set(RunStatements.WORKSPACE, run.workspaceId().value())
                .set(RunStatements.RUN, run.id().value())
                .set(RunStatements.LEASE_OWNER, owner);
        for (int row = 0; row < changedSteps.size(); row++) {
            save.setRow("step_", RunStatements.STEP_VALUES, row, RunRows.stepValues(changedSteps.get(row)));
        }
        for (int row = 0; row < logs.size(); row++) {
            PendingLog log = logs.get(row);
            save.setRow("log_", RunStatements.LOG_VALUES, row,
                    Arrays.asList(log.kind(), log.at(), log.level(), log.nodeId(), RunRows.storable(log.message())));
        }
        boolean saved = save.fetchOptional().isPresent();
        if (saved) {
            announceHistory(run, logs);
        }
        return saved;
    }

    /** Live streams on every instance learn that the run's history grew, once it commits (ADR 0014). */
    private void announceHistory(Run run, List<PendingLog> logs) {
        if (!logs.isEmpty()) {
            changes.announce(RunHistoryChanges.TOPIC, run.id().toString());
        }
    }

    /**
     * The save statement for this many steps and log lines, releasing the lease or keeping it; the common shapes are
     * rendered once and kept.
     */
    private RenderedQuery saveStatement(int steps, int logs, boolean release) {
        if (steps > 32 || logs > 64) {
            return render(steps, logs, release);
        }
        return saves.computeIfAbsent((release ? 1 : -1) * (steps * 100 + logs + 1),
                key -> render(steps, logs, release));
    }

    private RenderedQuery render(int steps, int logs, boolean release) {
        return release ? RunStatements.saveAndRelease(jdbc, db, steps, logs)
                : RunStatements.saveProgress(jdbc, db, steps, logs);
    }

    @Override
    public List<RunId> unfinished(WorkspaceId workspace, AutomationId automation) {
        return db.select(RUNS.ID).from(RUNS)
                .where(RUNS.WORKSPACE_ID.eq(workspace.value()))
                .and(RUNS.AUTOMATION_ID.eq(automation.value()))
                .and(RUNS.STATUS.in("queued", "running"))
                .fetch(row -> new RunId(row.value1()));
    }

    @Override
    public void saveFinished(Run run, List<StepState> changedSteps, List<PendingLog> logs) {
        long lastSeq = db.update(RUNS)
                .set(runColumns(run, logs.size()))
                .where(RUNS.WORKSPACE_ID.eq(run.workspaceId().value()).and(RUNS.ID.eq(run.id().value())))
                .returning(RUNS.LOG_SEQ)
                .fetchSingle(RUNS.LOG_SEQ);
        writeStepsAndLogs(run, changedSteps, logs, lastSeq - logs.size());
        announceHistory(run, logs);
    }

    private static Map<Field<?>, Object> runColumns(Run run, int newLogLines) {
        Map<Field<?>, Object> columns = new HashMap<>();
        columns.put(RUNS.STATUS, RunRows.status(run.status()));
        columns.put(RUNS.ERROR, RunRows.storable(run.error()));
        columns.put(RUNS.STARTED_AT, run.startedAt());
        columns.put(RUNS.FINISHED_AT, run.finishedAt());
        columns.put(RUNS.LOG_SEQ, RUNS.LOG_SEQ.plus(newLogLines));
        return columns;
    }

    private void writeStepsAndLogs(Run run, List<StepState> changedSteps, List<PendingLog> logs, long seqBefore) {
        UUID workspace = run.workspaceId().value();
        UUID id = run.id().value();
        stepRows.write(changedSteps, step -> RunRows.stepRow(workspace, id, step));
        long[] seq = {seqBefore};
        logRows.write(logs, log -> Arrays.asList(workspace, id, ++seq[0], log.kind(), log.at(), log.level(),
                log.nodeId(), RunRows.storable(log.message())));
    }

    @Override
    public List<RunId> claimDue(String owner, Instant now, Duration lease, int limit) {
        var due = db.select(RUNS.ID).from(RUNS)
                .where(RUNS.STATUS.in("queued", "running"))
                .and(RUNS.DUE_AT.le(now))
                .and(RUNS.LEASE_UNTIL.isNull().or(RUNS.LEASE_UNTIL.lt(now)))
                .orderBy(RUNS.DUE_AT)
                .limit(limit)
                .forUpdate()
                .skipLocked();
        return db.update(RUNS)
                .set(RUNS.LEASE_OWNER, owner)
                .set(RUNS.LEASE_UNTIL, now.plus(lease))
                .where(RUNS.ID.in(due))
                .returning(RUNS.ID)
                .fetch(row -> new RunId(row.getId()));
    }

    @Override
    public boolean renewLease(RunId id, String owner, Instant until) {
        return db.update(RUNS).set(RUNS.LEASE_UNTIL, until)
                .where(RUNS.ID.eq(id.value()))
                .and(RUNS.LEASE_OWNER.eq(owner))
                .and(RUNS.STATUS.in("queued", "running"))
                .execute() == 1;
    }

    @Override
    public boolean claimTick(WorkspaceId workspace, AutomationId automation, Instant tick, RunId run) {
        return db.insertInto(SCHEDULE_TICKS)
                .set(SCHEDULE_TICKS.WORKSPACE_ID, workspace.value())
                .set(SCHEDULE_TICKS.AUTOMATION_ID, automation.value())
                .set(SCHEDULE_TICKS.TICK_AT, tick)
                .set(SCHEDULE_TICKS.RUN_ID, run.value())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public void release(RunId id, String owner, Instant nextDue) {
        db.update(RUNS)
                .set(RUNS.LEASE_OWNER, (String) null)
                .set(RUNS.LEASE_UNTIL, (Instant) null)
                .set(RUNS.DUE_AT, RunStatements.dueUnlessWoken(DSL.val(nextDue == null ? NEVER : nextDue, RUNS.DUE_AT)))
                .set(RUNS.WOKEN_AT, (Instant) null)
                .where(RUNS.ID.eq(id.value()))
                .and(RUNS.LEASE_OWNER.eq(owner))
                .execute();
    }

    /**
     * Remembers the wake-up on the run and its step, first the run then the step (the order of the engine's save, so
     * the two never wait for each other). A waiting step is made due now, and its run with it; a step the engine
     * holds (being executed or resumed) keeps the wake-up until the engine saves it (see
     * {@link RunStatements#stepReplacement}).
     */
    @Override
    public void wake(RunId id, String nodeId, Instant now) {
        var unfinishedStep = DSL.selectOne().from(RUN_STEPS)
                .where(RUN_STEPS.WORKSPACE_ID.eq(RUNS.WORKSPACE_ID))
                .and(RUN_STEPS.RUN_ID.eq(RUNS.ID))
                .and(RUN_STEPS.NODE_ID.eq(nodeId))
                .and(RUN_STEPS.STATUS.in("pending", "running", "waiting"));
        int runs = db.update(RUNS)
                .set(RUNS.DUE_AT, DSL.least(RUNS.DUE_AT, DSL.val(now, RUNS.DUE_AT)))
                .set(RUNS.WOKEN_AT, now)
                .where(RUNS.ID.eq(id.value()))
                .and(RUNS.STATUS.in("queued", "running"))
                .andExists(unfinishedStep)
                .execute();
        if (runs > 0) {
            db.update(RUN_STEPS)
                    .set(RUN_STEPS.WOKEN_AT, now)
                    .set(RUN_STEPS.DUE_AT, DSL.when(RUN_STEPS.STATUS.eq("waiting"), DSL.val(now, RUN_STEPS.DUE_AT))
                            .otherwise(RUN_STEPS.DUE_AT))
                    .where(RUN_STEPS.RUN_ID.eq(id.value()))
                    .and(RUN_STEPS.NODE_ID.eq(nodeId))
                    .and(RUN_STEPS.STATUS.in("pending", "running", "waiting"))
                    .execute();
        }
    }
}
