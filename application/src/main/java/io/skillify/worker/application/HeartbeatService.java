package io.skillify.worker.application;

import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.worker.application.port.in.HeartbeatUseCase;
import io.skillify.worker.application.port.in.WorkerSettings;
import io.skillify.worker.application.port.out.InstructionQueue;
import io.skillify.worker.application.port.out.TaskRepository;
import io.skillify.worker.application.port.out.WorkerRepository;
import java.time.Clock;

@UseCase
class HeartbeatService implements HeartbeatUseCase {

    private final TaskRepository tasks;
    private final WorkerRepository workers;
    private final InstructionQueue instructions;
    private final TransactionRunner transactions;
    private final WorkerSettings settings;
    private final Clock clock;

    HeartbeatService(TaskRepository tasks, WorkerRepository workers, InstructionQueue instructions,
                     TransactionRunner transactions, WorkerSettings settings, Clock clock) {
        this.tasks = tasks;
        this.workers = workers;
        this.instructions = instructions;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Beat heartbeat(AccountId actor) {
        return transactions.inTransaction(() -> {
            workers.renewLeases(actor, clock.instant().plus(settings.lease()));
            return new Beat(tasks.pendingFor(actor), instructions.takeForAccount(actor));
        });
    }
}
