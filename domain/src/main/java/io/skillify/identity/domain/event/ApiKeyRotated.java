package io.skillify.identity.domain.event;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;

/** An account's keys were replaced by a new one; the display prefix identifies the new key. */
public record ApiKeyRotated(AccountId accountId, String displayPrefix) implements DomainEvent {
}
