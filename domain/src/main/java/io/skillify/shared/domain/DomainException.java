package io.skillify.shared.domain;

import java.util.Map;

/**
 * A refusal the caller can act on. Its {@link Kind} says what went wrong in terms every inbound adapter can
 * translate (an HTTP status, a CLI exit code), and its message is safe to show to the caller.
 */
public abstract class DomainException extends RuntimeException {

    public enum Kind { INVALID_INPUT, FORBIDDEN, NOT_FOUND, CONFLICT, LIMIT_REACHED }

    private final Kind kind;

    protected DomainException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Extra fields the caller gets beside the message, e.g. {@code currentVersion} of a stale save. */
    public Map<String, Object> extras() {
        return Map.of();
    }
}
