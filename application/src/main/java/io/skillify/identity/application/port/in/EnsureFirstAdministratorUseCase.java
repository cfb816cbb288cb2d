package io.skillify.identity.application.port.in;

import java.util.Optional;

/**
 * On first start (no account at all), creates the administrator {@code admin}. Its key is the configured one when
 * that is a well-formed key, else a fresh one returned here so that it can be shown once.
 */
public interface EnsureFirstAdministratorUseCase {

    Optional<FirstAdministrator> ensureFirstAdministrator(String configuredKey);

    /** {@code generatedKey} is null when the configured key was used. */
    record FirstAdministrator(AccountView account, String generatedKey, boolean configuredKeyRejected) {
    }
}
