package io.skillify.identity.application.fakes;

import io.skillify.identity.application.port.out.AccountRepository;
import io.skillify.identity.application.port.out.ApiKeyRepository;
import io.skillify.identity.domain.Account;
import io.skillify.identity.domain.ApiKey;
import io.skillify.identity.domain.ApiKeyDigest;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts and their API keys in memory; locks are no-ops (tests run in one thread). */
public final class InMemoryAccounts implements AccountRepository, ApiKeyRepository {

    private final Map<AccountId, Account> accounts = new LinkedHashMap<>();
    private final List<ApiKey> activeKeys = new ArrayList<>();

    public void add(Account account) {
        accounts.put(account.id(), account);
    }

    public List<ApiKey> activeKeysOf(AccountId account) {
        return activeKeys.stream().filter(key -> key.accountId().equals(account)).toList();
    }

    @Override
    public void insert(Account account) {
        add(account);
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public Optional<Account> findBySubject(String externalSubject) {
        return accounts.values().stream()
                .filter(account -> externalSubject.equals(account.externalSubject().orElse(null)))
                .findFirst();
    }

    @Override
    public Account insertSessionUserIfAbsent(Account candidate) {
        return findBySubject(candidate.externalSubject().orElseThrow()).orElseGet(() -> {
            add(candidate);
            return candidate;
        });
    }

    @Override
    public Page<Account> findActiveOwnedBy(AccountId owner, PageRequest page) {
        return new Page<>(accounts.values().stream()
                .filter(account -> account.isActive() && account.isOwnedBy(owner)).toList(), null);
    }

    @Override
    public Optional<Account> lockActiveCreator(AccountId id) {
        return lockActive(id);
    }

    @Override
    public Optional<Account> lockActive(AccountId id) {
        return findById(id).filter(Account::isActive);
    }

    @Override
    public List<Account> lockOwnedTree(AccountId root) {
        return List.copyOf(accounts.values());
    }

    @Override
    public void markRevoked(Collection<AccountId> ids, Instant at) {
        ids.forEach(id -> accounts.get(id).revoke(at));
    }

    @Override
    public boolean anyExistsLockingFirstStart() {
        return !accounts.isEmpty();
    }

    @Override
    public void insert(ApiKey key) {
        activeKeys.add(key);
    }

    @Override
    public Optional<KeyHolder> findActiveHolder(ApiKeyDigest digest) {
        return activeKeys.stream().filter(key -> key.digest().equals(digest)).findFirst()
                .map(key -> new KeyHolder(accounts.get(key.accountId()), key.digest()));
    }

    @Override
    public void revokeAllOf(Collection<AccountId> owners, Instant at) {
        activeKeys.removeIf(key -> owners.contains(key.accountId()));
    }
}
