package io.skillify.identity.application;

import io.skillify.identity.application.port.in.AccountView;
import io.skillify.identity.application.port.in.RevokeAccountUseCase;
import io.skillify.identity.application.port.out.AccountRepository;
import io.skillify.identity.application.port.out.ApiKeyRepository;
import io.skillify.identity.domain.Account;
import io.skillify.identity.domain.event.AccountRevoked;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@UseCase
class RevokeAccountService implements RevokeAccountUseCase {

    private final AccountRepository accounts;
    private final ApiKeyRepository keys;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final Clock clock;

    RevokeAccountService(AccountRepository accounts, ApiKeyRepository keys, TransactionRunner transactions,
                         DomainEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.keys = keys;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public AccountView revoke(AccountId actor, AccountId target) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Account account = accounts.findById(target).filter(Account::isActive)
                    .orElseThrow(() -> new NotFoundException("Account"));
            if (!account.isOwnedBy(actor)) {
                throw new NotFoundException("Account");
            }
            List<AccountRevoked> revoked = account.revokeWithOwned(accounts.lockOwnedTree(target), now);
            List<AccountId> ids = revoked.stream().map(AccountRevoked::accountId).toList();
            accounts.markRevoked(ids, now);
            keys.revokeAllOf(ids, now);
            revoked.forEach(events::publish);
            return AccountView.of(account);
        });
    }
}
