package io.skillify.identity.domain.event;

import io.skillify.identity.domain.AccessLevel;
import io.skillify.identity.domain.Account;
import io.skillify.identity.domain.AccountType;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;

/** A new account exists; {@code ownerId} is null for the first administrator and for session users. */
public record AccountRegistered(AccountId accountId, AccountId ownerId, AccountType type, AccessLevel level)
        implements DomainEvent {

    public static AccountRegistered of(Account account) {
        return new AccountRegistered(account.id(), account.ownerId().orElse(null), account.type(), account.level());
    }
}
