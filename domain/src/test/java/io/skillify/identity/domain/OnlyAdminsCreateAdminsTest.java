package io.skillify.identity.domain;

import static io.skillify.identity.domain.AccountFixtures.LATER;
import static io.skillify.identity.domain.AccountFixtures.aWorkerLevelUser;
import static io.skillify.identity.domain.AccountFixtures.anAccountId;
import static io.skillify.identity.domain.AccountFixtures.anAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainException;
import io.skillify.shared.domain.ForbiddenException;
import org.junit.jupiter.api.Test;

class OnlyAdminsCreateAdminsTest {

    @Test
    void an_admin_registers_an_admin() {
        Account admin = anAdmin();
        AccountId newId = anAccountId();

        Account created = admin.register(newId, new AccountName("Grace"), AccountType.USER, AccessLevel.ADMIN,
                new WorkerLimit(5), LATER);

        assertThat(created.id()).isEqualTo(newId);
        assertThat(created.name()).isEqualTo(new AccountName("Grace"));
        assertThat(created.type()).isEqualTo(AccountType.USER);
        assertThat(created.level()).isEqualTo(AccessLevel.ADMIN);
        assertThat(created.workerLimit()).isEqualTo(new WorkerLimit(5));
        assertThat(created.createdAt()).isEqualTo(LATER);
        assertThat(created.isActive()).isTrue();
        assertThat(created.externalSubject()).isEmpty();
    }

    @Test
    void an_admin_registers_a_worker() {
        Account admin = anAdmin();

        Account created = admin.register(anAccountId(), new AccountName("runner-1"), AccountType.SERVICE,
                AccessLevel.WORKER, new WorkerLimit(0), LATER);

        assertThat(created.type()).isEqualTo(AccountType.SERVICE);
        assertThat(created.level()).isEqualTo(AccessLevel.WORKER);
        assertThat(created.workerLimit()).isEqualTo(new WorkerLimit(0));
    }

    @Test
    void a_worker_registers_a_worker() {
        Account worker = aWorkerLevelUser();

        Account created = worker.register(anAccountId(), new AccountName("runner-2"), AccountType.SERVICE,
                AccessLevel.WORKER, WorkerLimit.DEFAULT, LATER);

        assertThat(created.level()).isEqualTo(AccessLevel.WORKER);
        assertThat(created.isOwnedBy(worker.id())).isTrue();
    }

    @Test
    void a_worker_may_not_register_an_admin() {
        Account worker = aWorkerLevelUser();

        assertThatThrownBy(() -> worker.register(anAccountId(), new AccountName("Mallory"), AccountType.USER,
                AccessLevel.ADMIN, WorkerLimit.DEFAULT, LATER))
                .isInstanceOf(ForbiddenException.class)
                .extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.FORBIDDEN);
    }

    @Test
    void the_registered_account_is_owned_by_its_creator() {
        Account admin = anAdmin();

        Account created = admin.register(anAccountId(), new AccountName("runner-3"), AccountType.SERVICE,
                AccessLevel.WORKER, WorkerLimit.DEFAULT, LATER);

        assertThat(created.ownerId()).contains(admin.id());
        assertThat(created.isOwnedBy(admin.id())).isTrue();
        assertThat(created.isOwnedBy(anAccountId())).isFalse();
        assertThat(created.isOwnedBy(created.id())).isFalse();
    }

    @Test
    void the_first_administrator_and_session_users_have_no_owner() {
        Account admin = anAdmin();
        Account user = aWorkerLevelUser();

        assertThat(admin.level()).isEqualTo(AccessLevel.ADMIN);
        assertThat(admin.ownerId()).isEmpty();
        assertThat(user.level()).isEqualTo(AccessLevel.WORKER);
        assertThat(user.ownerId()).isEmpty();
        assertThat(user.isOwnedBy(admin.id())).isFalse();
    }
}
