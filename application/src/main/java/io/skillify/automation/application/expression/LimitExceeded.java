package io.skillify.automation.application.expression;

/** Thrown inside an evaluation when it reaches one of its limits; {@link Expressions} turns it into its message. */
final class LimitExceeded extends RuntimeException {

    enum Limit { TIME, SIZE, DEPTH }

    private final Limit limit;

    LimitExceeded(Limit limit) {
        super(limit.name(), null, false, false);
        this.limit = limit;
    }

    Limit limit() {
        return limit;
    }
}
