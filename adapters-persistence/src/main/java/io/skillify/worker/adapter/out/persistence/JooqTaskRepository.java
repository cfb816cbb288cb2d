package io.skillify.worker.adapter.out.persistence;

import static skillify.jooq.Tables.TASKS;
import static skillify.jooq.Tables.WORKERS;
import static skillify.jooq.Tables.WORKSPACE_ACTIVE_MEMBERS;

import io.skillify.shared.adapter.out.persistence.JsonColumns;
import io.skillify.shared.application.Cursors;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.application.port.out.TaskRepository;
import io.skillify.worker.domain.FlowStepOrigin;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.TaskStatus;
import io.skillify.worker.domain.WorkerId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqTaskRepository implements TaskRepository {

    private final DSLContext db;

    JooqTaskRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public void insert(Task task) {
        db.insertInto(TASKS).set(WorkerRows.row(task)).execute();
    }

    @Override
    public Task insertForStep(Task task) {
        FlowStepOrigin origin = task.origin().orElseThrow();
        db.insertInto(TASKS).set(WorkerRows.row(task)).onConflict(TASKS.RUN_ID, TASKS.NODE_ID).doNothing().execute();
        return findByOrigin(origin).orElseThrow();
    }

    @Override
    public Optional<Task> find(TaskId id) {
        return db.selectFrom(TASKS).where(TASKS.ID.eq(id.value())).fetchOptional(WorkerRows::task);
    }

    @Override
    public Optional<Task> lock(TaskId id) {
        return db.selectFrom(TASKS).where(TASKS.ID.eq(id.value())).forUpdate().fetchOptional(WorkerRows::task);
    }

    @Override
    public Optional<Task> lockOfWorker(WorkerId worker) {
        return db.selectFrom(TASKS)
                .where(TASKS.ID.eq(db.select(WORKERS.TASK_ID).from(WORKERS).where(WORKERS.ID.eq(worker.value()))))
                .forUpdate()
                .fetchOptional(WorkerRows::task);
    }

    @Override
    public Optional<Task> findByOrigin(FlowStepOrigin origin) {
        return db.selectFrom(TASKS)
                .where(TASKS.RUN_ID.eq(origin.runId()))
                .and(TASKS.NODE_ID.eq(origin.nodeId()))
                .fetchOptional(WorkerRows::task);
    }

    @Override
    public void save(Task task) {
        db.update(TASKS)
                .set(TASKS.STATUS, StatusColumns.column(task.status()))
                .set(TASKS.ATTEMPTS, task.attempts())
                .set(TASKS.WORKER_ID, task.workerId() == null ? null : task.workerId().value())
                .set(TASKS.OUTPUT, JsonColumns.json(task.output()))
                .set(TASKS.ERROR, task.error())
                .set(TASKS.UPDATED_AT, task.updatedAt())
                .where(TASKS.ID.eq(task.id().value()))
                .execute();
    }

    @Override
    public Page<Task> visibleTo(AccountId account, Optional<WorkspaceId> workspace, Optional<TaskStatus> status,
                                PageRequest page) {
        Condition condition = TASKS.WORKSPACE_ID.in(memberships(account));
        if (workspace.isPresent()) {
            condition = condition.and(TASKS.WORKSPACE_ID.eq(workspace.get().value()));
        }
        if (status.isPresent()) {
            condition = condition.and(TASKS.STATUS.eq(StatusColumns.column(status.get())));
        }
        if (page.cursor() != null) {
            UUID before = Cursors.read(page.cursor(), 1, parts -> UUID.fromString(parts.getFirst()));
            condition = condition.and(TASKS.ID.lt(before));
        }
        List<Task> rows = db.selectFrom(TASKS).where(condition).orderBy(TASKS.ID.desc()).limit(page.limit() + 1)
                .fetch(WorkerRows::task);
        return Page.fromOverfetch(rows, page.limit(), last -> Cursors.encode(last.id().toString()));
    }

    @Override
    public List<Task> slice(Set<WorkspaceId> workspaces, Set<TaskStatus> statuses, int limit, int offset) {
        return db.selectFrom(TASKS).where(inScope(workspaces, statuses)).orderBy(TASKS.ID.desc())
                .limit(limit).offset(offset).fetch(WorkerRows::task);
    }

    @Override
    public long count(Set<WorkspaceId> workspaces, Set<TaskStatus> statuses) {
        return db.fetchCount(TASKS, inScope(workspaces, statuses));
    }

    private static Condition inScope(Set<WorkspaceId> workspaces, Set<TaskStatus> statuses) {
        Condition condition = TASKS.WORKSPACE_ID.in(workspaces.stream().map(WorkspaceId::value).toList());
        if (!statuses.isEmpty()) {
            condition = condition.and(TASKS.STATUS.in(statuses.stream().map(StatusColumns::column).toList()));
        }
        return condition;
    }

    @Override
    public long pendingFor(AccountId account) {
        return db.fetchCount(TASKS, TASKS.STATUS.eq("pending").and(TASKS.WORKSPACE_ID.in(memberships(account))));
    }

    private org.jooq.Select<org.jooq.Record1<UUID>> memberships(AccountId account) {
        return db.select(WORKSPACE_ACTIVE_MEMBERS.WORKSPACE_ID).from(WORKSPACE_ACTIVE_MEMBERS)
                .where(WORKSPACE_ACTIVE_MEMBERS.ACCOUNT_ID.eq(account.value()));
    }
}
