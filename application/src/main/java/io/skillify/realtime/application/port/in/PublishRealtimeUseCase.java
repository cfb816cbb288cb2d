package io.skillify.realtime.application.port.in;

import io.skillify.shared.domain.DomainEvent;

/**
 * Announces a committed domain event to realtime subscribers (contract §6). Returns once they were handed over;
 * throws when the realtime service did not take them, so that the event's publication is delivered again later.
 */
public interface PublishRealtimeUseCase {

    void publishFor(DomainEvent event);
}
