package io.skillify.workspace.domain;

import io.skillify.shared.domain.ConflictException;

/** A workspace always keeps at least one owner. */
public final class LastOwnerException extends ConflictException {

    public LastOwnerException() {
        super("A workspace must keep at least one owner");
    }
}
