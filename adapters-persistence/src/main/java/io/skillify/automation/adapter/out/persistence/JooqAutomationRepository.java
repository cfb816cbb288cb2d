package io.skillify.automation.adapter.out.persistence;

import static skillify.jooq.Tables.AUTOMATIONS;
import static skillify.jooq.Tables.AUTOMATION_VERSIONS;

import io.skillify.automation.application.port.out.AutomationRepository;
import io.skillify.automation.domain.Automation;
import io.skillify.automation.domain.AutomationDescription;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.AutomationName;
import io.skillify.automation.domain.FlowVersion;
import io.skillify.automation.domain.WebhookToken;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import skillify.jooq.tables.records.AutomationsRecord;

@Repository
class JooqAutomationRepository implements AutomationRepository {

    private final DSLContext db;

    JooqAutomationRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public void insert(Automation automation) {
        db.insertInto(AUTOMATIONS).set(toRow(automation)).execute();
    }

    @Override
    public Optional<Automation> loadForUpdate(WorkspaceId workspace, AutomationId id) {
        return db.selectFrom(AUTOMATIONS)
                .where(AUTOMATIONS.WORKSPACE_ID.eq(workspace.value()))
                .and(AUTOMATIONS.ID.eq(id.value()))
                .and(AUTOMATIONS.DELETED_AT.isNull())
                .forUpdate()
                .fetchOptional()
                .map(JooqAutomationRepository::toAutomation);
    }

    @Override
    public void update(Automation automation) {
        db.update(AUTOMATIONS).set(toRow(automation))
                .where(AUTOMATIONS.WORKSPACE_ID.eq(automation.workspaceId().value()))
                .and(AUTOMATIONS.ID.eq(automation.id().value()))
                .execute();
    }

    @Override
    public void insertVersion(WorkspaceId workspace, FlowVersion version) {
        db.insertInto(AUTOMATION_VERSIONS)
                .set(AUTOMATION_VERSIONS.WORKSPACE_ID, workspace.value())
                .set(AUTOMATION_VERSIONS.AUTOMATION_ID, version.automationId().value())
                .set(AUTOMATION_VERSIONS.VERSION, version.version())
                .set(AUTOMATION_VERSIONS.FLOW, JSONB.valueOf(version.flow().document().toJson()))
                .set(AUTOMATION_VERSIONS.CREATED_BY, version.createdBy().value())
                .set(AUTOMATION_VERSIONS.CREATED_AT, version.createdAt())
                .execute();
    }

    @Override
    public void markDeleted(WorkspaceId workspace, AutomationId id, Instant at) {
        db.update(AUTOMATIONS).set(AUTOMATIONS.DELETED_AT, at)
                .where(AUTOMATIONS.WORKSPACE_ID.eq(workspace.value()))
                .and(AUTOMATIONS.ID.eq(id.value()))
                .execute();
    }

    private static AutomationsRecord toRow(Automation automation) {
        return new AutomationsRecord()
                .setWorkspaceId(automation.workspaceId().value())
                .setId(automation.id().value())
                .setName(automation.name().value())
                .setDescription(automation.description().value())
                .setEnabled(automation.enabled())
                .setCurrentVersion(automation.currentVersion())
                .setWebhookToken(automation.webhookToken().value())
                .setCreatedBy(automation.createdBy().value())
                .setCreatedAt(automation.createdAt())
                .setUpdatedAt(automation.updatedAt());
    }

    private static Automation toAutomation(AutomationsRecord row) {
        return new Automation(new AutomationId(row.getId()), new WorkspaceId(row.getWorkspaceId()),
                new AutomationName(row.getName()), new AutomationDescription(row.getDescription()),
                row.getEnabled(), row.getCurrentVersion(), new WebhookToken(row.getWebhookToken()),
                new AccountId(row.getCreatedBy()), row.getCreatedAt(), row.getUpdatedAt());
    }
}
