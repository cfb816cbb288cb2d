package io.skillify.identity.application;

import io.skillify.identity.application.port.in.AccountView;
import io.skillify.identity.application.port.in.CreateAccountCommand;
import io.skillify.identity.application.port.in.CreateAccountUseCase;
import io.skillify.identity.application.port.in.IssuedAccount;
import io.skillify.identity.application.port.in.ListOwnedAccountsQuery;
import io.skillify.identity.application.port.in.RegenerateApiKeyUseCase;
import io.skillify.identity.application.port.in.RevokeAccountUseCase;
import io.skillify.identity.application.port.out.AccountRepository;
import io.skillify.identity.application.port.out.ApiKeyRepository;
import io.skillify.identity.domain.Account;
import io.skillify.identity.domain.ApiKey;
import io.skillify.identity.domain.ApiKeySecret;
import io.skillify.identity.domain.event.AccountRevoked;
import io.skillify.shared.application.Ids;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@UseCase
class AccountManagementService
        implements CreateAccountUseCase, ListOwnedAccountsQuery, RegenerateApiKeyUseCase, RevokeAccountUseCase {

    private final AccountRepository accounts;
    private final ApiKeyRepository keys;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final SecureRandom random;
    private final Clock clock;

    AccountManagementService(AccountRepository accounts, ApiKeyRepository keys, TransactionRunner transactions,
                             DomainEventPublisher events, SecureRandom random, Clock clock) {
        this.accounts = accounts;
        this.keys = keys;
        this.transactions = transactions;
        this.events = events;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public IssuedAccount create(CreateAccountCommand command) {
        Instant now = clock.instant();
        ApiKeySecret secret = ApiKeySecret.generate(random);
        return transactions.inTransaction(() -> {
            Account creator = accounts.lockActiveCreator(command.creator())
                    .orElseThrow(() -> new NotFoundException("Account"));
            Account created = creator.register(new AccountId(Ids.next()), command.name(), command.type(),
                    command.level(), command.workerLimit(), now);
            accounts.insert(created);
            keys.insert(ApiKey.issue(Ids.next(), created.id(), secret, now));
            return new IssuedAccount(AccountView.of(created), secret.plaintext());
        });
    }

    @Override
    public Page<AccountView> ownedBy(AccountId owner, PageRequest page) {
        return accounts.findActiveOwnedBy(owner, page).map(AccountView::of);
    }

    @Override
    public String regenerate(AccountId actor, AccountId target) {
        Instant now = clock.instant();
        ApiKeySecret secret = ApiKeySecret.generate(random);
        return transactions.inTransaction(() -> {
            Account account = accounts.lockActive(target).orElseThrow(() -> new NotFoundException("Account"));
            if (!activeAccount(actor).mayRotateKeyOf(account)) {
                throw new NotFoundException("Account");
            }
            keys.revokeAllOf(List.of(target), now);
            keys.insert(ApiKey.issue(Ids.next(), target, secret, now));
            return secret.plaintext();
        });
    }

    @Override
    public AccountView revoke(AccountId actor, AccountId target) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Account account = activeAccount(target);
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

    private Account activeAccount(AccountId id) {
        return accounts.findById(id).filter(Account::isActive).orElseThrow(() -> new NotFoundException("Account"));
    }
}
