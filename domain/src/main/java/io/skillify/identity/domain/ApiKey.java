package io.skillify.identity.domain;

import io.skillify.shared.domain.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A stored API key: its digest and display prefix, never its plaintext. */
public record ApiKey(UUID id, AccountId accountId, ApiKeyDigest digest, String displayPrefix, Instant createdAt) {

    public ApiKey {
        Objects.requireNonNull(id);
        Objects.requireNonNull(accountId);
        Objects.requireNonNull(digest);
        Objects.requireNonNull(displayPrefix);
        Objects.requireNonNull(createdAt);
    }

    public static ApiKey issue(UUID id, AccountId accountId, ApiKeySecret secret, Instant now) {
        return new ApiKey(id, accountId, secret.digest(), secret.displayPrefix(), now);
    }
}
