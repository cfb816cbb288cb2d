package io.skillify.run.application;

import io.skillify.automation.application.port.in.FindNodeTypeQuery;
import io.skillify.run.application.port.out.RunRepository;
import io.skillify.run.application.port.out.RunRepository.PendingLog;
import io.skillify.run.application.port.out.RunRepository.StoredRun;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.StepState;
import io.skillify.run.domain.event.RunStepsChanged;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Saves a run as cancelled. Its node types are told afterwards, outside the run's transaction: a worker finishing
 * the run's task at that moment holds the task and waits for the run, so holding the run while waiting for the
 * task would deadlock. The cancel publishes its step changes too: it runs in a transaction anyway, and an event nobody
 * listens for writes nothing.
 */
final class RunCancellation {

    private final RunRepository runs;
    private final DomainEventPublisher events;
    private final FindNodeTypeQuery nodeTypes;
    private final Clock clock;

    RunCancellation(RunRepository runs, DomainEventPublisher events, FindNodeTypeQuery nodeTypes, Clock clock) {
        this.runs = runs;
        this.events = events;
        this.nodeTypes = nodeTypes;
        this.clock = clock;
    }

    Cancelled cancel(Run run, String reason) {
        Instant now = clock.instant();
        run.cancel(now);
        List<StepState> changed = run.takeChangedSteps();
        List<PendingLog> history = new ArrayList<>();
        history.add(PendingLog.log(now, "warn", null, reason));
        history.addAll(RunHistory.changes(run, changed, now));
        runs.saveFinished(run, changed, history);
        List<DomainEvent> raised = run.takeEvents();
        if (!changed.isEmpty()) {
            events.publish(RunStepsChanged.of(run.workspaceId(), run.id(), changed, now));
        }
        raised.forEach(events::publish);
        return new Cancelled(run, changed, nodeTypes);
    }

    /** The stored run, when it belongs to {@code workspace}; a run of another workspace is not found. */
    static StoredRun inWorkspace(WorkspaceId workspace, Optional<StoredRun> stored) {
        return stored.filter(found -> found.workspaceId().equals(workspace))
                .orElseThrow(() -> new NotFoundException("Run"));
    }

    record Cancelled(Run run, List<StepState> changed, FindNodeTypeQuery nodeTypes) {
        void tellNodeTypes() {
            StepCancellations.notify(nodeTypes, run, changed);
        }
    }
}
