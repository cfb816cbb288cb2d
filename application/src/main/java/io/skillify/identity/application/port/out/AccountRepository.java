package io.skillify.identity.application.port.out;

import io.skillify.identity.domain.Account;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    void insert(Account account);

    Optional<Account> findById(AccountId id);

    Optional<Account> findBySubject(String externalSubject);

    /** Inserts the session user unless one with its subject exists; returns whichever is stored. */
    Account insertSessionUserIfAbsent(Account candidate);

    Page<Account> findActiveOwnedBy(AccountId owner, PageRequest page);

    /**
     * The active account, share-locked until the transaction ends: a revocation of it waits for the accounts it
     * creates meanwhile, and one already under way makes this wait and then find the account revoked.
     */
    Optional<Account> lockActiveCreator(AccountId id);

    /**
     * The active account, locked until the transaction ends, so that changes of its keys serialize: a second
     * regeneration waits for the first and then revokes the key the first issued.
     */
    Optional<Account> lockActive(AccountId id);

    /**
     * Every account {@code root} owns, directly or through accounts it owns (revoked ones included), locked with
     * {@code root} until the transaction ends; accounts created under any of them while this runs are included.
     */
    List<Account> lockOwnedTree(AccountId root);

    void markRevoked(Collection<AccountId> ids, Instant at);

    /** Whether any account exists; holds a lock until the transaction ends so that only one first start wins. */
    boolean anyExistsLockingFirstStart();
}
