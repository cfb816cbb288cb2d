package io.skillify.workspace.application.port.out;

import io.skillify.shared.domain.AccountId;

/** What the workspace context needs to know of accounts. */
public interface AccountDirectory {

    boolean isActive(AccountId account);
}
