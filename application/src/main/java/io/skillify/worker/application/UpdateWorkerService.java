package io.skillify.worker.application;

import io.skillify.automation.domain.nodetype.StepWakeups;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.worker.application.port.in.UpdateWorkerUseCase;
import io.skillify.worker.application.port.in.WorkerSettings;
import io.skillify.worker.application.port.out.InstructionQueue;
import io.skillify.worker.application.port.out.RetiredWorkers;
import io.skillify.worker.application.port.out.TaskRepository;
import io.skillify.worker.application.port.out.WorkerRepository;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.Worker;
import io.skillify.worker.domain.WorkerEndedException;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;
import io.skillify.worker.domain.WorkerUpdate;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

@UseCase
class UpdateWorkerService implements UpdateWorkerUseCase {

    private final TaskRepository tasks;
    private final WorkerRepository workers;
    private final InstructionQueue instructions;
    private final RetiredWorkers retired;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final TaskOutcomes outcomes;
    private final WorkerSettings settings;
    private final Clock clock;

    UpdateWorkerService(TaskRepository tasks, WorkerRepository workers, InstructionQueue instructions,
                        RetiredWorkers retired, TransactionRunner transactions, DomainEventPublisher events,
                        StepWakeups wakeups, WorkerSettings settings, Clock clock) {
        this.tasks = tasks;
        this.workers = workers;
        this.instructions = instructions;
        this.retired = retired;
        this.transactions = transactions;
        this.events = events;
        this.outcomes = new TaskOutcomes(events, wakeups);
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * An ended worker is refused first (409, {@code abort}), before ownership and before the report is even read,
     * so that a worker presumed dead always learns to stop.
     */
    @Override
    public Reported update(AccountId actor, WorkerId id, Supplier<WorkerUpdate> report) {
        return transactions.inTransaction(() -> {
            Task task = tasks.lockOfWorker(id).orElseThrow(() -> retiredOrUnknown(id));
            Worker worker = workers.lock(id).orElseThrow(() -> retiredOrUnknown(id));
            worker.requireAlive();
            worker.requireOwner(actor);
            Instant now = clock.instant();
            Worker.TaskEffect effect = worker.update(report.get(), now.plus(settings.lease()), now);
            switch (effect) {
                case STARTED -> {
                    task.start(now);
                    events.publish(worker.started());
                }
                case COMPLETED -> task.complete(worker.output(), now).ifPresent(outcomes::finished);
                case FAILED -> task.fail(worker.error(), worker.output(), now).ifPresent(outcomes::finished);
                case NONE -> {
                }
            }
            workers.save(worker);
            if (effect != Worker.TaskEffect.NONE) {
                tasks.save(task);
            }
            worker.ended().ifPresentOrElse(events::publish, () -> events.publish(worker.progressed()));
            return new Reported(worker, instructions.take(id));
        });
    }

    /** A worker whose workspace was deleted is told to stop, as an ended one is; any other unknown id is 404. */
    private RuntimeException retiredOrUnknown(WorkerId id) {
        return retired.reasonFor(id)
                .<RuntimeException>map(reason -> new WorkerEndedException(WorkerStatus.FAILED, reason))
                .orElseGet(() -> new NotFoundException("Worker"));
    }
}
