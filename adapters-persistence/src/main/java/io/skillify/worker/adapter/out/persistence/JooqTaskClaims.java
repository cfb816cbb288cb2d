package io.skillify.worker.adapter.out.persistence;

import static skillify.jooq.Tables.ACCOUNTS;
import static skillify.jooq.Tables.TASKS;
import static skillify.jooq.Tables.WORKERS;
import static skillify.jooq.Tables.WORKSPACE_MEMBERS;

import io.skillify.shared.application.Ids;
import io.skillify.worker.application.port.in.ClaimTasksCommand;
import io.skillify.worker.application.port.in.ClaimTasksUseCase.Claimed;
import io.skillify.worker.application.port.out.TaskClaims;
import io.skillify.worker.domain.BranchName;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskStatus;
import io.skillify.worker.domain.Worker;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStepN;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import skillify.jooq.tables.records.TasksRecord;
import skillify.jooq.tables.records.WorkersRecord;

/**
 * The claim, in the caller's transaction: the account row is locked first, so one account's claims run one after
 * the other (on every instance) and its count of active workers cannot be outrun; pending tasks are then locked
 * with {@code SKIP LOCKED}, so concurrent claims of different accounts pass each other and never share a task.
 */
@Repository
class JooqTaskClaims implements TaskClaims {

    private final DSLContext db;

    JooqTaskClaims(DSLContext db) {
        this.db = db;
    }

    @Override
    public Outcome claim(ClaimTasksCommand command, Instant now, Instant leaseUntil) {
        Record2<String, Integer> account = db.select(ACCOUNTS.NAME, ACCOUNTS.MAX_CONCURRENT_WORKERS)
                .from(ACCOUNTS)
                .where(ACCOUNTS.ID.eq(command.actor().value()))
                .forUpdate()
                .fetchSingle();
        int limit = account.value2();
        int active = db.fetchCount(WORKERS, WORKERS.ACCOUNT_ID.eq(command.actor().value())
                .and(WORKERS.STATUS.in(JooqWorkerRepository.ACTIVE)));
        int room = Math.min(command.maxTasks(), limit - active);
        if (room <= 0) {
            return new AtLimit(limit, active);
        }
        List<TasksRecord> picked = db.selectFrom(TASKS)
                .where(candidates(command))
                .orderBy(TASKS.PRIORITY.desc(), TASKS.CREATED_AT, TASKS.ID)
                .limit(room)
                .forUpdate()
                .skipLocked()
                .fetch();
        if (picked.isEmpty()) {
            return new Handed(List.of());
        }
        List<Claimed> claimed = new ArrayList<>();
        InsertValuesStepN<WorkersRecord> workers = null;
        for (TasksRecord row : picked) {
            WorkerId workerId = new WorkerId(Ids.next());
            row.setStatus(TaskStatus.ASSIGNED.wire());
            row.setAttempts(row.getAttempts() + 1);
            row.setWorkerId(workerId.value());
            row.setUpdatedAt(now);
            Task task = WorkerRows.task(row);
            Worker worker = new Worker(workerId, command.actor(), task.id(), task.workspaceId(),
                    Worker.nameFor(account.value1(), workerId), BranchName.of(task.id(), task.spec().title()), now,
                    WorkerStatus.IDLE, 0, null, null, null, null, null, List.of(), null, null, null, leaseUntil, now);
            claimed.add(new Claimed(worker, task));
            WorkersRecord workerRow = WorkerRows.row(worker);
            workerRow.setRunner(command.runner());
            workers = workers == null ? db.insertInto(WORKERS, WORKERS.fields()).values(workerRow.intoArray())
                    : workers.values(workerRow.intoArray());
            db.update(TASKS)
                    .set(TASKS.STATUS, row.getStatus())
                    .set(TASKS.ATTEMPTS, row.getAttempts())
                    .set(TASKS.WORKER_ID, row.getWorkerId())
                    .set(TASKS.UPDATED_AT, now)
                    .where(TASKS.ID.eq(row.getId()))
                    .execute();
        }
        workers.execute();
        return new Handed(claimed);
    }

    private Condition candidates(ClaimTasksCommand command) {
        Condition condition = TASKS.STATUS.eq(TaskStatus.PENDING.wire())
                .and(TASKS.WORKSPACE_ID.in(db.select(WORKSPACE_MEMBERS.WORKSPACE_ID).from(WORKSPACE_MEMBERS)
                        .where(WORKSPACE_MEMBERS.ACCOUNT_ID.eq(command.actor().value()))))
                .and(DSL.condition("{0} <@ {1}", TASKS.REQUIRED_CAPABILITIES,
                        DSL.val(command.capabilities().toArray(String[]::new), TASKS.REQUIRED_CAPABILITIES)));
        if (command.workspace().isPresent()) {
            condition = condition.and(TASKS.WORKSPACE_ID.eq(command.workspace().get().value()));
        }
        return condition;
    }
}
