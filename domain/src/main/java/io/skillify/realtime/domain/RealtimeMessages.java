package io.skillify.realtime.domain;

import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.run.domain.event.RunStarted;
import io.skillify.run.domain.event.RunStepsChanged;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.worker.domain.WorkerStatus;
import io.skillify.worker.domain.event.TaskCancelled;
import io.skillify.worker.domain.event.TaskClaimed;
import io.skillify.worker.domain.event.TaskCompleted;
import io.skillify.worker.domain.event.TaskCreated;
import io.skillify.worker.domain.event.TaskFailed;
import io.skillify.worker.domain.event.TaskFinished;
import io.skillify.worker.domain.event.TaskReassigned;
import io.skillify.worker.domain.event.WorkerCommanded;
import io.skillify.worker.domain.event.WorkerEnded;
import io.skillify.worker.domain.event.WorkerProgressed;
import io.skillify.worker.domain.event.WorkerStarted;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The realtime messages (contract §6) a domain event becomes: which channels, which event name, which small
 * payload. Workspace-wide events go to the workspace's channel(s) and to the channel of the task, worker or run they
 * are about; {@code run:step} goes to the run's channel only and {@code worker:command} to the worker's only. A
 * cancelled task or run, and a task put back up for claims, have names of their own beyond the contract
 * ({@code task:cancelled}, {@code task:reassigned}, {@code run:cancelled}).
 */
public final class RealtimeMessages {

    /** Errors travel shortened: a payload stays far below Pusher's 10 KB. */
    static final int MAX_ERROR_LENGTH = 500;

    private final WorkspaceChannels workspaceChannels;

    public RealtimeMessages(WorkspaceChannels workspaceChannels) {
        this.workspaceChannels = workspaceChannels;
    }

    /** The messages of {@code event}; none for an event realtime does not announce. */
    public List<RealtimeMessage> of(DomainEvent event) {
        return switch (event) {
            case TaskCreated created -> workspaceAnd(created.workspaceId().value(), "task-" + created.taskId().value(),
                    "task:created", Payload.create()
                            .put("taskId", created.taskId().value())
                            .put("status", "pending")
                            .put("updatedAt", created.createdAt()));
            case TaskClaimed claimed -> workspaceAnd(claimed.workspaceId().value(), "task-" + claimed.taskId().value(),
                    "task:claimed", Payload.create()
                            .put("taskId", claimed.taskId().value())
                            .put("workerId", claimed.workerId().value())
                            .put("status", "assigned")
                            .put("updatedAt", claimed.claimedAt()));
            case TaskFinished finished -> taskFinished(finished);
            case TaskReassigned reassigned -> workspaceAnd(reassigned.workspaceId().value(),
                    "task-" + reassigned.taskId().value(), "task:reassigned", Payload.create()
                            .put("taskId", reassigned.taskId().value())
                            .put("previousWorkerId", reassigned.previousWorker().value())
                            .put("status", "pending")
                            .put("updatedAt", reassigned.reassignedAt()));
            case WorkerStarted started -> workerEvent(started.workspaceId().value(), started.workerId().value(),
                    started.taskId().value(), "worker:started", Payload.create()
                            .put("workerId", started.workerId().value())
                            .put("taskId", started.taskId().value())
                            .put("status", "running")
                            .put("updatedAt", started.startedAt()));
            case WorkerProgressed progressed -> workerEvent(progressed.workspaceId().value(),
                    progressed.workerId().value(), progressed.taskId().value(), "worker:progress", Payload.create()
                            .put("workerId", progressed.workerId().value())
                            .put("taskId", progressed.taskId().value())
                            .put("status", wire(progressed.status()))
                            .put("progress", progressed.progress())
                            .put("costUsd", progressed.costUsd())
                            .put("turns", progressed.turns())
                            .put("updatedAt", progressed.updatedAt()));
            case WorkerEnded ended -> workerEvent(ended.workspaceId().value(), ended.workerId().value(),
                    ended.taskId().value(),
                    ended.status() == WorkerStatus.COMPLETED ? "worker:completed" : "worker:failed", Payload.create()
                            .put("workerId", ended.workerId().value())
                            .put("taskId", ended.taskId().value())
                            .put("status", wire(ended.status()))
                            .put("error", shortened(ended.error()))
                            .put("costUsd", ended.costUsd())
                            .put("turns", ended.turns())
                            .put("updatedAt", ended.endedAt()));
            case WorkerCommanded commanded -> List.of(new RealtimeMessage("worker-" + commanded.workerId().value(),
                    "worker:command", Payload.create()
                            .put("workerId", commanded.workerId().value())
                            .put("action", wire(commanded.instruction().action()))
                            .put("text", shortened(commanded.instruction().text()))
                            .put("timestamp", commanded.instruction().timestamp())
                            .put("updatedAt", commanded.instruction().timestamp())
                            .map()));
            case RunStarted started -> workspaceAnd(started.workspaceId().value(), "run-" + started.runId().value(),
                    "run:started", Payload.create()
                            .put("runId", started.runId().value())
                            .put("automationId", started.automationId().value())
                            .put("status", "running")
                            .put("updatedAt", started.startedAt()));
            case RunStepsChanged steps -> steps.changes().stream()
                    .map(change -> new RealtimeMessage("run-" + steps.runId().value(), "run:step", Payload.create()
                            .put("runId", steps.runId().value())
                            .put("nodeId", change.nodeId())
                            .put("type", change.type())
                            .put("status", wire(change.status()))
                            .put("attempt", change.attempt())
                            .put("updatedAt", change.at())
                            .map()))
                    .toList();
            case RunFinished finished -> workspaceAnd(finished.workspaceId().value(), "run-" + finished.runId().value(),
                    runEnd(finished.status()), Payload.create()
                            .put("runId", finished.runId().value())
                            .put("automationId", finished.automationId().value())
                            .put("status", wire(finished.status()))
                            .put("error", shortened(finished.error()))
                            .put("durationMs", finished.durationMs())
                            .put("updatedAt", finished.finishedAt()));
            default -> List.of();
        };
    }

