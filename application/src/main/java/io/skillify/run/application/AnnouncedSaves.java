package io.skillify.run.application;

import io.skillify.run.domain.Run;
import io.skillify.run.domain.StepState;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.run.domain.event.RunStepsChanged;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Saves a run together with the events it raised (its start, its end) in one transaction, so that an event is
 * recorded exactly when its change commits. A save that raises nothing (most step saves) stays the single
 * statement it is, outside any transaction (ADR 0010, ADR 0013). When step changes are announced (someone listens
 * for {@link RunStepsChanged}: realtime with Pusher configured, ADR 0016), every save that changes a step raises one.
 */
final class AnnouncedSaves {

    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final boolean announceSteps;

    AnnouncedSaves(TransactionRunner transactions, DomainEventPublisher events, boolean announceSteps) {
        this.transactions = transactions;
        this.events = events;
        this.announceSteps = announceSteps;
    }

    /**
     * Runs {@code save} of the run and its {@code changed} steps; when it writes (true), publishes the run's events
     * in the same transaction.
     */
    boolean save(Run run, List<StepState> changed, Instant now, BooleanSupplier save) {
        List<DomainEvent> raised = raised(run, changed, now);
        if (raised.isEmpty()) {
            return save.getAsBoolean();
        }
        return transactions.inTransaction(() -> {
            boolean saved = save.getAsBoolean();
            if (saved) {
                raised.forEach(events::publish);
            }
            return saved;
        });
    }

    /** The run's own events, with its step changes (when announced) before its end. */
    private List<DomainEvent> raised(Run run, List<StepState> changed, Instant now) {
        List<DomainEvent> raised = run.takeEvents();
        if (!announceSteps || changed.isEmpty()) {
            return raised;
        }
        List<DomainEvent> all = new ArrayList<>(raised);
        int end = 0;
        while (end < all.size() && !(all.get(end) instanceof RunFinished)) {
            end++;
        }
        all.add(end, RunStepsChanged.of(run.workspaceId(), run.id(), changed, now));
        return all;
    }
}
