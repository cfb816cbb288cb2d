package io.skillify.identity.application.port.out;

import io.skillify.identity.domain.Account;
import io.skillify.identity.domain.ApiKey;
import io.skillify.identity.domain.ApiKeyDigest;
import io.skillify.shared.domain.AccountId;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

public interface ApiKeyRepository {

    void insert(ApiKey key);

    /** The active account holding an active key with this digest, with the digest as stored. */
    Optional<KeyHolder> findActiveHolder(ApiKeyDigest digest);

    void revokeAllOf(Collection<AccountId> accounts, Instant at);

    record KeyHolder(Account account, ApiKeyDigest storedDigest) {
    }
}
