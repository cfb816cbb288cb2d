package io.skillify.shared.application.fakes;

import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.domain.DomainEvent;
import java.util.ArrayList;
import java.util.List;

/** Keeps every published domain event, in order. */
public final class RecordedEvents implements DomainEventPublisher {

    private final List<DomainEvent> published = new ArrayList<>();

    @Override
    public void publish(DomainEvent event) {
        published.add(event);
    }

    public List<DomainEvent> all() {
        return List.copyOf(published);
    }

    public <E extends DomainEvent> List<E> of(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
