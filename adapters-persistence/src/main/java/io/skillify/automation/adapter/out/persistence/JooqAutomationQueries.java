package io.skillify.automation.adapter.out.persistence;

import static skillify.jooq.Tables.AUTOMATIONS;
import static skillify.jooq.Tables.AUTOMATION_VERSIONS;

import io.skillify.shared.adapter.out.persistence.JsonColumns;
import io.skillify.automation.domain.view.AutomationView;
import io.skillify.automation.domain.view.FlowVersionView;
import io.skillify.automation.application.port.out.AutomationQueries;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.adapter.out.persistence.RenderedQuery;
import io.skillify.shared.application.Cursors;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JooqAutomationQueries implements AutomationQueries {

    private static final Param<UUID> WORKSPACE = DSL.param("workspace", AUTOMATIONS.WORKSPACE_ID);
    private static final Param<UUID> AUTOMATION = DSL.param("automation", AUTOMATIONS.ID);

    private final DSLContext db;
    private final RenderedQuery currentVersion;

    JooqAutomationQueries(DSLContext db, JdbcTemplate jdbc) {
        this.db = db;
        this.currentVersion = RenderedQuery.of(jdbc, db, db.select(AUTOMATIONS.CURRENT_VERSION).from(AUTOMATIONS)
                .where(AUTOMATIONS.WORKSPACE_ID.eq(WORKSPACE).and(AUTOMATIONS.DELETED_AT.isNull()))
                .and(AUTOMATIONS.ID.eq(AUTOMATION)), AUTOMATIONS.CURRENT_VERSION);
    }

    @Override
    public Optional<AutomationView> automation(WorkspaceId workspace, AutomationId id) {
        return db.select(AUTOMATIONS.asterisk(), AUTOMATION_VERSIONS.FLOW)
                .from(AUTOMATIONS)
                .leftJoin(AUTOMATION_VERSIONS)
                .on(AUTOMATION_VERSIONS.WORKSPACE_ID.eq(AUTOMATIONS.WORKSPACE_ID))
                .and(AUTOMATION_VERSIONS.AUTOMATION_ID.eq(AUTOMATIONS.ID))
                .and(AUTOMATION_VERSIONS.VERSION.eq(AUTOMATIONS.CURRENT_VERSION))
                .where(live(workspace).and(AUTOMATIONS.ID.eq(id.value())))
                .fetchOptional(row -> toView(row, flowOf(row.get(AUTOMATION_VERSIONS.FLOW))));
    }

    @Override
    public Optional<AutomationView> webhookTarget(AutomationId id) {
        return db.select(AUTOMATIONS.asterisk(), AUTOMATION_VERSIONS.FLOW)
                .from(AUTOMATIONS)
                .leftJoin(AUTOMATION_VERSIONS)
                .on(AUTOMATION_VERSIONS.WORKSPACE_ID.eq(AUTOMATIONS.WORKSPACE_ID))
                .and(AUTOMATION_VERSIONS.AUTOMATION_ID.eq(AUTOMATIONS.ID))
                .and(AUTOMATION_VERSIONS.VERSION.eq(AUTOMATIONS.CURRENT_VERSION))
                .where(AUTOMATIONS.ID.eq(id.value()).and(AUTOMATIONS.DELETED_AT.isNull()))
                .fetchOptional(row -> toView(row, flowOf(row.get(AUTOMATION_VERSIONS.FLOW))));
    }

    @Override
    public OptionalInt currentVersion(WorkspaceId workspace, AutomationId id) {
        return currentVersion.bind().set(WORKSPACE, workspace.value()).set(AUTOMATION, id.value()).fetchOptional()
                .map(row -> OptionalInt.of(row.get(AUTOMATIONS.CURRENT_VERSION)))
                .orElse(OptionalInt.empty());
    }

    @Override
    public Page<AutomationView> automations(WorkspaceId workspace, String search, PageRequest page) {
        Condition condition = live(workspace);
        if (search != null) {
            condition = condition.and(AUTOMATIONS.NAME.containsIgnoreCase(search));
        }
        if (page.cursor() != null) {
            UUID before = Cursors.read(page.cursor(), 1, parts -> UUID.fromString(parts.getFirst()));
            condition = condition.and(AUTOMATIONS.ID.lt(before));
        }
        List<AutomationView> rows = db.selectFrom(AUTOMATIONS).where(condition)
                .orderBy(AUTOMATIONS.ID.desc())
                .limit(page.limit() + 1)
                .fetch(row -> toView(row, null));
        return Page.fromOverfetch(rows, page.limit(), last -> Cursors.encode(last.id().toString()));
    }

    @Override
    public Page<FlowVersionView> versions(WorkspaceId workspace, AutomationId automation, PageRequest page) {
        Condition condition = AUTOMATION_VERSIONS.WORKSPACE_ID.eq(workspace.value())
                .and(AUTOMATION_VERSIONS.AUTOMATION_ID.eq(automation.value()));
        if (page.cursor() != null) {
            int before = Cursors.read(page.cursor(), 1, parts -> Integer.parseInt(parts.getFirst()));
            condition = condition.and(AUTOMATION_VERSIONS.VERSION.lt(before));
        }
        List<FlowVersionView> rows = db.select(AUTOMATION_VERSIONS.VERSION, AUTOMATION_VERSIONS.CREATED_AT,
                        AUTOMATION_VERSIONS.CREATED_BY)
                .from(AUTOMATION_VERSIONS)
                .where(condition)
                .orderBy(AUTOMATION_VERSIONS.VERSION.desc())
                .limit(page.limit() + 1)
                .fetch(row -> new FlowVersionView(row.value1(), row.value2(), new AccountId(row.value3()), null));
        return Page.fromOverfetch(rows, page.limit(), last -> Cursors.encode(Integer.toString(last.version())));
    }

    @Override
    public Optional<FlowVersionView> version(WorkspaceId workspace, AutomationId automation, int version) {
        return db.selectFrom(AUTOMATION_VERSIONS)
                .where(AUTOMATION_VERSIONS.WORKSPACE_ID.eq(workspace.value()))
                .and(AUTOMATION_VERSIONS.AUTOMATION_ID.eq(automation.value()))
                .and(AUTOMATION_VERSIONS.VERSION.eq(version))
                .fetchOptional(row -> new FlowVersionView(row.getVersion(), row.getCreatedAt(),
                        new AccountId(row.getCreatedBy()), flowOf(row.getFlow())));
    }

    private static Condition live(WorkspaceId workspace) {
        return AUTOMATIONS.WORKSPACE_ID.eq(workspace.value()).and(AUTOMATIONS.DELETED_AT.isNull());
    }

    private static JsonObject flowOf(JSONB stored) {
        return stored == null ? null : (JsonObject) JsonColumns.json(stored);
    }

    private static AutomationView toView(Record row, JsonObject flow) {
        return new AutomationView(new AutomationId(row.get(AUTOMATIONS.ID)),
                new WorkspaceId(row.get(AUTOMATIONS.WORKSPACE_ID)), row.get(AUTOMATIONS.NAME),
                row.get(AUTOMATIONS.DESCRIPTION), row.get(AUTOMATIONS.ENABLED), row.get(AUTOMATIONS.CURRENT_VERSION),
                flow, row.get(AUTOMATIONS.WEBHOOK_TOKEN), new AccountId(row.get(AUTOMATIONS.CREATED_BY)),
                row.get(AUTOMATIONS.CREATED_AT), row.get(AUTOMATIONS.UPDATED_AT));
    }
}
