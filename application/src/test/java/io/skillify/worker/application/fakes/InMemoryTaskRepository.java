package io.skillify.worker.application.fakes;

import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.application.port.out.TaskRepository;
import io.skillify.worker.domain.FlowStepOrigin;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.TaskStatus;
import io.skillify.worker.domain.WorkerId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tasks in memory; locks are no-ops (tests run in one thread). Visibility follows {@link FakeWorkspaceAccess}. */
public final class InMemoryTaskRepository implements TaskRepository {

    private final Map<TaskId, Task> tasks = new LinkedHashMap<>();
    private final FakeWorkspaceAccess access;

    public InMemoryTaskRepository(FakeWorkspaceAccess access) {
        this.access = access;
    }

    public List<Task> all() {
        return List.copyOf(tasks.values());
    }

    @Override
    public void insert(Task task) {
        tasks.put(task.id(), task);
    }

    @Override
    public Task insertForStep(Task task) {
        return findByOrigin(task.origin().orElseThrow()).orElseGet(() -> {
            insert(task);
            return task;
        });
    }

    @Override
    public Optional<Task> find(TaskId id) {
        return Optional.ofNullable(tasks.get(id));
    }

    @Override
    public Optional<Task> lock(TaskId id) {
        return find(id);
    }

    @Override
    public Optional<Task> lockOfWorker(WorkerId worker) {
        return tasks.values().stream().filter(task -> worker.equals(task.workerId())).findFirst();
    }

    @Override
    public Optional<Task> findByOrigin(FlowStepOrigin origin) {
        return tasks.values().stream().filter(task -> task.origin().map(origin::equals).orElse(false)).findFirst();
    }

    @Override
    public void save(Task task) {
        tasks.put(task.id(), task);
    }

    @Override
    public Page<Task> visibleTo(AccountId account, Optional<WorkspaceId> workspace, Optional<TaskStatus> status,
                                PageRequest page) {
        return new Page<>(tasks.values().stream()
                .filter(task -> access.isMember(account, task.workspaceId()))
                .filter(task -> workspace.map(task.workspaceId()::equals).orElse(true))
                .filter(task -> status.map(task.status()::equals).orElse(true))
                .toList(), null);
    }

    @Override
    public List<Task> slice(Set<WorkspaceId> workspaces, Set<TaskStatus> statuses, int limit, int offset) {
        return tasks.values().stream()
                .filter(task -> workspaces.contains(task.workspaceId()))
                .filter(task -> statuses.isEmpty() || statuses.contains(task.status()))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public long count(Set<WorkspaceId> workspaces, Set<TaskStatus> statuses) {
        return slice(workspaces, statuses, Integer.MAX_VALUE, 0).size();
    }

    @Override
    public long pendingFor(AccountId account) {
        return tasks.values().stream()
                .filter(task -> task.status() == TaskStatus.PENDING && access.isMember(account, task.workspaceId()))
                .count();
    }
}
