package io.skillify.worker.application;

import io.skillify.automation.domain.nodetype.StepWakeups;
import io.skillify.shared.application.fakes.DirectTransactions;
import io.skillify.shared.application.fakes.RecordedEvents;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.worker.application.fakes.FakeWorkspaceAccess;
import io.skillify.worker.application.fakes.InMemoryInstructionQueue;
import io.skillify.worker.application.fakes.InMemoryRetiredWorkers;
import io.skillify.worker.application.fakes.InMemoryTaskRepository;
import io.skillify.worker.application.fakes.InMemoryWorkerRepository;
import io.skillify.worker.application.port.in.WorkerSettings;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.TaskSpec;
import io.skillify.worker.domain.TaskStatus;
import io.skillify.worker.domain.Worker;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;
import io.skillify.workspace.domain.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The worker context's use cases wired to in-memory fakes of their ports: no Spring, no database. */
final class WorkerUseCases {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(2);

    final FakeWorkspaceAccess access = new FakeWorkspaceAccess();
    final InMemoryTaskRepository tasks = new InMemoryTaskRepository(access);
    final InMemoryWorkerRepository workers = new InMemoryWorkerRepository();
    final InMemoryInstructionQueue instructions = new InMemoryInstructionQueue();
    final InMemoryRetiredWorkers retired = new InMemoryRetiredWorkers();
    final RecordedEvents events = new RecordedEvents();
    final DirectTransactions transactions = new DirectTransactions();
    final List<String> wokenSteps = new ArrayList<>();
    final StepWakeups wakeups = (run, node) -> wokenSteps.add(run + "/" + node);
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final WorkerSettings settings = new WorkerSettings(LEASE, 3, Duration.ofSeconds(30));
    final WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());

    final WorkerQueriesService queries = new WorkerQueriesService(tasks, workers);
    final UpdateWorkerService update = new UpdateWorkerService(tasks, workers, instructions, retired, transactions,
            events, wakeups, settings, clock);
    final HeartbeatService heartbeat = new HeartbeatService(tasks, workers, instructions, transactions, settings,
            clock);
    final CommandWorkerService command = new CommandWorkerService(workers, instructions, access, transactions,
            events, clock);
    final CreateTaskService createTask = new CreateTaskService(tasks, access, transactions, events, clock);
    final ListTasksService listTasks = new ListTasksService(tasks, access);
    final ChangeTaskService changeTask = new ChangeTaskService(tasks, workers, instructions, access, transactions,
            events, wakeups, clock);

    AccountId member(Role role) {
        AccountId account = new AccountId(UUID.randomUUID());
        access.grant(account, workspace, role);
        return account;
    }

    static TaskSpec spec(String title) {
        return new TaskSpec(title, "", 0, List.of(), JsonObject.EMPTY);
    }

    /** A task of the workspace claimed by {@code worker} of {@code claimant}: both stored, the worker idle. */
    Worker claimed(AccountId claimant) {
        TaskId taskId = new TaskId(UUID.randomUUID());
        WorkerId workerId = new WorkerId(UUID.randomUUID());
        tasks.insert(new Task(taskId, workspace, spec("fix it"), null, claimant, NOW.minusSeconds(60),
                TaskStatus.ASSIGNED, 1, workerId, null, null, NOW.minusSeconds(30)));
        Worker worker = new Worker(workerId, claimant, taskId, workspace, "worker-" + workerId, "fix-it",
                NOW.minusSeconds(30), WorkerStatus.IDLE, 0, null, null, null, null, null, List.of(), null, null, null,
                NOW.plus(LEASE), NOW.minusSeconds(30));
        workers.add(worker);
        return worker;
    }
}
