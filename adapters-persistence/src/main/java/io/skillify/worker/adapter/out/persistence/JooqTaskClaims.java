package io.skillify.worker.adapter.out.persistence;

import static skillify.jooq.Tables.ACCOUNT_DIRECTORY;
import static skillify.jooq.Tables.TASKS;
import static skillify.jooq.Tables.WORKERS;
import static skillify.jooq.Tables.WORKSPACE_ACTIVE_MEMBERS;

import io.skillify.shared.application.Ids;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.ClaimedTask;
import io.skillify.worker.application.port.out.TaskClaims;
import io.skillify.worker.domain.BranchName;
import io.skillify.worker.domain.ClaimAllowance;
import io.skillify.worker.domain.ClaimCandidates;
import io.skillify.worker.domain.ClaimOrder;
import io.skillify.worker.domain.ClaimPolicy;
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
import org.jooq.SortField;
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
 *
 * <p>What may be claimed, in what order and how many are the {@link ClaimPolicy}'s rules; this class states them in
 * SQL and nothing more. Accounts and memberships belong to other contexts: they are read (and the account row locked)
 * through the read models those contexts publish, the views {@code account_directory} (identity) and
 * {@code workspace_active_members} (workspace), never their tables.
 */
@Repository
class JooqTaskClaims implements TaskClaims {

    private final DSLContext db;

    JooqTaskClaims(DSLContext db) {
        this.db = db;
    }

    @Override
    public Outcome claim(ClaimPolicy policy, String runner, Instant now, Instant leaseUntil) {
        AccountId claimant = policy.candidates().claimant();
        List<TasksRecord> picked = db.selectFrom(TASKS)
                .where(candidates(policy.candidates()))
                .orderBy(order(policy.order()))
                .limit(policy.maxTasks())
                .forUpdate()
                .skipLocked()
                .fetch();
        String accountName = picked.isEmpty() ? "" : db.select(ACCOUNT_DIRECTORY.NAME).from(ACCOUNT_DIRECTORY)
                .where(ACCOUNT_DIRECTORY.ID.eq(claimant.value())).fetchSingle(ACCOUNT_DIRECTORY.NAME);
        List<ClaimedTask> claimed = assign(claimant, runner, picked, accountName, now, leaseUntil);

        var account = db.select(ACCOUNT_DIRECTORY.MAX_CONCURRENT_WORKERS, ACCOUNT_DIRECTORY.REVOKED_AT)
                .from(ACCOUNT_DIRECTORY)
                .where(ACCOUNT_DIRECTORY.ID.eq(claimant.value()))
                .forNoKeyUpdate()
                .fetchSingle();
        claimed = keepStillAllowed(policy, claimed, account.value2() == null);
        int active = db.fetchCount(WORKERS, WORKERS.ACCOUNT_ID.eq(claimant.value())
                .and(WORKERS.STATUS.in(JooqWorkerRepository.ACTIVE)));
        switch (policy.allowance(account.value1(), active - claimed.size())) {
            case ClaimAllowance.AtLimit atLimit -> {
                return new Refused(atLimit);
            }
            case ClaimAllowance.Room(int room) -> {
                if (claimed.size() > room) {
                    giveBack(claimed.subList(room, claimed.size()));
                    claimed = claimed.subList(0, room);
                }
                return new Handed(List.copyOf(claimed));
            }
        }
    }

