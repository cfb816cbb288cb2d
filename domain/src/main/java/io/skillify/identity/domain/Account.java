package io.skillify.identity.domain;

import io.skillify.identity.domain.event.AccountRevoked;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ForbiddenException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A principal: a person or a worker. Accounts created through the API are owned by the account that created them;
 * the owner may regenerate their key or revoke them.
 */
public final class Account {

    private final AccountId id;
    private final AccountName name;
    private final AccountType type;
    private final AccessLevel level;
    private final WorkerLimit workerLimit;
    private final AccountId ownerId;
    private final String externalSubject;
    private final Instant createdAt;
    private Instant revokedAt;

    public Account(AccountId id, AccountName name, AccountType type, AccessLevel level, WorkerLimit workerLimit,
                   AccountId ownerId, String externalSubject, Instant createdAt, Instant revokedAt) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.level = Objects.requireNonNull(level);
        this.workerLimit = Objects.requireNonNull(workerLimit);
        this.ownerId = ownerId;
        this.externalSubject = externalSubject;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.revokedAt = revokedAt;
    }

    /** The first administrator, created when the database holds no account. */
    public static Account firstAdministrator(AccountId id, Instant now) {
        return new Account(id, new AccountName("admin"), AccountType.USER, AccessLevel.ADMIN, WorkerLimit.DEFAULT,
                null, null, now, null);
    }

    /** A person seen for the first time through a session token of the configured identity provider. */
    public static Account sessionUser(AccountId id, String subject, AccountName name, Instant now) {
        return new Account(id, name, AccountType.USER, AccessLevel.WORKER, WorkerLimit.DEFAULT,
                null, Objects.requireNonNull(subject), now, null);
    }

    /** An account created by this one, which becomes its owner. Only admins may create admins. */
    public Account register(AccountId newId, AccountName newName, AccountType newType, AccessLevel newLevel,
                            WorkerLimit newLimit, Instant now) {
        if (newLevel == AccessLevel.ADMIN && level != AccessLevel.ADMIN) {
            throw new ForbiddenException();
        }
        return new Account(newId, newName, newType, newLevel, newLimit, id, null, now, null);
    }

    public boolean isOwnedBy(AccountId candidate) {
        return candidate.equals(ownerId);
    }

    /** The owner manages an account's key; an account may also rotate its own. */
    public boolean mayRotateKeyOf(Account target) {
        return target.isOwnedBy(id) || target.id.equals(id);
    }

    public AccountRevoked revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
        return new AccountRevoked(id, revokedAt);
    }

    /**
     * Revokes this account and every account it owns, directly or through accounts it owns, among
     * {@code candidates} (others are left alone). Returns the events of the accounts that were still active.
     */
    public List<AccountRevoked> revokeWithOwned(Collection<Account> candidates, Instant now) {
        List<AccountRevoked> revoked = new ArrayList<>();
        if (isActive()) {
            revoked.add(revoke(now));
        }
        for (Account owned : ownedAmong(candidates)) {
            if (owned.isActive()) {
                revoked.add(owned.revoke(now));
            }
        }
        return revoked;
    }

    private List<Account> ownedAmong(Collection<Account> candidates) {
        Set<AccountId> tree = new HashSet<>(Set.of(id));
        List<Account> owned = new ArrayList<>();
        List<Account> remaining = new ArrayList<>(candidates);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var it = remaining.iterator(); it.hasNext(); ) {
                Account candidate = it.next();
                if (candidate.ownerId != null && tree.contains(candidate.ownerId)) {
                    tree.add(candidate.id);
                    owned.add(candidate);
                    it.remove();
                    grew = true;
                }
            }
        }
        return owned;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public AccountId id() {
        return id;
    }

    public AccountName name() {
        return name;
    }

    public AccountType type() {
        return type;
    }

    public AccessLevel level() {
        return level;
    }

    public WorkerLimit workerLimit() {
        return workerLimit;
    }

    public Optional<AccountId> ownerId() {
        return Optional.ofNullable(ownerId);
    }

    public Optional<String> externalSubject() {
        return Optional.ofNullable(externalSubject);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
