package io.skillify.identity.domain;

import static io.skillify.identity.domain.AccountFixtures.LATER;
import static io.skillify.identity.domain.AccountFixtures.aWorkerLevelUser;
import static io.skillify.identity.domain.AccountFixtures.anAccountId;
import static io.skillify.identity.domain.AccountFixtures.anAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyRotationRightsTest {

    private final Account owner = anAdmin();
    private final Account runner = owner.register(anAccountId(), new AccountName("runner"), AccountType.SERVICE,
            AccessLevel.WORKER, WorkerLimit.DEFAULT, LATER);

    @Test
    void the_owner_rotates_the_key_of_an_account_it_created() {
        assertThat(owner.mayRotateKeyOf(runner)).isTrue();
    }

    @Test
    void an_account_rotates_its_own_key() {
        assertThat(runner.mayRotateKeyOf(runner)).isTrue();
        assertThat(owner.mayRotateKeyOf(owner)).isTrue();
    }

    @Test
    void a_stranger_may_not_rotate_the_key() {
        Account stranger = aWorkerLevelUser();
        Account otherAdmin = anAdmin();

        assertThat(stranger.mayRotateKeyOf(runner)).isFalse();
        assertThat(otherAdmin.mayRotateKeyOf(runner)).isFalse();
    }

    @Test
    void an_owned_account_may_not_rotate_its_owners_key() {
        assertThat(runner.mayRotateKeyOf(owner)).isFalse();
    }
}
