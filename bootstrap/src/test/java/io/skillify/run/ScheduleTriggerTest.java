package io.skillify.run;

import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.support.Api;
import io.skillify.support.ApiResponse;
import io.skillify.support.RunningServer;
import io.skillify.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ScheduleTriggerTest extends EverySecondSchedules {

    private static final String KEY = "bld_" + "5".repeat(64);

    private static Map<String, Object> everySecond(Map<String, Object> extra) {
        Map<String, Object> data = new java.util.HashMap<>(Map.of("cron", "* * * * * *", "timezone", "Europe/Berlin",
                "input", Map.of("source", "clock")));
        data.putAll(extra);
        return Map.of("nodes", List.of(node("tick", "trigger.schedule", data),
                        node("log", "notify.log", Map.of("message", "tick from {{input.source}}"))),
                "edges", List.of(edge("e1", "tick", "log", null)));
    }

    @Test
    void aScheduleStartsRunsAtItsTicksWithItsInputUntilDisabled() throws Exception {
        Caller owner = newAccount("scheduler");
        UUID workspace = newWorkspace(owner);
        String automation = owner.api().post("/api/" + workspace + "/automations",
                Map.of("name", "clock", "flow", everySecond(Map.of()))).data().get("id").asString();
        String runs = "/api/" + workspace + "/automations/" + automation + "/runs";

        JsonNode listed = await("two scheduled runs").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> owner.api().get(runs).data(), found -> found.size() >= 2);
        JsonNode run = listed.get(0);
        assertThat(run.get("trigger").asString()).isEqualTo("schedule");
        assertThat(run.get("input").get("source").asString()).isEqualTo("clock");

        // fires every second beside the one under test: two more of its runs mean two more ticks were looked at
        String witness = owner.api().post("/api/" + workspace + "/automations",
                Map.of("name", "witness", "flow", everySecond(Map.of()))).data().get("id").asString();
        String witnessRuns = "/api/" + workspace + "/automations/" + witness + "/runs?limit=200";
        owner.api().patch("/api/" + workspace + "/automations/" + automation, Map.of("enabled", false));
        awaitMoreRuns(owner, witnessRuns, 2);
        int afterDisabling = owner.api().get(runs + "?limit=200").data().size();
        awaitMoreRuns(owner, witnessRuns, 2);
        owner.api().patch("/api/" + workspace + "/automations/" + witness, Map.of("enabled", false));
        assertThat(owner.api().get(runs + "?limit=200").data().size()).isEqualTo(afterDisabling);
    }

    private static void awaitMoreRuns(Caller owner, String runs, int more) {
        int now = owner.api().get(runs).data().size();
        await(more + " more scheduled runs").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> owner.api().get(runs).data().size() >= now + more);
    }

    @Test
    void invalidCronZonesAndExpressionsAreRefusedWhenSaving() {
        Caller owner = newAccount("bad-scheduler");
        UUID workspace = newWorkspace(owner);
        String automations = "/api/" + workspace + "/automations";
        assertThat(detailPaths(assertError(owner.api().post(automations, Map.of("name", "x", "flow",
                everySecond(Map.of("cron", "61 * * * *")))), 400))).containsExactly("nodes[0].data.cron");
        assertThat(detailPaths(assertError(owner.api().post(automations, Map.of("name", "x", "flow",
                everySecond(Map.of("timezone", "Mars/Olympus_Mons")))), 400))).containsExactly("nodes[0].data.timezone");
        ApiResponse badExpression = assertError(owner.api().post(automations, Map.of("name", "x", "flow", Map.of(
                "nodes", List.of(node("start", "trigger.manual", Map.of()),
                        node("check", "logic.condition", Map.of("expression", "input.amount >")),
                        node("calc", "data.transform", Map.of("set", Map.of("ok", "1 +* 2")))),
                "edges", List.of(edge("e1", "start", "check", null), edge("e2", "check", "calc", "true"))))), 400);
        assertThat(detailPaths(badExpression)).containsExactlyInAnyOrder("nodes[1].data.expression",
                "nodes[2].data.set.ok");
    }

    @Test
    void twoInstancesStartExactlyOneRunPerTick() throws Exception {
        TestDatabase db = TestDatabase.get();
        String url = db.freshDatabase();
        Map<String, Object> properties = Map.of("spring.datasource.url", url,
                "spring.datasource.username", db.username(), "spring.datasource.password", db.password(),
                "skillify.bootstrap-api-key", KEY, MIN_INTERVAL, "1s");
        try (RunningServer first = RunningServer.start(properties); RunningServer second = RunningServer.start(properties)) {
            Api api = first.api(KEY);
            String workspace = api.post("/api/workspaces", Map.of("name", "ticks")).data().get("id").asString();
            String automation = api.post("/api/" + workspace + "/automations",
                    Map.of("name", "clock", "flow", everySecond(Map.of()))).data().get("id").asString();
            await("three scheduled runs").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> api.get("/api/" + workspace + "/automations/" + automation + "/runs?limit=200")
                            .data().size() >= 3);
            api.patch("/api/" + workspace + "/automations/" + automation, Map.of("enabled", false));
            // closing both instances ends every tick in flight: the counts below are final
        }
        try (Connection sql = DriverManager.getConnection(url, db.username(), db.password())) {
            long runs = count(sql, "select count(*) from runs where trigger = 'schedule'");
            long ticks = count(sql, "select count(distinct tick_at) from schedule_ticks");
            assertThat(runs).as("one run per tick, whichever instance fired it").isGreaterThanOrEqualTo(3)
                    .isEqualTo(ticks);
            assertThat(count(sql, "select count(*) from runs r join schedule_ticks t on t.run_id = r.id"))
                    .isEqualTo(runs);
        }
    }

    private static long count(Connection sql, String query) throws Exception {
        try (ResultSet result = sql.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
