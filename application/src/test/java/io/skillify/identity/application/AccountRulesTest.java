package io.skillify.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.identity.application.fakes.InMemoryAccounts;
import io.skillify.identity.application.port.in.CreateAccountCommand;
import io.skillify.identity.application.port.in.IssuedAccount;
import io.skillify.identity.domain.AccessLevel;
import io.skillify.identity.domain.Account;
import io.skillify.identity.domain.AccountName;
import io.skillify.identity.domain.AccountType;
import io.skillify.identity.domain.WorkerLimit;
import io.skillify.identity.domain.event.AccountRevoked;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.fakes.DirectTransactions;
import io.skillify.shared.application.fakes.RecordedEvents;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ForbiddenException;
import io.skillify.shared.domain.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Creating, listing, re-keying and revoking accounts, against in-memory ports. */
class AccountRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final DirectTransactions transactions = new DirectTransactions();
    private final RecordedEvents events = new RecordedEvents();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private final CreateAccountService create = new CreateAccountService(accounts, accounts, transactions, random,
            clock);
    private final ListOwnedAccountsService owned = new ListOwnedAccountsService(accounts);
    private final RegenerateApiKeyService regenerate = new RegenerateApiKeyService(accounts, accounts, transactions,
            random, clock);
    private final RevokeAccountService revoke = new RevokeAccountService(accounts, accounts, transactions, events,
            clock);

    private final Account admin = Account.firstAdministrator(new AccountId(UUID.randomUUID()), NOW);

    AccountRulesTest() {
        accounts.add(admin);
    }

    @Test
    void aNewAccountIsOwnedByItsCreatorAndGetsOneKey() {
        IssuedAccount issued = create.create(command(admin.id(), AccessLevel.WORKER));

        assertThat(issued.account().ownerId()).isEqualTo(admin.id());
        assertThat(issued.apiKey()).isNotBlank();
        assertThat(accounts.activeKeysOf(issued.account().id())).hasSize(1);
        assertThat(owned.ownedBy(admin.id(), PageRequest.first()).items()).hasSize(1);
    }

    @Test
    void onlyAnAdminCreatesAnAdmin() {
        AccountId worker = create.create(command(admin.id(), AccessLevel.WORKER)).account().id();

        assertThatThrownBy(() -> create.create(command(worker, AccessLevel.ADMIN)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aRevokedAccountCreatesNothing() {
        AccountId worker = create.create(command(admin.id(), AccessLevel.WORKER)).account().id();
        revoke.revoke(admin.id(), worker);

        assertThatThrownBy(() -> create.create(command(worker, AccessLevel.WORKER)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void regeneratingAKeyRevokesTheOldOne() {
        AccountId worker = create.create(command(admin.id(), AccessLevel.WORKER)).account().id();
        String first = accounts.activeKeysOf(worker).getFirst().displayPrefix();

        String secret = regenerate.regenerate(admin.id(), worker);

        assertThat(secret).isNotBlank();
        assertThat(accounts.activeKeysOf(worker)).singleElement()
                .satisfies(key -> assertThat(key.createdAt()).isEqualTo(NOW))
                .satisfies(key -> assertThat(key.displayPrefix()).isNotEqualTo(first));
    }

    @Test
    void anAccountRotatesItsOwnKeyButNotItsSiblings() {
        AccountId one = create.create(command(admin.id(), AccessLevel.WORKER)).account().id();
        AccountId sibling = create.create(command(admin.id(), AccessLevel.WORKER)).account().id();

        assertThat(regenerate.regenerate(one, one)).isNotBlank();
        assertThatThrownBy(() -> regenerate.regenerate(one, sibling)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheOwnerRevokesAnAccount() {
        AccountId one = create.create(command(admin.id(), AccessLevel.WORKER)).account().id();
        AccountId sibling = create.create(command(admin.id(), AccessLevel.WORKER)).account().id();

        assertThatThrownBy(() -> revoke.revoke(sibling, one)).isInstanceOf(NotFoundException.class);
        assertThat(events.all()).isEmpty();
    }

    @Test
    void revokingAnAccountRevokesEveryAccountItOwnsAndTheirKeys() {
        AccountId child = create.create(command(admin.id(), AccessLevel.WORKER)).account().id();
        AccountId grandchild = create.create(command(child, AccessLevel.WORKER)).account().id();

        revoke.revoke(admin.id(), child);

        assertThat(events.of(AccountRevoked.class)).extracting(AccountRevoked::accountId)
                .containsExactlyInAnyOrder(child, grandchild);
        assertThat(accounts.activeKeysOf(child)).isEmpty();
        assertThat(accounts.activeKeysOf(grandchild)).isEmpty();
        assertThat(owned.ownedBy(admin.id(), PageRequest.first()).items()).isEmpty();
    }

    private static CreateAccountCommand command(AccountId creator, AccessLevel level) {
        return new CreateAccountCommand(creator, new AccountName("bot-" + UUID.randomUUID().toString().substring(0, 8)),
                AccountType.SERVICE, level, WorkerLimit.DEFAULT);
    }
}
