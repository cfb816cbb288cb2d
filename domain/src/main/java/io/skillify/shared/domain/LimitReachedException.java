package io.skillify.shared.domain;

import java.util.Map;

/** A quota is used up (e.g. an account's concurrent workers): {@code limit} and {@code current} say how far. */
public final class LimitReachedException extends DomainException {

    private final int limit;
    private final int current;

    public LimitReachedException(String message, int limit, int current) {
        super(Kind.LIMIT_REACHED, message);
        this.limit = limit;
        this.current = current;
    }

    @Override
    public Map<String, Object> extras() {
        return Map.of("limit", limit, "current", current);
    }
}
