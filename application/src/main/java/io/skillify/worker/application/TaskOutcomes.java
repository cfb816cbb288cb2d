package io.skillify.worker.application;

import io.skillify.automation.domain.nodetype.StepWakeups;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.worker.domain.event.TaskFinished;

/** Publishes that a task ended and, when a flow step waits for it, wakes that step in the same transaction. */
final class TaskOutcomes {

    private final DomainEventPublisher events;
    private final StepWakeups wakeups;

    TaskOutcomes(DomainEventPublisher events, StepWakeups wakeups) {
        this.events = events;
        this.wakeups = wakeups;
    }

    void finished(TaskFinished finished) {
        events.publish(finished);
        finished.origin().ifPresent(origin -> wakeups.wake(origin.runId().toString(), origin.nodeId()));
    }
}
