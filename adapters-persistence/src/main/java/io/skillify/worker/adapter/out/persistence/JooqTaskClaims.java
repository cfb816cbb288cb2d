package io.skillify.worker.adapter.out.persistence;

import static skillify.jooq.Tables.ACCOUNTS;
import static skillify.jooq.Tables.TASKS;
import static skillify.jooq.Tables.WORKERS;
import static skillify.jooq.Tables.WORKSPACE_MEMBERS;

import io.skillify.shared.application.Ids;
import io.skillify.shared.domain.AccountId;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStepN;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import skillify.jooq.tables.records.TasksRecord;
import skillify.jooq.tables.records.WorkersRecord;

/**
 * The claim, in the caller's transaction. Pending tasks are picked and locked with {@code SKIP LOCKED} (concurrent
 * claims pass each other and never share a task), assigned, and given their workers; only then is the account row
 * locked and its active workers counted, our new ones included. Claims of one account thus run their short end one
 * after the other on every instance, so the count cannot be outrun, while the account lock is held for two
 * statements and the commit only. Workers beyond the limit are taken back before the commit. The lock is
 * {@code FOR NO KEY UPDATE}: the new workers' foreign keys hold {@code KEY SHARE} locks on the same row, which a
 * {@code FOR UPDATE} would wait for (a deadlock between two claims).
 */
@Repository
class JooqTaskClaims implements TaskClaims {

    private final DSLContext db;

    JooqTaskClaims(DSLContext db) {
        this.db = db;
    }

    @Override
    public Outcome claim(ClaimTasksCommand command, Instant now, Instant leaseUntil) {
        List<TasksRecord> picked = db.selectFrom(TASKS)
                .where(candidates(command))
                .orderBy(TASKS.PRIORITY.desc(), TASKS.CREATED_AT, TASKS.ID)
                .limit(command.maxTasks())
                .forUpdate()
                .skipLocked()
                .fetch();
        String accountName = picked.isEmpty() ? "" : db.select(ACCOUNTS.NAME).from(ACCOUNTS)
                .where(ACCOUNTS.ID.eq(command.actor().value())).fetchSingle(ACCOUNTS.NAME);
        List<Claimed> claimed = assign(command, picked, accountName, now, leaseUntil);

        var account = db.select(ACCOUNTS.MAX_CONCURRENT_WORKERS, ACCOUNTS.REVOKED_AT).from(ACCOUNTS)
                .where(ACCOUNTS.ID.eq(command.actor().value()))
                .forNoKeyUpdate()
                .fetchSingle();
        claimed = keepStillAllowed(command, claimed, account.value2() == null);
        int limit = account.value1();
        int active = db.fetchCount(WORKERS, WORKERS.ACCOUNT_ID.eq(command.actor().value())
                .and(WORKERS.STATUS.in(JooqWorkerRepository.ACTIVE)));
        int before = active - claimed.size();
        int room = Math.max(0, limit - before);
        if (room == 0 && before >= limit) {
            return new AtLimit(limit, before);
        }
        if (claimed.size() > room) {
            giveBack(claimed.subList(room, claimed.size()));
            claimed = claimed.subList(0, room);
        }
        return new Handed(List.copyOf(claimed));
    }

    private List<Claimed> assign(ClaimTasksCommand command, List<TasksRecord> picked, String accountName, Instant now,
                                 Instant leaseUntil) {
        List<Claimed> claimed = new ArrayList<>();
        InsertValuesStepN<WorkersRecord> workers = null;
        for (TasksRecord row : picked) {
            WorkerId workerId = new WorkerId(Ids.next());
            row.setStatus(StatusColumns.column(TaskStatus.ASSIGNED));
            row.setAttempts(row.getAttempts() + 1);
            row.setWorkerId(workerId.value());
            row.setUpdatedAt(now);
            Task task = WorkerRows.task(row);
            Worker worker = new Worker(workerId, command.actor(), task.id(), task.workspaceId(),
                    Worker.nameFor(accountName, workerId), BranchName.of(task.id(), task.spec().title()), now,
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
        if (workers != null) {
            workers.execute();
        }
        return claimed;
    }

    @Override
    public void holdClaimsOf(AccountId account) {
        db.select(ACCOUNTS.ID).from(ACCOUNTS).where(ACCOUNTS.ID.eq(account.value())).forNoKeyUpdate().fetch();
    }

    /**
     * Read under the account lock, so after any membership removal or revocation that held it (see
     * {@link #holdClaimsOf}): claims in workspaces the account has left meanwhile, or all of them if it was revoked,
     * are handed back.
     */
    private List<Claimed> keepStillAllowed(ClaimTasksCommand command, List<Claimed> claimed, boolean accountActive) {
        if (claimed.isEmpty()) {
            return claimed;
        }
        Set<UUID> memberOf = accountActive
                ? db.select(WORKSPACE_MEMBERS.WORKSPACE_ID).from(WORKSPACE_MEMBERS)
                        .where(WORKSPACE_MEMBERS.ACCOUNT_ID.eq(command.actor().value()))
                        .and(WORKSPACE_MEMBERS.STATUS.eq(DSL.inline("active")))
                        .and(WORKSPACE_MEMBERS.WORKSPACE_ID.in(claimed.stream()
                                .map(one -> one.task().workspaceId().value()).distinct().toList()))
                        .fetchSet(WORKSPACE_MEMBERS.WORKSPACE_ID)
                : Set.of();
        Map<Boolean, List<Claimed>> allowed = claimed.stream().collect(Collectors.partitioningBy(
                one -> memberOf.contains(one.task().workspaceId().value())));
        if (!allowed.get(false).isEmpty()) {
            giveBack(allowed.get(false));
        }
        return allowed.get(true);
    }

    /** Takes back claims beyond the account's limit: their workers go, their tasks are pending again. */
    private void giveBack(List<Claimed> excess) {
        List<UUID> workers = excess.stream().map(one -> one.worker().id().value()).toList();
        List<UUID> tasks = excess.stream().map(one -> one.task().id().value()).toList();
        db.deleteFrom(WORKERS).where(WORKERS.ID.in(workers)).execute();
        db.update(TASKS)
                .set(TASKS.STATUS, StatusColumns.column(TaskStatus.PENDING))
                .set(TASKS.ATTEMPTS, TASKS.ATTEMPTS.minus(1))
                .set(TASKS.WORKER_ID, (UUID) null)
                .where(TASKS.ID.in(tasks))
                .execute();
    }

    private Condition candidates(ClaimTasksCommand command) {
        Condition condition = TASKS.STATUS.eq(StatusColumns.column(TaskStatus.PENDING))
                .and(TASKS.WORKSPACE_ID.in(db.select(WORKSPACE_MEMBERS.WORKSPACE_ID).from(WORKSPACE_MEMBERS)
                        .where(WORKSPACE_MEMBERS.ACCOUNT_ID.eq(command.actor().value()))
                        .and(WORKSPACE_MEMBERS.STATUS.eq(DSL.inline("active")))))
                .and(DSL.condition("{0} <@ {1}", TASKS.REQUIRED_CAPABILITIES,
                        DSL.val(command.capabilities().toArray(String[]::new), TASKS.REQUIRED_CAPABILITIES)));
        if (command.workspace().isPresent()) {
            condition = condition.and(TASKS.WORKSPACE_ID.eq(command.workspace().get().value()));
        }
        return condition;
    }
}
