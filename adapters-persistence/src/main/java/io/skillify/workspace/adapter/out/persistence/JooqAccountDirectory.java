package io.skillify.workspace.adapter.out.persistence;

import static skillify.jooq.Tables.ACCOUNT_DIRECTORY;

import io.skillify.shared.domain.AccountId;
import io.skillify.workspace.application.port.out.AccountDirectory;
import java.util.UUID;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Accounts as the identity context publishes them: its read model {@code account_directory}, not its tables. */
@Repository
class JooqAccountDirectory implements AccountDirectory {

    private static final Name OWNERS = DSL.name("owners");
    private static final Field<UUID> OWNER_ID = DSL.field(DSL.name("owners", "owner_id"), UUID.class);

    private final DSLContext db;

    JooqAccountDirectory(DSLContext db) {
        this.db = db;
    }

    @Override
    public boolean isActive(AccountId account) {
        return db.fetchExists(ACCOUNT_DIRECTORY,
                ACCOUNT_DIRECTORY.ID.eq(account.value()).and(ACCOUNT_DIRECTORY.REVOKED_AT.isNull()));
    }

    /**
     * Walks up from {@code account} through {@code owner_id}: one row per level, however many it owns.
     */
    @Override
    public boolean owns(AccountId owner, AccountId account) {
        CommonTableExpression<Record2<UUID, UUID>> chain = OWNERS.fields("id", "owner_id").as(
                DSL.select(ACCOUNT_DIRECTORY.ID, ACCOUNT_DIRECTORY.OWNER_ID)
                        .from(ACCOUNT_DIRECTORY)
                        .where(ACCOUNT_DIRECTORY.ID.eq(account.value()).and(ACCOUNT_DIRECTORY.REVOKED_AT.isNull()))
                        .union(DSL.select(ACCOUNT_DIRECTORY.ID, ACCOUNT_DIRECTORY.OWNER_ID)
                                .from(ACCOUNT_DIRECTORY)
                                .join(DSL.table(OWNERS)).on(ACCOUNT_DIRECTORY.ID.eq(OWNER_ID))
                                .where(ACCOUNT_DIRECTORY.REVOKED_AT.isNull())));
        return db.withRecursive(chain)
                .select(DSL.field(DSL.exists(DSL.selectOne().from(chain).where(OWNER_ID.eq(owner.value())))))
                .fetchSingle().value1();
    }
}
