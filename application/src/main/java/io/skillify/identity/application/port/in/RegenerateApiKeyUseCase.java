package io.skillify.identity.application.port.in;

import io.skillify.shared.domain.AccountId;

/** Replaces every key of an account by a new one and returns its plaintext; the old keys stop working at once. */
public interface RegenerateApiKeyUseCase {

    String regenerate(AccountId actor, AccountId target);
}