    private List<ClaimedTask> assign(AccountId claimant, String runner, List<TasksRecord> picked, String accountName,
                                 Instant now, Instant leaseUntil) {
        List<ClaimedTask> claimed = new ArrayList<>();
        InsertValuesStepN<WorkersRecord> workers = null;
        for (TasksRecord row : picked) {
            WorkerId workerId = new WorkerId(Ids.next());
            row.setStatus(StatusColumns.column(TaskStatus.ASSIGNED));
            row.setAttempts(row.getAttempts() + 1);
            row.setWorkerId(workerId.value());
            row.setUpdatedAt(now);
            Task task = WorkerRows.task(row);
            Worker worker = new Worker(workerId, claimant, task.id(), task.workspaceId(),
                    Worker.nameFor(accountName, workerId), BranchName.of(task.id(), task.spec().title()), now,
                    WorkerStatus.IDLE, 0, null, null, null, null, null, List.of(), null, null, null, leaseUntil, now);
            claimed.add(new ClaimedTask(worker, task));
            WorkersRecord workerRow = WorkerRows.row(worker);
            workerRow.setRunner(runner);
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
        db.select(ACCOUNT_DIRECTORY.ID).from(ACCOUNT_DIRECTORY).where(ACCOUNT_DIRECTORY.ID.eq(account.value()))
                .forNoKeyUpdate().fetch();
    }

    /**
     * Read under the account lock, so after any membership removal or revocation that held it (see
     * {@link #holdClaimsOf}): claims in workspaces the account has left meanwhile, or all of them if it was revoked,
     * are handed back.
     */
    private List<ClaimedTask> keepStillAllowed(ClaimPolicy policy, List<ClaimedTask> claimed, boolean accountActive) {
        if (claimed.isEmpty()) {
            return claimed;
        }
        Set<WorkspaceId> memberOf = accountActive
                ? db.select(WORKSPACE_ACTIVE_MEMBERS.WORKSPACE_ID).from(WORKSPACE_ACTIVE_MEMBERS)
                        .where(WORKSPACE_ACTIVE_MEMBERS.ACCOUNT_ID.eq(policy.candidates().claimant().value()))
                        .and(WORKSPACE_ACTIVE_MEMBERS.WORKSPACE_ID.in(claimed.stream()
                                .map(one -> one.task().workspaceId().value()).distinct().toList()))
                        .fetchSet(row -> new WorkspaceId(row.value1()))
                : Set.of();
        Map<Boolean, List<ClaimedTask>> allowed = claimed.stream().collect(Collectors.partitioningBy(
                one -> policy.stillAllowed(one.task().workspaceId(), memberOf, accountActive)));
        if (!allowed.get(false).isEmpty()) {
            giveBack(allowed.get(false));
        }
        return allowed.get(true);
    }

    /** Takes back claims beyond the account's limit: their workers go, their tasks are pending again. */
    private void giveBack(List<ClaimedTask> excess) {
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

    /**
     * {@link ClaimCandidates#admits} in SQL. Membership is read from {@code workspace_active_members}, the read model
     * the workspace context publishes, inside the claim's statement so that the pick stays one atomic step.
     */
    private Condition candidates(ClaimCandidates candidates) {
        Condition condition = TASKS.STATUS.eq(StatusColumns.column(candidates.status()))
                .and(TASKS.WORKSPACE_ID.in(db.select(WORKSPACE_ACTIVE_MEMBERS.WORKSPACE_ID)
                        .from(WORKSPACE_ACTIVE_MEMBERS)
                        .where(WORKSPACE_ACTIVE_MEMBERS.ACCOUNT_ID.eq(candidates.claimant().value()))))
                .and(DSL.condition("{0} <@ {1}", TASKS.REQUIRED_CAPABILITIES,
                        DSL.val(candidates.capabilities().toArray(String[]::new), TASKS.REQUIRED_CAPABILITIES)));
        if (candidates.workspace().isPresent()) {
            condition = condition.and(TASKS.WORKSPACE_ID.eq(candidates.workspace().get().value()));
        }
        if (candidates.task().isPresent()) {
            condition = condition.and(TASKS.ID.eq(candidates.task().get().value()));
        }
        return condition;
    }

    private static List<SortField<?>> order(List<ClaimOrder> keys) {
        return keys.stream().<SortField<?>>map(key -> switch (key) {
            case PRIORITY_DESCENDING -> TASKS.PRIORITY.desc();
            case CREATED_AT_ASCENDING -> TASKS.CREATED_AT.asc();
            case ID_ASCENDING -> TASKS.ID.asc();
        }).toList();
    }
}
