package io.skillify.worker.application.fakes;

import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.application.port.out.WorkerRepository;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.Worker;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Workers in memory; locks are no-ops (tests run in one thread). */
public final class InMemoryWorkerRepository implements WorkerRepository {

    private final Map<WorkerId, Worker> workers = new LinkedHashMap<>();
    private final Map<AccountId, Instant> renewedUntil = new HashMap<>();

    public void add(Worker worker) {
        workers.put(worker.id(), worker);
    }

    /** Until when the account's last heartbeat renewed its workers' leases, if it sent one. */
    public Optional<Instant> leasesRenewedUntil(AccountId account) {
        return Optional.ofNullable(renewedUntil.get(account));
    }

    @Override
    public Optional<Worker> find(WorkerId id) {
        return Optional.ofNullable(workers.get(id));
    }

    @Override
    public Optional<Worker> lock(WorkerId id) {
        return find(id);
    }

    @Override
    public Optional<Worker> lockActiveOf(TaskId task) {
        return workers.values().stream()
                .filter(worker -> worker.taskId().equals(task) && !worker.status().isTerminal())
                .findFirst();
    }

    @Override
    public void save(Worker worker) {
        workers.put(worker.id(), worker);
    }

    @Override
    public List<Worker> ofAccount(AccountId account, Set<WorkerStatus> statuses, int limit) {
        return workers.values().stream()
                .filter(worker -> worker.accountId().equals(account))
                .filter(worker -> statuses.isEmpty() || statuses.contains(worker.status()))
                .limit(limit).toList();
    }

    @Override
    public Page<Worker> ofWorkspace(WorkspaceId workspace, PageRequest page) {
        return new Page<>(workers.values().stream().filter(worker -> worker.workspaceId().equals(workspace))
                .toList(), null);
    }

    @Override
    public void renewLeases(AccountId account, Instant until) {
        renewedUntil.put(account, until);
    }

    @Override
    public List<Expired> expiredBefore(Instant now, int limit) {
        return List.of();
    }

    @Override
    public List<LiveWorker> liveOf(AccountId account, Optional<WorkspaceId> workspace) {
        return workers.values().stream()
                .filter(worker -> worker.accountId().equals(account) && !worker.status().isTerminal())
                .filter(worker -> workspace.map(worker.workspaceId()::equals).orElse(true))
                .map(worker -> new LiveWorker(worker.id(), worker.taskId()))
                .toList();
    }
}
