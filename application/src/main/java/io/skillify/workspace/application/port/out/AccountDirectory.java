package io.skillify.workspace.application.port.out;

import io.skillify.shared.domain.AccountId;

/** What the workspace context needs to know of accounts. */
public interface AccountDirectory {

    boolean isActive(AccountId account);

    /** Whether {@code owner} created {@code account}, directly or through accounts it owns (none revoked). */
    boolean owns(AccountId owner, AccountId account);
}
