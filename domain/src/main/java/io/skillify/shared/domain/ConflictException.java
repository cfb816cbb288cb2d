package io.skillify.shared.domain;

import java.util.Map;

/** The request clashes with the current state (a duplicate, a stale version, the last owner). */
public class ConflictException extends DomainException {

    private final Map<String, Object> extras;

    public ConflictException(String message) {
        this(message, Map.of());
    }

    public ConflictException(String message, Map<String, Object> extras) {
        super(Kind.CONFLICT, message);
        this.extras = Map.copyOf(extras);
    }

    @Override
    public Map<String, Object> extras() {
        return extras;
    }
}
