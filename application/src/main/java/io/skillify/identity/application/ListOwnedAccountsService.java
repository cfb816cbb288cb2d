package io.skillify.identity.application;

import io.skillify.identity.application.port.in.AccountView;
import io.skillify.identity.application.port.in.ListOwnedAccountsQuery;
import io.skillify.identity.application.port.out.AccountRepository;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.AccountId;

@UseCase
class ListOwnedAccountsService implements ListOwnedAccountsQuery {

    private final AccountRepository accounts;

    ListOwnedAccountsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Page<AccountView> ownedBy(AccountId owner, PageRequest page) {
        return accounts.findActiveOwnedBy(owner, page).map(AccountView::of);
    }
}
