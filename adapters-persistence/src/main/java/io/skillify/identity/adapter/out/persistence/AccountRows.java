package io.skillify.identity.adapter.out.persistence;

import static skillify.jooq.Tables.ACCOUNTS;

import io.skillify.identity.domain.AccessLevel;
import io.skillify.identity.domain.Account;
import io.skillify.identity.domain.AccountName;
import io.skillify.identity.domain.AccountType;
import io.skillify.identity.domain.WorkerLimit;
import io.skillify.shared.domain.AccountId;
import java.util.Locale;
import org.jooq.Record;
import skillify.jooq.tables.records.AccountsRecord;

/** Translates between account rows and {@link Account}s. */
final class AccountRows {

    private AccountRows() {
    }

    static Account toAccount(Record row) {
        return new Account(
                new AccountId(row.get(ACCOUNTS.ID)),
                new AccountName(row.get(ACCOUNTS.NAME)),
                AccountType.valueOf(row.get(ACCOUNTS.TYPE).toUpperCase(Locale.ROOT)),
                AccessLevel.valueOf(row.get(ACCOUNTS.LEVEL).toUpperCase(Locale.ROOT)),
                new WorkerLimit(row.get(ACCOUNTS.MAX_CONCURRENT_WORKERS)),
                row.get(ACCOUNTS.OWNER_ID) == null ? null : new AccountId(row.get(ACCOUNTS.OWNER_ID)),
                row.get(ACCOUNTS.EXTERNAL_SUBJECT),
                row.get(ACCOUNTS.CREATED_AT),
                row.get(ACCOUNTS.REVOKED_AT));
    }

    static AccountsRecord toRow(Account account) {
        return new AccountsRecord()
                .setId(account.id().value())
                .setName(account.name().value())
                .setType(account.type().name().toLowerCase(Locale.ROOT))
                .setLevel(account.level().name().toLowerCase(Locale.ROOT))
                .setMaxConcurrentWorkers(account.workerLimit().value())
                .setOwnerId(account.ownerId().map(AccountId::value).orElse(null))
                .setExternalSubject(account.externalSubject().orElse(null))
                .setCreatedAt(account.createdAt())
                .setRevokedAt(account.revokedAt().orElse(null));
    }
}
