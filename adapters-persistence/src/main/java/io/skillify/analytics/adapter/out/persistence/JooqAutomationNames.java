package io.skillify.analytics.adapter.out.persistence;

import static skillify.jooq.Tables.ANALYTICS_AUTOMATIONS;

import io.skillify.analytics.application.port.out.AutomationNames;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.view.AutomationSummary;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqAutomationNames implements AutomationNames {

    private final DSLContext db;

    JooqAutomationNames(DSLContext db) {
        this.db = db;
    }

    @Override
    public void put(AutomationSummary automation) {
        var t = ANALYTICS_AUTOMATIONS;
        db.insertInto(t)
                .set(t.WORKSPACE_ID, automation.workspaceId().value())
                .set(t.AUTOMATION_ID, automation.id().value())
                .set(t.NAME, automation.name())
                .set(t.CREATED_AT, automation.createdAt())
                .set(t.DELETED_AT, automation.deletedAt())
                .onConflict(t.WORKSPACE_ID, t.AUTOMATION_ID)
                .doUpdate()
                .set(t.NAME, automation.name())
                .set(t.CREATED_AT, automation.createdAt())
                .set(t.DELETED_AT, automation.deletedAt())
                .execute();
    }

    @Override
    public void renamed(WorkspaceId workspace, AutomationId automation, String name, Instant at) {
        var t = ANALYTICS_AUTOMATIONS;
        db.insertInto(t)
                .set(t.WORKSPACE_ID, workspace.value())
                .set(t.AUTOMATION_ID, automation.value())
                .set(t.NAME, name)
                .set(t.CREATED_AT, at)
                .onConflict(t.WORKSPACE_ID, t.AUTOMATION_ID)
                .doUpdate()
                .set(t.NAME, name)
                .execute();
    }

    @Override
    public void deleted(WorkspaceId workspace, AutomationId automation, String name, Instant at) {
        var t = ANALYTICS_AUTOMATIONS;
        db.insertInto(t)
                .set(t.WORKSPACE_ID, workspace.value())
                .set(t.AUTOMATION_ID, automation.value())
                .set(t.NAME, name)
                .set(t.CREATED_AT, at)
                .set(t.DELETED_AT, at)
                .onConflict(t.WORKSPACE_ID, t.AUTOMATION_ID)
                .doUpdate()
                .set(t.DELETED_AT, at)
                .execute();
    }
}
