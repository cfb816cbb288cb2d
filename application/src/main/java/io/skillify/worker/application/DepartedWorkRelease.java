package io.skillify.worker.application;

import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.application.port.in.ReleaseDepartedWorkUseCase;
import io.skillify.worker.application.port.out.TaskClaims;
import io.skillify.worker.application.port.out.TaskRepository;
import io.skillify.worker.application.port.out.WorkerRepository;
import io.skillify.worker.application.port.out.WorkerRepository.LiveWorker;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.Worker;
import io.skillify.worker.domain.event.WorkerEnded;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The account's claims are held first: a claim already past its pick is waited for (its workers are then seen and
 * stopped here), and a later one finds the membership or account gone and hands its tasks back. Each worker is then
 * stopped as the lease reaper does it, task locked before worker.
 */
@UseCase
class DepartedWorkRelease implements ReleaseDepartedWorkUseCase {

    private final TaskRepository tasks;
    private final WorkerRepository workers;
    private final TaskClaims claims;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final Clock clock;

    DepartedWorkRelease(TaskRepository tasks, WorkerRepository workers, TaskClaims claims,
                        TransactionRunner transactions, DomainEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.workers = workers;
        this.claims = claims;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public int memberLeft(WorkspaceId workspace, AccountId account) {
        return release(account, Optional.of(workspace), MEMBERSHIP_REMOVED);
    }

    @Override
    public int accountRevoked(AccountId account) {
        return release(account, Optional.empty(), ACCOUNT_REVOKED);
    }

    private int release(AccountId account, Optional<WorkspaceId> workspace, String reason) {
        return transactions.inTransaction(() -> {
            claims.holdClaimsOf(account);
            Instant now = clock.instant();
            int stopped = 0;
            for (LiveWorker live : workers.liveOf(account, workspace)) {
                if (stop(live, reason, now)) {
                    stopped++;
                }
            }
            return stopped;
        });
    }

    private boolean stop(LiveWorker live, String reason, Instant now) {
        Task task = tasks.lock(live.task()).orElse(null);
        Worker worker = workers.lock(live.worker()).orElse(null);
        if (task == null || worker == null) {
            return false;
        }
        Optional<WorkerEnded> ended = worker.stop(reason, now);
        if (ended.isEmpty()) {
            return false;
        }
        workers.save(worker);
        events.publish(ended.get());
        task.returnFromDeparted(worker.id(), now).ifPresent(returned -> {
            tasks.save(task);
            events.publish(returned);
        });
        return true;
    }
}
