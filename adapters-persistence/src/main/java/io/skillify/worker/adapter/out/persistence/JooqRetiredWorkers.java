package io.skillify.worker.adapter.out.persistence;

import static skillify.jooq.Tables.RETIRED_WORKERS;
import static skillify.jooq.Tables.WORKERS;

import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.application.port.out.RetiredWorkers;
import io.skillify.worker.domain.WorkerId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class JooqRetiredWorkers implements RetiredWorkers {

    private final DSLContext db;

    JooqRetiredWorkers(DSLContext db) {
        this.db = db;
    }

    @Override
    public void retireAllOf(WorkspaceId workspace, String reason, Instant at) {
        db.insertInto(RETIRED_WORKERS, RETIRED_WORKERS.ID, RETIRED_WORKERS.ACCOUNT_ID, RETIRED_WORKERS.REASON,
                        RETIRED_WORKERS.RETIRED_AT)
                .select(DSL.select(WORKERS.ID, WORKERS.ACCOUNT_ID, DSL.val(reason), DSL.val(at))
                        .from(WORKERS)
                        .where(WORKERS.WORKSPACE_ID.eq(workspace.value())))
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public Optional<String> reasonFor(WorkerId worker) {
        return db.select(RETIRED_WORKERS.REASON).from(RETIRED_WORKERS)
                .where(RETIRED_WORKERS.ID.eq(worker.value()))
                .fetchOptional(RETIRED_WORKERS.REASON);
    }
}
