package io.skillify.worker.application;

import io.skillify.automation.domain.nodetype.StepWakeups;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.worker.application.port.in.ExpireLeasesUseCase;
import io.skillify.worker.application.port.in.WorkerSettings;
import io.skillify.worker.application.port.out.TaskRepository;
import io.skillify.worker.application.port.out.WorkerRepository;
import io.skillify.worker.application.port.out.WorkerRepository.Expired;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.Worker;
import java.time.Clock;
import java.time.Instant;

/**
 * Each expired worker is handled in its own transaction that locks its task, then the worker, and checks again
 * that the lease is still over: two instances reaping at once handle each worker once, and a report racing the
 * reaper either renews the lease first or finds the worker failed.
 */
@UseCase
class LeaseReaper implements ExpireLeasesUseCase {

    private static final int BATCH = 100;
    private static final String LEASE_EXPIRED = "lease expired";

    private final TaskRepository tasks;
    private final WorkerRepository workers;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final TaskOutcomes outcomes;
    private final WorkerSettings settings;
    private final Clock clock;

    LeaseReaper(TaskRepository tasks, WorkerRepository workers, TransactionRunner transactions,
                DomainEventPublisher events, StepWakeups wakeups, WorkerSettings settings, Clock clock) {
        this.tasks = tasks;
        this.workers = workers;
        this.transactions = transactions;
        this.events = events;
        this.outcomes = new TaskOutcomes(events, wakeups);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public int expireLeases() {
        int expired = 0;
        for (Expired candidate : workers.expiredBefore(clock.instant(), BATCH)) {
            if (transactions.inTransaction(() -> expire(candidate))) {
                expired++;
            }
        }
        return expired;
    }

    private boolean expire(Expired candidate) {
        Task task = tasks.lock(candidate.task()).orElse(null);
        Worker worker = workers.lock(candidate.worker()).orElse(null);
        Instant now = clock.instant();
        if (task == null || worker == null || worker.status().isTerminal() || worker.leaseUntil().isAfter(now)) {
            return false;
        }
        worker.expire(now).ifPresent(events::publish);
        workers.save(worker);
        if (worker.id().equals(task.workerId())) {
            task.release(settings.maxAttempts(), LEASE_EXPIRED, now).ifPresent(outcomes::finished);
            tasks.save(task);
        }
        return true;
    }
}
