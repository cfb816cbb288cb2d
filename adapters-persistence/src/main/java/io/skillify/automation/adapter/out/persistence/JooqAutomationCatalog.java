package io.skillify.automation.adapter.out.persistence;

import static skillify.jooq.Tables.AUTOMATIONS;

import io.skillify.automation.application.port.out.AutomationCatalog;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.view.AutomationSummary;
import io.skillify.shared.domain.WorkspaceId;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class JooqAutomationCatalog implements AutomationCatalog {

    private final DSLContext db;

    JooqAutomationCatalog(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<AutomationSummary> after(AutomationId after, int limit) {
        Condition condition = after == null ? DSL.trueCondition() : AUTOMATIONS.ID.gt(after.value());
        return db.select(AUTOMATIONS.WORKSPACE_ID, AUTOMATIONS.ID, AUTOMATIONS.NAME, AUTOMATIONS.CREATED_AT,
                        AUTOMATIONS.DELETED_AT)
                .from(AUTOMATIONS).where(condition).orderBy(AUTOMATIONS.ID).limit(limit)
                .fetch(row -> new AutomationSummary(new WorkspaceId(row.value1()), new AutomationId(row.value2()),
                        row.value3(), row.value4(), row.value5()));
    }
}
