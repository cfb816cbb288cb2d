package io.skillify.analytics.adapter.out.persistence;

import static skillify.jooq.Tables.ANALYTICS_INBOX;

import io.skillify.analytics.application.port.out.AnalyticsInbox;
import io.skillify.run.domain.RunId;
import io.skillify.shared.domain.WorkspaceId;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * {@code analytics_inbox}: taken with {@code for update skip locked}, so instances counting at once share the work.
 * A deleted workspace's entries go with its aggregates ({@link JooqAnalyticsAggregates#forget}).
 */
@Repository
class JooqAnalyticsInbox implements AnalyticsInbox {

    private final DSLContext db;

    JooqAnalyticsInbox(DSLContext db) {
        this.db = db;
    }

    @Override
    public void add(WorkspaceId workspace, RunId run) {
        db.insertInto(ANALYTICS_INBOX, ANALYTICS_INBOX.RUN_ID, ANALYTICS_INBOX.WORKSPACE_ID)
                .values(run.value(), workspace.value())
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public List<RunId> take(int most) {
        var inbox = ANALYTICS_INBOX;
        return db.deleteFrom(inbox)
                .where(inbox.RUN_ID.in(db.select(inbox.RUN_ID).from(inbox).limit(most).forUpdate().skipLocked()))
                .returningResult(inbox.RUN_ID)
                .fetch(row -> new RunId(row.value1()));
    }
}
