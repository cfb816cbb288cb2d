package io.skillify.shared.application.port.out;

import io.skillify.shared.domain.DomainEvent;

/**
 * Hands domain events to whoever listens, inside the caller's transaction, so that an event is recorded exactly
 * when the change that caused it commits.
 */
public interface DomainEventPublisher {

    void publish(DomainEvent event);
}
