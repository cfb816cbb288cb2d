package io.skillify.run.adapter.out.persistence;

import static skillify.jooq.Tables.RUNS;
import static skillify.jooq.Tables.RUN_LOGS;
import static skillify.jooq.Tables.RUN_STEPS;

import io.skillify.shared.adapter.out.persistence.JsonColumns;
import io.skillify.automation.domain.AutomationId;
import io.skillify.run.domain.view.LogLine;
import io.skillify.run.domain.view.RunEvent;
import io.skillify.run.domain.view.RunView;
import io.skillify.run.application.port.out.RunQueries;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepState;
import io.skillify.shared.application.Cursors;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import skillify.jooq.tables.records.RunsRecord;

@Repository
class JooqRunQueries implements RunQueries {

    private final DSLContext db;

    JooqRunQueries(DSLContext db) {
        this.db = db;
    }

    /**
     * The run and its steps from the same snapshot: two plain statements in one repeatable-read transaction. (A
     * MULTISET of the steps took PostgreSQL tens of seconds once a step output held tens of thousands of items.)
     */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<RunView> run(WorkspaceId workspace, RunId id) {
        return db.selectFrom(RUNS)
                .where(RUNS.WORKSPACE_ID.eq(workspace.value()).and(RUNS.ID.eq(id.value())))
                .fetchOptional(row -> toView(row, db.selectFrom(RUN_STEPS)
                        .where(RUN_STEPS.WORKSPACE_ID.eq(row.getWorkspaceId()))
                        .and(RUN_STEPS.RUN_ID.eq(row.getId()))
                        .orderBy(RUN_STEPS.STARTED_AT.asc().nullsLast(), RUN_STEPS.NODE_ID)
                        .fetch(RunRows::step)));
    }

    @Override
    public boolean exists(WorkspaceId workspace, RunId id) {
        return db.fetchExists(RUNS, RUNS.WORKSPACE_ID.eq(workspace.value()).and(RUNS.ID.eq(id.value())));
    }

    @Override
    public Page<RunView> runs(WorkspaceId workspace, AutomationId automation, RunStatus status, Instant from,
                              Instant to, PageRequest page) {
        Condition condition = RUNS.WORKSPACE_ID.eq(workspace.value()).and(RUNS.AUTOMATION_ID.eq(automation.value()));
        if (status != null) {
            condition = condition.and(RUNS.STATUS.eq(RunRows.status(status)));
        }
        if (from != null) {
            condition = condition.and(RUNS.CREATED_AT.ge(from));
        }
        if (to != null) {
            condition = condition.and(RUNS.CREATED_AT.lt(to));
        }
        if (page.cursor() != null) {
            UUID before = Cursors.read(page.cursor(), 1, parts -> UUID.fromString(parts.getFirst()));
            condition = condition.and(RUNS.ID.lt(before));
        }
        List<RunView> rows = db.selectFrom(RUNS).where(condition).orderBy(RUNS.ID.desc()).limit(page.limit() + 1)
                .fetch(row -> toView(row, List.of()));
        return Page.fromOverfetch(rows, page.limit(), last -> Cursors.encode(last.id().toString()));
    }

    @Override
    public List<LogLine> logs(WorkspaceId workspace, RunId run, long afterSeq, int limit) {
        return db.selectFrom(RUN_LOGS)
                .where(RUN_LOGS.WORKSPACE_ID.eq(workspace.value()))
                .and(RUN_LOGS.RUN_ID.eq(run.value()))
                .and(RUN_LOGS.SEQ.gt(afterSeq))
                .and(RUN_LOGS.KIND.eq("log"))
                .orderBy(RUN_LOGS.SEQ)
                .limit(limit)
                .fetch(row -> new LogLine(row.getSeq(), row.getAt(), row.getLevel(), row.getNodeId(), row.getMessage()));
    }

    @Override
    public List<RunEvent> events(WorkspaceId workspace, RunId run, long afterSeq, int limit) {
        return db.selectFrom(RUN_LOGS)
                .where(RUN_LOGS.WORKSPACE_ID.eq(workspace.value()))
                .and(RUN_LOGS.RUN_ID.eq(run.value()))
                .and(RUN_LOGS.SEQ.gt(afterSeq))
                .orderBy(RUN_LOGS.SEQ)
                .limit(limit)
                .fetch(row -> new RunEvent(row.getSeq(), row.getKind(), row.getAt(), row.getLevel(), row.getNodeId(),
                        row.getMessage()));
    }

    @Override
    public Optional<RunEvent> end(WorkspaceId workspace, RunId run) {
        return db.selectFrom(RUN_LOGS)
                .where(RUN_LOGS.WORKSPACE_ID.eq(workspace.value()))
                .and(RUN_LOGS.RUN_ID.eq(run.value()))
                .and(RUN_LOGS.KIND.eq("end"))
                .orderBy(RUN_LOGS.SEQ.desc())
                .limit(1)
                .fetchOptional(row -> new RunEvent(row.getSeq(), row.getKind(), row.getAt(), row.getLevel(),
                        row.getNodeId(), row.getMessage()));
    }

    private static RunView toView(RunsRecord row, List<StepState> steps) {
        return new RunView(new RunId(row.getId()), new WorkspaceId(row.getWorkspaceId()),
                new AutomationId(row.getAutomationId()), row.getVersion(), RunRows.runStatus(row.getStatus()),
                row.getTrigger(), JsonColumns.json(row.getInput()),
                row.getRetryOf() == null ? null : new RunId(row.getRetryOf()), row.getError(), row.getCreatedAt(),
                row.getStartedAt(), row.getFinishedAt(), steps);
    }
}
