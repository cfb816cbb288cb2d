package io.skillify.analytics.adapter.out.persistence;

import static skillify.jooq.Tables.ANALYTICS_WORKERS;

import io.skillify.analytics.application.port.out.WorkerCosts;
import io.skillify.worker.domain.event.WorkerEnded;
import java.util.Locale;
import org.springframework.stereotype.Repository;
import org.jooq.DSLContext;

@Repository
class JooqWorkerCosts implements WorkerCosts {

    private final DSLContext db;

    JooqWorkerCosts(DSLContext db) {
        this.db = db;
    }

    @Override
    public boolean record(WorkerEnded ended) {
        var t = ANALYTICS_WORKERS;
        return db.insertInto(t)
                .set(t.WORKSPACE_ID, ended.workspaceId().value())
                .set(t.WORKER_ID, ended.workerId().value())
                .set(t.TASK_ID, ended.taskId().value())
                .set(t.ACCOUNT_ID, ended.accountId() == null ? null : ended.accountId().value())
                .set(t.STATUS, ended.status().name().toLowerCase(Locale.ROOT))
                .set(t.COST_USD, ended.costUsd())
                .set(t.TURNS, ended.turns())
                .set(t.STARTED_AT, ended.startedAt())
                .set(t.ENDED_AT, ended.endedAt())
                .onConflictDoNothing()
                .execute() == 1;
    }
}
