package io.skillify.identity.adapter.out.persistence;

import static skillify.jooq.Tables.ACCOUNTS;

import io.skillify.identity.application.port.out.AccountRepository;
import io.skillify.identity.domain.Account;
import io.skillify.shared.application.Cursors;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

@Repository
class JooqAccountRepository implements AccountRepository {

    /** Serializes first-start checks of all instances sharing one database. */
    private static final long FIRST_START_LOCK = 0x5341_4B49_4C4C_0001L;

    private static final Name TREE = DSL.name("owned_tree");
    private static final Field<UUID> TREE_ID = DSL.field(DSL.name("owned_tree", "id"), SQLDataType.UUID);

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
    public Optional<Account> lockActiveCreator(AccountId id) {
        return db.selectFrom(ACCOUNTS).where(ACCOUNTS.ID.eq(id.value()).and(ACCOUNTS.REVOKED_AT.isNull()))
                .forShare().fetchOptional().map(AccountRows::toAccount);
    }

    /** {@code FOR NO KEY UPDATE}: regenerations of one account's key queue up, while key-share locks pass. */
    @Override
    public Optional<Account> lockActive(AccountId id) {
        return db.selectFrom(ACCOUNTS).where(ACCOUNTS.ID.eq(id.value()).and(ACCOUNTS.REVOKED_AT.isNull()))
                .forNoKeyUpdate().fetchOptional().map(AccountRows::toAccount);
    }

    /**
     * Locks the tree as the current statement sees it, again and again until it stops growing: every account of it
     * stays locked, so creations under it (which share-lock their creator) either committed before a later look
     * (and are seen by it) or wait for this transaction. {@code FOR NO KEY UPDATE} leaves the key-share locks of
     * claims' new workers alone.
     */
    @Override
    public List<Account> lockOwnedTree(AccountId root) {
        List<Account> tree = List.of();
        while (true) {
            List<Account> seen = db.withRecursive(TREE.fields(TREE_ID.getName()).as(
                            DSL.select(ACCOUNTS.ID).from(ACCOUNTS).where(ACCOUNTS.ID.eq(root.value()))
                                    .union(DSL.select(ACCOUNTS.ID).from(ACCOUNTS)
                                            .join(DSL.table(TREE)).on(ACCOUNTS.OWNER_ID.eq(TREE_ID)))))
                    .selectFrom(ACCOUNTS)
                    .where(ACCOUNTS.ID.in(DSL.select(TREE_ID).from(DSL.table(TREE))))
                    .orderBy(ACCOUNTS.ID)
                    .forNoKeyUpdate()
                    .fetch(AccountRows::toAccount);
            if (seen.size() == tree.size()) {
                return tree.stream().filter(account -> !account.id().equals(root)).toList();
            }
            tree = seen;
        }
    }

    @Override
    public void markRevoked(Collection<AccountId> ids, Instant at) {
        db.update(ACCOUNTS).set(ACCOUNTS.REVOKED_AT, at)
                .where(ACCOUNTS.ID.in(ids.stream().map(AccountId::value).toList()).and(ACCOUNTS.REVOKED_AT.isNull()))
                .execute();
    }

    @Override
    public boolean anyExistsLockingFirstStart() {
        db.fetch("select pg_advisory_xact_lock(?)", FIRST_START_LOCK);
        return db.fetchExists(ACCOUNTS);
    }
}
