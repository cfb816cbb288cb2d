package io.skillify.workspace.application.fakes;

import io.skillify.shared.domain.AccountId;
import io.skillify.workspace.application.port.out.AccountDirectory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Accounts as the workspace context sees them: active or revoked, each with the account that created it. */
public final class FakeAccountDirectory implements AccountDirectory {

    private record Entry(AccountId owner, String name, boolean active) {
    }

    private final Map<AccountId, Entry> accounts = new HashMap<>();

    /** A new active account created by {@code owner} (null: by nobody, a first user). */
    public AccountId add(String name, AccountId owner) {
        AccountId id = new AccountId(UUID.randomUUID());
        accounts.put(id, new Entry(owner, name, true));
        return id;
    }

    public void revoke(AccountId account) {
        Entry entry = accounts.get(account);
        accounts.put(account, new Entry(entry.owner(), entry.name(), false));
    }

    public String nameOf(AccountId account) {
        return accounts.get(account).name();
    }

    @Override
    public boolean isActive(AccountId account) {
        Entry entry = accounts.get(account);
        return entry != null && entry.active();
    }

    @Override
    public boolean owns(AccountId owner, AccountId account) {
        Set<AccountId> seen = new HashSet<>();
        for (AccountId current = account; current != null && seen.add(current); ) {
            Entry entry = accounts.get(current);
            if (entry == null || !entry.active()) {
                return false;
            }
            if (owner.equals(entry.owner())) {
                return true;
            }
            current = entry.owner();
        }
        return false;
    }
}
