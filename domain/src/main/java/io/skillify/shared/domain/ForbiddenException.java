package io.skillify.shared.domain;

/** The caller is known but may not do this. */
public final class ForbiddenException extends DomainException {

    public ForbiddenException() {
        super(Kind.FORBIDDEN, "Forbidden");
    }
}
