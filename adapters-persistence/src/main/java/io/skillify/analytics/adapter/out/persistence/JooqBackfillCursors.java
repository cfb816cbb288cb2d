package io.skillify.analytics.adapter.out.persistence;

import static skillify.jooq.Tables.ANALYTICS_BACKFILL;

import io.skillify.analytics.application.port.out.BackfillCursors;
import io.skillify.run.domain.RunId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqBackfillCursors implements BackfillCursors {

    private final DSLContext db;

    JooqBackfillCursors(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<RunId> position(String backfill) {
        return db.select(ANALYTICS_BACKFILL.AFTER_RUN).from(ANALYTICS_BACKFILL)
                .where(ANALYTICS_BACKFILL.NAME.eq(backfill))
                .fetchOptional(ANALYTICS_BACKFILL.AFTER_RUN)
                .map(RunId::new);
    }

    @Override
    public void save(String backfill, RunId after, Instant at) {
        db.insertInto(ANALYTICS_BACKFILL)
                .set(ANALYTICS_BACKFILL.NAME, backfill)
                .set(ANALYTICS_BACKFILL.AFTER_RUN, after.value())
                .set(ANALYTICS_BACKFILL.UPDATED_AT, at)
                .onConflict(ANALYTICS_BACKFILL.NAME)
                .doUpdate()
                .set(ANALYTICS_BACKFILL.AFTER_RUN, after.value())
                .set(ANALYTICS_BACKFILL.UPDATED_AT, at)
                .execute();
    }
}
