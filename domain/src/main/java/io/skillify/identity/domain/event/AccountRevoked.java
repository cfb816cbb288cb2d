package io.skillify.identity.domain.event;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import java.time.Instant;

/** An account was revoked: none of its keys works any more. */
public record AccountRevoked(AccountId accountId, Instant revokedAt) implements DomainEvent {
}
