package io.skillify.worker.application;

import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.worker.application.port.out.InstructionQueue;
import io.skillify.worker.application.port.out.TaskRepository;
import io.skillify.worker.application.port.out.WorkerRepository;
import io.skillify.worker.domain.Instruction;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskStatus;
import io.skillify.worker.domain.WorkerCommand;
import io.skillify.worker.domain.event.TaskCancelled;
import io.skillify.worker.domain.event.WorkerCommanded;
import java.time.Instant;

/**
 * Cancels a locked task: it ends {@code cancelled} and its live worker, if any, is told to abort (queued for its
 * next report, and published for realtime delivery). The worker's later reports end it without touching the task.
 */
final class TaskCancellation {

    private final TaskRepository tasks;
    private final WorkerRepository workers;
    private final InstructionQueue instructions;
    private final DomainEventPublisher events;

    TaskCancellation(TaskRepository tasks, WorkerRepository workers, InstructionQueue instructions,
                     DomainEventPublisher events) {
        this.tasks = tasks;
        this.workers = workers;
        this.instructions = instructions;
        this.events = events;
    }

    TaskCancelled cancel(Task task, String why, Instant now) {
        boolean hadWorker = task.status() == TaskStatus.ASSIGNED || task.status() == TaskStatus.IN_PROGRESS;
        TaskCancelled cancelled = task.cancel(now);
        tasks.save(task);
        if (hadWorker) {
            workers.lockActiveOf(task.id()).ifPresent(worker -> {
                Instruction abort = new Instruction(WorkerCommand.ABORT, why, now);
                instructions.enqueue(worker.id(), abort);
                events.publish(new WorkerCommanded(worker.workspaceId(), worker.id(), abort));
            });
        }
        events.publish(cancelled);
        return cancelled;
    }
}
