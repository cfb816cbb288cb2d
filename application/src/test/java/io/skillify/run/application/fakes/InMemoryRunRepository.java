package io.skillify.run.application.fakes;

import io.skillify.automation.domain.AutomationId;
import io.skillify.run.application.port.out.RunQueries;
import io.skillify.run.application.port.out.RunRepository;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepState;
import io.skillify.run.domain.StepStatus;
import io.skillify.run.domain.view.LogLine;
import io.skillify.run.domain.view.RunEvent;
import io.skillify.run.domain.view.RunView;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The runs table in memory, seen through both run ports: what the use cases store and what they read back. The
 * engine's lease operations are not modelled (the engine has its own tests).
 */
public final class InMemoryRunRepository implements RunRepository, RunQueries {

    private final Map<RunId, StoredRun> runs = new LinkedHashMap<>();
    private final Map<RunId, String> triggers = new LinkedHashMap<>();
    private final Map<RunId, AccountId> creators = new LinkedHashMap<>();
    private final Map<RunId, List<PendingLog>> history = new LinkedHashMap<>();
    private final Set<String> claimedTicks = new HashSet<>();

    /** Puts a run in the table as if an earlier use case had stored it. */
    public void add(StoredRun run) {
        runs.put(run.id(), run);
        triggers.put(run.id(), "manual");
    }

    public Optional<StoredRun> stored(RunId id) {
        return Optional.ofNullable(runs.get(id));
    }

    public List<StoredRun> all() {
        return List.copyOf(runs.values());
    }

    public String triggerOf(RunId id) {
        return triggers.get(id);
    }

    public AccountId creatorOf(RunId id) {
        return creators.get(id);
    }

    public List<PendingLog> historyOf(RunId id) {
        return history.getOrDefault(id, List.of());
    }

    /** Records a tick as taken by another instance. */
    public void tickTakenElsewhere(WorkspaceId workspace, AutomationId automation, Instant tick) {
        claimedTicks.add(tickKey(workspace, automation, tick));
    }

    @Override
    public void insert(Run run, String trigger, AccountId createdBy, String leaseOwner, Instant leaseUntil) {
        runs.put(run.id(), stored(run));
        triggers.put(run.id(), trigger);
        creators.put(run.id(), createdBy);
    }

    @Override
    public Optional<StoredRun> load(RunId id) {
        return stored(id);
    }

    @Override
    public Optional<StoredRun> loadForUpdate(RunId id) {
        return stored(id);
    }

    @Override
    public List<RunId> unfinished(WorkspaceId workspace, AutomationId automation) {
        return runs.values().stream()
                .filter(run -> run.workspaceId().equals(workspace) && run.automationId().equals(automation))
                .filter(run -> !run.status().isTerminal())
                .map(StoredRun::id)
                .toList();
    }

    @Override
    public void saveFinished(Run run, List<StepState> changedSteps, List<PendingLog> logs) {
        runs.put(run.id(), stored(run));
        history.computeIfAbsent(run.id(), id -> new ArrayList<>()).addAll(logs);
    }

    @Override
    public boolean claimTick(WorkspaceId workspace, AutomationId automation, Instant tick, RunId run) {
        return claimedTicks.add(tickKey(workspace, automation, tick));
    }

    @Override
    public void wake(RunId id, String nodeId, Instant now) {
        throw engineOnly();
    }

    @Override
    public boolean saveAndRelease(Run run, List<StepState> changedSteps, List<PendingLog> logs, String owner,
                                  Instant nextDue) {
        throw engineOnly();
    }

    @Override
    public boolean saveProgress(Run run, List<StepState> changedSteps, List<PendingLog> logs, String owner) {
        throw engineOnly();
    }

    @Override
    public List<RunId> claimDue(String owner, Instant now, Duration lease, int limit) {
        return List.of();
    }

    @Override
    public boolean renewLease(RunId id, String owner, Instant until) {
        throw engineOnly();
    }

    @Override
    public void release(RunId id, String owner, Instant nextDue) {
        throw engineOnly();
    }

    @Override
    public Optional<RunView> run(WorkspaceId workspace, RunId id) {
        return stored(id).filter(run -> run.workspaceId().equals(workspace)).map(this::view);
    }

    @Override
    public boolean exists(WorkspaceId workspace, RunId id) {
        return run(workspace, id).isPresent();
    }

    @Override
    public Page<RunView> runs(WorkspaceId workspace, AutomationId automation, RunStatus status, Instant from,
                              Instant to, PageRequest page) {
        return new Page<>(runs.values().stream()
                .filter(run -> run.workspaceId().equals(workspace) && run.automationId().equals(automation))
                .filter(run -> status == null || run.status() == status)
                .map(this::view)
                .toList(), null);
    }

    @Override
    public List<LogLine> logs(WorkspaceId workspace, RunId run, long afterSeq, int limit) {
        return List.of();
    }

    @Override
    public List<RunEvent> events(WorkspaceId workspace, RunId run, long afterSeq, int limit) {
        return List.of();
    }

    @Override
    public Optional<RunEvent> end(WorkspaceId workspace, RunId run) {
        return Optional.empty();
    }

    private RunView view(StoredRun run) {
        return new RunView(run.id(), run.workspaceId(), run.automationId(), run.version(), run.status(),
                triggers.get(run.id()), run.input(), run.retryOf(), run.error(), run.createdAt(), run.startedAt(),
                run.finishedAt(), run.steps().stream().filter(step -> step.status() != StepStatus.PENDING).toList());
    }

    private static StoredRun stored(Run run) {
        return new StoredRun(run.id(), run.workspaceId(), run.automationId(), run.version(), run.input(),
                run.retryOf(), run.status(), run.error(), run.createdAt(), run.startedAt(), run.finishedAt(),
                List.copyOf(run.steps()));
    }

    private static String tickKey(WorkspaceId workspace, AutomationId automation, Instant tick) {
        return workspace + "/" + automation + "/" + tick;
    }

    private static UnsupportedOperationException engineOnly() {
        return new UnsupportedOperationException("the engine's lease operations are not part of this fake");
    }

    /** The input a stored run carries, for tests that compare it. */
    public JsonValue inputOf(RunId id) {
        return runs.get(id).input();
    }
}
