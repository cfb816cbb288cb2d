package io.skillify.workspace.adapter.out.persistence;

import static skillify.jooq.Tables.ACCOUNTS;

import io.skillify.shared.domain.AccountId;
import io.skillify.workspace.application.port.out.AccountDirectory;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqAccountDirectory implements AccountDirectory {

    private final DSLContext db;

    JooqAccountDirectory(DSLContext db) {
        this.db = db;
    }

    @Override
    public boolean isActive(AccountId account) {
        return db.fetchExists(ACCOUNTS, ACCOUNTS.ID.eq(account.value()).and(ACCOUNTS.REVOKED_AT.isNull()));
    }
}
