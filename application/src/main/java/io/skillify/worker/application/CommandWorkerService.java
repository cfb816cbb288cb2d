package io.skillify.worker.application;

import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.workspace.application.port.in.CheckWorkspaceAccessQuery;
import io.skillify.workspace.domain.Role;
import io.skillify.worker.application.port.in.CommandWorkerUseCase;
import io.skillify.worker.application.port.out.InstructionQueue;
import io.skillify.worker.application.port.out.WorkerRepository;
import io.skillify.worker.domain.Instruction;
import io.skillify.worker.domain.Worker;
import io.skillify.worker.domain.WorkerCommand;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.event.WorkerCommanded;
import java.time.Clock;

@UseCase
class CommandWorkerService implements CommandWorkerUseCase {

    private final WorkerRepository workers;
    private final InstructionQueue instructions;
    private final WorkspaceGate gate;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final Clock clock;

    CommandWorkerService(WorkerRepository workers, InstructionQueue instructions, CheckWorkspaceAccessQuery access,
                         TransactionRunner transactions, DomainEventPublisher events, Clock clock) {
        this.workers = workers;
        this.instructions = instructions;
        this.gate = new WorkspaceGate(access);
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Instruction command(AccountId actor, WorkerId id, WorkerCommand action, String text) {
        Worker worker = workers.find(id).orElseThrow(() -> new NotFoundException("Worker"));
        if (!gate.isMember(actor, worker.workspaceId())) {
            throw new NotFoundException("Worker");
        }
        gate.require(actor, worker.workspaceId(), Role.ADMIN);
        worker.requireAlive();
        Instruction instruction = new Instruction(action, text, clock.instant());
        transactions.inTransaction(() -> {
            instructions.enqueue(id, instruction);
            events.publish(new WorkerCommanded(worker.workspaceId(), id, instruction));
        });
        return instruction;
    }
}
