package io.skillify.automation.adapter.out.persistence;

import static skillify.jooq.Tables.AUTOMATIONS;
import static skillify.jooq.Tables.SCHEDULES;

import io.skillify.automation.domain.view.DueSchedule;
import io.skillify.automation.application.port.out.ScheduleRepository;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.adapter.out.persistence.JsonColumns;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import skillify.jooq.tables.records.SchedulesRecord;

@Repository
class JooqScheduleRepository implements ScheduleRepository {

    private final DSLContext db;

    JooqScheduleRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public void put(DueSchedule schedule) {
        SchedulesRecord row = new SchedulesRecord()
                .setWorkspaceId(schedule.workspace().value())
                .setAutomationId(schedule.automation().value())
                .setVersion(schedule.version())
                .setTriggerType(schedule.triggerType())
                .setTriggerData(JsonColumns.json(schedule.data()))
                .setInput(JsonColumns.json(schedule.input()))
                .setNotBefore(schedule.notBefore())
                .setNextFireAt(schedule.nextFireAt());
        db.insertInto(SCHEDULES).set(row)
                .onConflict(SCHEDULES.WORKSPACE_ID, SCHEDULES.AUTOMATION_ID).doUpdate().set(row)
                .execute();
    }

    @Override
    public void remove(WorkspaceId workspace, AutomationId automation) {
        db.deleteFrom(SCHEDULES)
                .where(SCHEDULES.WORKSPACE_ID.eq(workspace.value()))
                .and(SCHEDULES.AUTOMATION_ID.eq(automation.value()))
                .execute();
    }

    @Override
    public List<DueSchedule> due(Instant now, int limit) {
        return db.selectFrom(SCHEDULES)
                .where(SCHEDULES.NEXT_FIRE_AT.le(now))
                .orderBy(SCHEDULES.NEXT_FIRE_AT)
                .limit(limit)
                .fetch(row -> new DueSchedule(new WorkspaceId(row.getWorkspaceId()),
                        new AutomationId(row.getAutomationId()), row.getVersion(), row.getTriggerType(),
                        (JsonObject) JsonColumns.json(row.getTriggerData()), JsonColumns.json(row.getInput()), row.getNotBefore(), row.getNextFireAt()));
    }

    @Override
    public boolean moveNextFire(DueSchedule schedule, Instant next) {
        boolean live = db.selectOne().from(AUTOMATIONS)
                .where(AUTOMATIONS.WORKSPACE_ID.eq(schedule.workspace().value()))
                .and(AUTOMATIONS.ID.eq(schedule.automation().value()))
                .forKeyShare()
                .fetchOptional().isPresent();
        return live && db.update(SCHEDULES)
                .set(SCHEDULES.NEXT_FIRE_AT, next)
                .where(SCHEDULES.WORKSPACE_ID.eq(schedule.workspace().value()))
                .and(SCHEDULES.AUTOMATION_ID.eq(schedule.automation().value()))
                .and(SCHEDULES.VERSION.eq(schedule.version()))
                .and(SCHEDULES.NEXT_FIRE_AT.eq(schedule.nextFireAt()))
                .execute() == 1;
    }
}
