package io.skillify.shared.adapter.out.persistence;

import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.domain.DomainEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes domain events as Spring application events inside the current transaction; Spring Modulith's JDBC
 * event publication registry records them for transactional listeners, so none is lost (our outbox).
 */
@Component
class SpringDomainEventPublisher implements DomainEventPublisher {

    private final ApplicationEventPublisher publisher;

    SpringDomainEventPublisher(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(DomainEvent event) {
        publisher.publishEvent(event);
    }
}
