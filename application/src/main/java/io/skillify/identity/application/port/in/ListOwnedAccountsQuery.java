package io.skillify.identity.application.port.in;

import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;

/** The active accounts an account created, oldest first. */
public interface ListOwnedAccountsQuery {

    Page<AccountView> ownedBy(AccountId owner, PageRequest page);
}
