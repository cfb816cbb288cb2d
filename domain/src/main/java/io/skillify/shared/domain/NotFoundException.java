package io.skillify.shared.domain;

/** The resource does not exist, or not where the caller may see it. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String resource) {
        super(Kind.NOT_FOUND, resource + " not found");
    }
}
