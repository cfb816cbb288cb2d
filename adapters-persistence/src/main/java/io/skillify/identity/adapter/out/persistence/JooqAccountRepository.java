package io.skillify.identity.adapter.out.persistence;

import static skillify.jooq.Tables.ACCOUNTS;

import io.skillify.identity.application.port.out.AccountRepository;
import io.skillify.identity.domain.Account;
import io.skillify.shared.application.Cursors;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqAccountRepository implements AccountRepository {

    /** Serializes first-start checks of all instances sharing one database. */
    private static final long FIRST_START_LOCK = 0x5341_4B49_4C4C_0001L;

    private final DSLContext db;

    JooqAccountRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public void insert(Account account) {
        db.insertInto(ACCOUNTS).set(AccountRows.toRow(account)).execute();
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return db.selectFrom(ACCOUNTS).where(ACCOUNTS.ID.eq(id.value())).fetchOptional().map(AccountRows::toAccount);
    }

    @Override
    public Optional<Account> findBySubject(String externalSubject) {
        return db.selectFrom(ACCOUNTS).where(ACCOUNTS.EXTERNAL_SUBJECT.eq(externalSubject)).fetchOptional()
                .map(AccountRows::toAccount);
    }

    @Override
    public Account insertSessionUserIfAbsent(Account candidate) {
        db.insertInto(ACCOUNTS).set(AccountRows.toRow(candidate))
                .onConflict(ACCOUNTS.EXTERNAL_SUBJECT).doNothing()
                .execute();
        return findBySubject(candidate.externalSubject().orElseThrow()).orElseThrow();
    }

    @Override
    public Page<Account> findActiveOwnedBy(AccountId owner, PageRequest page) {
        var condition = ACCOUNTS.OWNER_ID.eq(owner.value()).and(ACCOUNTS.REVOKED_AT.isNull());
        if (page.cursor() != null) {
            UUID after = Cursors.read(page.cursor(), 1, parts -> UUID.fromString(parts.getFirst()));
            condition = condition.and(ACCOUNTS.ID.gt(after));
        }
        var rows = db.selectFrom(ACCOUNTS).where(condition).orderBy(ACCOUNTS.ID).limit(page.limit() + 1)
                .fetch(AccountRows::toAccount);
        return Page.fromOverfetch(rows, page.limit(), account -> Cursors.encode(account.id().toString()));
    }

    @Override
    public void markRevoked(AccountId id, Instant at) {
        db.update(ACCOUNTS).set(ACCOUNTS.REVOKED_AT, at)
                .where(ACCOUNTS.ID.eq(id.value()).and(ACCOUNTS.REVOKED_AT.isNull()))
                .execute();
    }

    @Override
    public boolean anyExistsLockingFirstStart() {
        db.fetch("select pg_advisory_xact_lock(?)", FIRST_START_LOCK);
        return db.fetchExists(ACCOUNTS);
    }
}
