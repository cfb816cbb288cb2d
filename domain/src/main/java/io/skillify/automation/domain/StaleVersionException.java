package io.skillify.automation.domain;

import io.skillify.shared.domain.ConflictException;
import java.util.Map;

/** A flow was saved against a version that is no longer the current one. */
public final class StaleVersionException extends ConflictException {

    public StaleVersionException(int expected, int current) {
        super("The flow was changed meanwhile: expected version " + expected + ", current version is " + current,
                Map.of("currentVersion", current));
    }
}
