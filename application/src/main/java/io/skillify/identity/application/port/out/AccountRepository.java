package io.skillify.identity.application.port.out;

import io.skillify.identity.domain.Account;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import java.time.Instant;
import java.util.Optional;

public interface AccountRepository {

    void insert(Account account);

    Optional<Account> findById(AccountId id);

    Optional<Account> findBySubject(String externalSubject);

    /** Inserts the session user unless one with its subject exists; returns whichever is stored. */
    Account insertSessionUserIfAbsent(Account candidate);

    Page<Account> findActiveOwnedBy(AccountId owner, PageRequest page);

    void markRevoked(AccountId id, Instant at);

    /** Whether any account exists; holds a lock until the transaction ends so that only one first start wins. */
    boolean anyExistsLockingFirstStart();
}
