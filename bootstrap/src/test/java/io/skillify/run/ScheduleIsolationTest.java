package io.skillify.run;

import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract §9: a schedule that fails at run time is logged and skipped; every other schedule still fires. The
 * broken schedules are written straight into the database, as flows saved before today's checks were stored.
 */
class ScheduleIsolationTest extends EverySecondSchedules {

    private static final int WORKSPACES = 5;
    private static final int PER_WORKSPACE = 10;

    private static Map<String, Object> flow(String cron) {
        return Map.of("nodes", List.of(node("tick", "trigger.schedule", Map.of("cron", cron)),
                        node("log", "notify.log", Map.of("message", "tick"))),
                "edges", List.of(edge("e1", "tick", "log", null)));
    }

    @Test
    void brokenSchedulesAreSkippedAndFiftyHealthyOnesInSeveralWorkspacesAllFire() throws Exception {
        Caller owner = newAccount("many-schedules");
        List<String> automations = new ArrayList<>();
        Map<String, UUID> workspaceOf = new HashMap<>();
        for (int w = 0; w < WORKSPACES; w++) {
            UUID workspace = newWorkspace(owner);
            for (int a = 0; a < PER_WORKSPACE; a++) {
                String id = owner.api().post("/api/" + workspace + "/automations",
                        Map.of("name", "clock " + a, "flow", flow("* * * * * *"))).data().get("id").asString();
                automations.add(id);
                workspaceOf.put(id, workspace);
            }
        }
        UUID brokenWorkspace = newWorkspace(owner);
        List<String> broken = new ArrayList<>();
        for (String cron : List.of("0 0 0 31W * ?", "every full moon")) {
            String id = owner.api().post("/api/" + brokenWorkspace + "/automations",
                    Map.of("name", "broken", "flow", flow("0 0 * * * *"))).data().get("id").asString();
            breakSchedule(id, cron);
            broken.add(id);
        }

        try (Connection sql = connect()) {
            await("every healthy schedule fires at least twice").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> countWithRuns(sql, automations, 2) == automations.size());
            assertThat(countWithRuns(sql, broken, 1)).as("broken schedules start no run").isZero();
            try (PreparedStatement postponed = sql.prepareStatement(
                    "select count(*) from schedules where automation_id = ?::uuid and next_fire_at > ?")) {
                for (String id : broken) {
                    postponed.setString(1, id);
                    postponed.setTimestamp(2, Timestamp.from(Instant.now().plusSeconds(20)));
                    assertThat(single(postponed)).as("a broken schedule is left alone for a while").isEqualTo(1);
                }
            }
        } finally {
            for (String id : automations) {
                owner.api().patch("/api/" + workspaceOf.get(id) + "/automations/" + id, Map.of("enabled", false));
            }
        }
    }

    @Test
    void aScheduleFollowsItsAutomationThroughDisableEnableNewVersionsAndDelete() throws Exception {
        Caller owner = newAccount("follows");
        UUID workspace = newWorkspace(owner);
        String id = owner.api().post("/api/" + workspace + "/automations",
                Map.of("name", "follows", "flow", flow("* * * * * *"))).data().get("id").asString();
        String automation = "/api/" + workspace + "/automations/" + id;
        // fires every second beside the one under test: two more of its runs mean two ticks were looked at
        String witness = owner.api().post("/api/" + workspace + "/automations",
                Map.of("name", "witness", "flow", flow("* * * * * *"))).data().get("id").asString();
        try (Connection sql = connect()) {
            awaitRuns(sql, id, 1);
            owner.api().patch(automation, Map.of("enabled", false));
            long whileDisabled = runs(sql, id);
            awaitRuns(sql, witness, runs(sql, witness) + 2);
            assertThat(runs(sql, id)).as("no runs while disabled").isLessThanOrEqualTo(whileDisabled + 1);

            owner.api().patch(automation, Map.of("enabled", true));
            awaitRuns(sql, id, runs(sql, id) + 2);

            owner.api().put(automation + "/flow", Map.of("flow", Map.of(
                    "nodes", List.of(node("start", "trigger.manual", Map.of())), "edges", List.of())));
            long afterManual = runs(sql, id);
            awaitRuns(sql, witness, runs(sql, witness) + 2);
            assertThat(runs(sql, id)).as("a manual flow has no schedule").isLessThanOrEqualTo(afterManual + 1);

            owner.api().put(automation + "/flow", Map.of("flow", flow("* * * * * *")));
            awaitRuns(sql, id, runs(sql, id) + 2);
            owner.api().delete(automation);
            long afterDelete = runs(sql, id);
            awaitRuns(sql, witness, runs(sql, witness) + 2);
            assertThat(runs(sql, id)).as("a deleted automation's schedule is gone")
                    .isLessThanOrEqualTo(afterDelete + 1);
        } finally {
            owner.api().patch("/api/" + workspace + "/automations/" + witness, Map.of("enabled", false));
        }
    }

    private static void awaitRuns(Connection sql, String automation, long atLeast) throws Exception {
        await("scheduled runs of " + automation).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> runs(sql, automation) >= atLeast);
    }

    private static long runs(Connection sql, String automation) throws Exception {
        try (PreparedStatement query = sql.prepareStatement(
                "select count(*) from runs where trigger = 'schedule' and automation_id = ?::uuid")) {
            query.setString(1, automation);
            return single(query);
        }
    }

    /** Stores {@code cron} in the automation's current flow and schedule, as a flow saved long ago would be. */
    private static void breakSchedule(String automation, String cron) throws Exception {
        try (Connection sql = connect()) {
            try (PreparedStatement flow = sql.prepareStatement("update automation_versions set flow = jsonb_set(flow, "
                    + "'{nodes,0,data,cron}', to_jsonb(?::text)) where automation_id = ?::uuid")) {
                flow.setString(1, cron);
                flow.setString(2, automation);
                assertThat(flow.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement schedule = sql.prepareStatement(
                    "update schedules set trigger_data = jsonb_set(trigger_data, '{cron}', to_jsonb(?::text)), "
                            + "next_fire_at = now() - interval '1 minute' "
                            + "where automation_id = ?::uuid")) {
                schedule.setString(1, cron);
                schedule.setString(2, automation);
                assertThat(schedule.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private static Connection connect() throws Exception {
        TestDatabase db = TestDatabase.get();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }

    private static long countWithRuns(Connection sql, List<String> automations, int runs) throws Exception {
        try (PreparedStatement query = sql.prepareStatement("select count(*) from (select automation_id from runs "
                + "where trigger = 'schedule' and automation_id = any (?::uuid[]) group by automation_id "
                + "having count(*) >= ?) fired")) {
            query.setArray(1, sql.createArrayOf("text", automations.toArray()));
            query.setInt(2, runs);
            return single(query);
        }
    }

    private static long single(PreparedStatement query) throws Exception {
        try (ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