    private List<RealtimeMessage> taskFinished(TaskFinished finished) {
        Payload payload = Payload.create().put("taskId", finished.taskId().value());
        String name = switch (finished) {
            case TaskCompleted completed -> {
                payload.put("status", "completed");
                yield "task:completed";
            }
            case TaskFailed failed -> {
                payload.put("status", "failed").put("error", shortened(failed.error()));
                yield "task:failed";
            }
            case TaskCancelled cancelled -> {
                payload.put("status", "cancelled");
                yield "task:cancelled";
            }
        };
        finished.origin().ifPresent(origin -> payload.put("runId", origin.runId()).put("nodeId", origin.nodeId()));
        payload.put("updatedAt", finished.finishedAt());
        return workspaceAnd(finished.workspaceId().value(), "task-" + finished.taskId().value(), name, payload);
    }

    private List<RealtimeMessage> workerEvent(UUID workspace, UUID worker, UUID task, String name, Payload payload) {
        List<String> channels = new ArrayList<>(workspaceChannels.of(workspace));
        channels.add("worker-" + worker);
        channels.add("task-" + task);
        return messages(channels, name, payload);
    }

    private List<RealtimeMessage> workspaceAnd(UUID workspace, String channel, String name, Payload payload) {
        List<String> channels = new ArrayList<>(workspaceChannels.of(workspace));
        channels.add(channel);
        return messages(channels, name, payload);
    }

    private static List<RealtimeMessage> messages(List<String> channels, String name, Payload payload) {
        return channels.stream().map(channel -> new RealtimeMessage(channel, name, payload.map())).toList();
    }

    private static String runEnd(RunStatus status) {
        return switch (status) {
            case SUCCEEDED -> "run:completed";
            case CANCELLED -> "run:cancelled";
            default -> "run:failed";
        };
    }

    private static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String shortened(String text) {
        if (text == null || text.length() <= MAX_ERROR_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_ERROR_LENGTH - 2)) ? MAX_ERROR_LENGTH - 2
                : MAX_ERROR_LENGTH - 1;
        return text.substring(0, end) + "…";
    }
}
