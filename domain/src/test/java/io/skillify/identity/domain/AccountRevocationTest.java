package io.skillify.identity.domain;

import static io.skillify.identity.domain.AccountFixtures.LATER;
import static io.skillify.identity.domain.AccountFixtures.MUCH_LATER;
import static io.skillify.identity.domain.AccountFixtures.anAccountId;
import static io.skillify.identity.domain.AccountFixtures.anAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.identity.domain.event.AccountRevoked;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountRevocationTest {

    private final Account account = anAdmin().register(anAccountId(), new AccountName("runner"),
            AccountType.SERVICE, AccessLevel.WORKER, WorkerLimit.DEFAULT, LATER);

    @Test
    void a_new_account_is_active() {
        assertThat(account.isActive()).isTrue();
        assertThat(account.revokedAt()).isEmpty();
    }

    @Test
    void revoking_deactivates_the_account() {
        AccountRevoked revoked = account.revoke(LATER);

        assertThat(revoked).isEqualTo(new AccountRevoked(account.id(), LATER));
        assertThat(account.isActive()).isFalse();
        assertThat(account.revokedAt()).contains(LATER);
    }

    @Test
    void revoking_twice_keeps_the_first_instant() {
        account.revoke(LATER);

        AccountRevoked again = account.revoke(MUCH_LATER);

        assertThat(again).isEqualTo(new AccountRevoked(account.id(), LATER));
        assertThat(account.revokedAt()).contains(LATER);
        assertThat(account.isActive()).isFalse();
    }

    @Test
    void revoking_revokes_every_account_owned_directly_or_through_owned_accounts() {
        Account root = anAdmin();
        Account child = root.register(anAccountId(), new AccountName("child"), AccountType.USER,
                AccessLevel.ADMIN, WorkerLimit.DEFAULT, LATER);
        Account grandchild = child.register(anAccountId(), new AccountName("grandchild"), AccountType.SERVICE,
                AccessLevel.WORKER, WorkerLimit.DEFAULT, LATER);
        Account stranger = anAdmin().register(anAccountId(), new AccountName("stranger"), AccountType.SERVICE,
                AccessLevel.WORKER, WorkerLimit.DEFAULT, LATER);

        List<AccountRevoked> revoked = root.revokeWithOwned(List.of(grandchild, stranger, child), MUCH_LATER);

        assertThat(revoked).containsExactlyInAnyOrder(new AccountRevoked(root.id(), MUCH_LATER),
                new AccountRevoked(child.id(), MUCH_LATER), new AccountRevoked(grandchild.id(), MUCH_LATER));
        assertThat(List.of(root, child, grandchild)).noneMatch(Account::isActive);
        assertThat(stranger.isActive()).as("not in the tree").isTrue();
    }

    @Test
    void accounts_revoked_earlier_keep_their_instant_and_their_own_accounts_are_revoked_too() {
        Account root = anAdmin();
        Account child = root.register(anAccountId(), new AccountName("child"), AccountType.USER,
                AccessLevel.ADMIN, WorkerLimit.DEFAULT, LATER);
        Account grandchild = child.register(anAccountId(), new AccountName("grandchild"), AccountType.SERVICE,
                AccessLevel.WORKER, WorkerLimit.DEFAULT, LATER);
        child.revoke(LATER);

        List<AccountRevoked> revoked = root.revokeWithOwned(List.of(child, grandchild), MUCH_LATER);

        assertThat(revoked).as("only accounts that were still active")
                .containsExactlyInAnyOrder(new AccountRevoked(root.id(), MUCH_LATER),
                        new AccountRevoked(grandchild.id(), MUCH_LATER));
        assertThat(child.revokedAt()).contains(LATER);
        assertThat(grandchild.isActive()).isFalse();
    }
}
