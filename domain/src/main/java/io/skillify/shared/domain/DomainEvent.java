package io.skillify.shared.domain;

/** Something that happened in the domain, raised by an aggregate and published by the application ring. */
public interface DomainEvent {
}
