package io.skillify.identity.domain;

import static io.skillify.identity.domain.AccountFixtures.LATER;
import static io.skillify.identity.domain.AccountFixtures.MUCH_LATER;
import static io.skillify.identity.domain.AccountFixtures.anAccountId;
import static io.skillify.identity.domain.AccountFixtures.anAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.identity.domain.event.AccountRevoked;
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
}
