package io.skillify.run.application;

import io.skillify.run.domain.Run;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.DomainEvent;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Saves a run together with the events it raised (its start, its end) in one transaction, so that an event is
 * recorded exactly when its change commits. A save that raises nothing (most step saves) stays the single
 * statement it is, outside any transaction (ADR 0010, ADR 0013).
 */
final class AnnouncedSaves {

    private final TransactionRunner transactions;
    private final DomainEventPublisher events;

    AnnouncedSaves(TransactionRunner transactions, DomainEventPublisher events) {
        this.transactions = transactions;
        this.events = events;
    }

    /** Runs {@code save}; when it writes (true), publishes the run's events in the same transaction. */
    boolean save(Run run, BooleanSupplier save) {
        List<DomainEvent> raised = run.takeEvents();
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
}
