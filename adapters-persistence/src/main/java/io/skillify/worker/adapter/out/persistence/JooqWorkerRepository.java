package io.skillify.worker.adapter.out.persistence;

import static skillify.jooq.Tables.WORKERS;

import io.skillify.shared.application.Cursors;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.application.port.out.WorkerRepository;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.Worker;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqWorkerRepository implements WorkerRepository {

    static final List<String> ACTIVE = Arrays.stream(WorkerStatus.values())
            .filter(WorkerStatus::isActive).map(StatusColumns::column).toList();

    private final DSLContext db;

    JooqWorkerRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<Worker> find(WorkerId id) {
        return db.selectFrom(WORKERS).where(WORKERS.ID.eq(id.value())).fetchOptional(WorkerRows::worker);
    }

    @Override
    public Optional<Worker> lock(WorkerId id) {
        return db.selectFrom(WORKERS).where(WORKERS.ID.eq(id.value())).forUpdate().fetchOptional(WorkerRows::worker);
    }

    @Override
    public Optional<Worker> lockActiveOf(TaskId task) {
        return db.selectFrom(WORKERS)
                .where(WORKERS.TASK_ID.eq(task.value()))
                .and(WORKERS.STATUS.in(ACTIVE))
                .forUpdate()
                .fetchOptional(WorkerRows::worker);
    }

    @Override
    public void save(Worker worker) {
        db.update(WORKERS).set(WorkerRows.row(worker)).where(WORKERS.ID.eq(worker.id().value())).execute();
    }

    @Override
    public List<Worker> ofAccount(AccountId account, Set<WorkerStatus> statuses, int limit) {
        Condition condition = WORKERS.ACCOUNT_ID.eq(account.value());
        if (!statuses.isEmpty()) {
            condition = condition.and(WORKERS.STATUS.in(statuses.stream().map(StatusColumns::column).toList()));
        }
        return db.selectFrom(WORKERS).where(condition).orderBy(WORKERS.ID.desc()).limit(limit)
                .fetch(WorkerRows::worker);
    }

    @Override
    public Page<Worker> ofWorkspace(WorkspaceId workspace, PageRequest page) {
        Condition condition = WORKERS.WORKSPACE_ID.eq(workspace.value());
        if (page.cursor() != null) {
            UUID before = Cursors.read(page.cursor(), 1, parts -> UUID.fromString(parts.getFirst()));
            condition = condition.and(WORKERS.ID.lt(before));
        }
        List<Worker> rows = db.selectFrom(WORKERS).where(condition).orderBy(WORKERS.ID.desc())
                .limit(page.limit() + 1).fetch(WorkerRows::worker);
        return Page.fromOverfetch(rows, page.limit(), last -> Cursors.encode(last.id().toString()));
    }

    @Override
    public void renewLeases(AccountId account, Instant until) {
        db.update(WORKERS)
                .set(WORKERS.LEASE_UNTIL, until)
                .where(WORKERS.ID.in(db.select(WORKERS.ID).from(WORKERS)
                        .where(WORKERS.ACCOUNT_ID.eq(account.value()))
                        .and(WORKERS.STATUS.in(ACTIVE))
                        .orderBy(WORKERS.ID)
                        .forUpdate()))
                .execute();
    }

    @Override
    public List<Expired> expiredBefore(Instant now, int limit) {
        return db.select(WORKERS.ID, WORKERS.TASK_ID).from(WORKERS)
                .where(WORKERS.STATUS.in(ACTIVE))
                .and(WORKERS.LEASE_UNTIL.lt(now))
                .orderBy(WORKERS.LEASE_UNTIL)
                .limit(limit)
                .fetch(row -> new Expired(new WorkerId(row.value1()), new TaskId(row.value2())));
    }

    @Override
    public List<LiveWorker> liveOf(AccountId account, Optional<WorkspaceId> workspace) {
        var condition = WORKERS.ACCOUNT_ID.eq(account.value()).and(WORKERS.STATUS.in(ACTIVE));
        if (workspace.isPresent()) {
            condition = condition.and(WORKERS.WORKSPACE_ID.eq(workspace.get().value()));
        }
        return db.select(WORKERS.ID, WORKERS.TASK_ID).from(WORKERS)
                .where(condition)
                .orderBy(WORKERS.ID)
                .fetch(row -> new LiveWorker(new WorkerId(row.value1()), new TaskId(row.value2())));
    }
}
