package io.skillify.identity.adapter.out.persistence;

import static skillify.jooq.Tables.ACCOUNTS;
import static skillify.jooq.Tables.API_KEYS;

import io.skillify.identity.application.port.out.ApiKeyRepository;
import io.skillify.identity.domain.ApiKey;
import io.skillify.identity.domain.ApiKeyDigest;
import io.skillify.shared.adapter.out.persistence.RenderedQuery;
import io.skillify.shared.domain.AccountId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.impl.DSL;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JooqApiKeyRepository implements ApiKeyRepository {

    private static final Param<byte[]> DIGEST = DSL.param("digest", API_KEYS.DIGEST);

    private final DSLContext db;
    private final RenderedQuery activeHolder;

    JooqApiKeyRepository(DSLContext db, JdbcTemplate jdbc) {
        this.db = db;
        Field<?>[] results = Stream.concat(Arrays.stream(ACCOUNTS.fields()), Stream.of(API_KEYS.DIGEST))
                .toArray(Field<?>[]::new);
        this.activeHolder = RenderedQuery.of(jdbc, db, db.select(results)
                .from(API_KEYS)
                .join(ACCOUNTS).on(ACCOUNTS.ID.eq(API_KEYS.ACCOUNT_ID))
                .where(API_KEYS.DIGEST.eq(DIGEST))
                .and(API_KEYS.REVOKED_AT.isNull())
                .and(ACCOUNTS.REVOKED_AT.isNull()), results);
    }

    @Override
    public void insert(ApiKey key) {
        db.insertInto(API_KEYS)
                .set(API_KEYS.ID, key.id())
                .set(API_KEYS.ACCOUNT_ID, key.accountId().value())
                .set(API_KEYS.DIGEST, key.digest().bytes())
                .set(API_KEYS.DISPLAY_PREFIX, key.displayPrefix())
                .set(API_KEYS.CREATED_AT, key.createdAt())
                .execute();
    }

    @Override
    public Optional<KeyHolder> findActiveHolder(ApiKeyDigest digest) {
        return activeHolder.bind().set(DIGEST, digest.bytes()).fetchOptional()
                .map(row -> new KeyHolder(AccountRows.toAccount(row), ApiKeyDigest.fromStored(row.get(API_KEYS.DIGEST))));
    }

    @Override
    public void revokeAllOf(Collection<AccountId> accounts, Instant at) {
        db.update(API_KEYS).set(API_KEYS.REVOKED_AT, at)
                .where(API_KEYS.ACCOUNT_ID.in(accounts.stream().map(AccountId::value).toList())
                        .and(API_KEYS.REVOKED_AT.isNull()))
                .execute();
    }
}
