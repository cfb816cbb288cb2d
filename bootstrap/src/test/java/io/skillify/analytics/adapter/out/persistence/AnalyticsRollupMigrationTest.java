package io.skillify.analytics.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.analytics.application.DurationSketch;
import io.skillify.support.IntegrationTest;
import io.skillify.support.TestDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migrations V20 and V21: the aggregates an older database holds are rolled up into days and weeks (V20) and into
 * hours (V21), sketches merged.
 */
class AnalyticsRollupMigrationTest extends IntegrationTest {

    static final UUID WORKSPACE = UUID.randomUUID();
    static final UUID AUTOMATION = UUID.randomUUID();

    @Autowired
    JdbcTemplate applicationJdbc;

    @Test
    void theApplicationRunsTheJavaMigrationBetweenTheTwoSqlOnes() {
        assertThat(applicationJdbc.queryForList("select version || ' ' || type || ' ' || success from "
                + "flyway_schema_history where version like '20%' or version like '21%' order by installed_rank",
                String.class))
                .containsExactly("20 SQL true", "20.1 JDBC true", "20.2 SQL true", "21 SQL true", "21.1 JDBC true");
    }

    @Test
    void runQuartersAtV20AreRolledUpIntoHoursWithTheirSketchesMerged() {
        TestDatabase database = TestDatabase.get();
        DriverManagerDataSource source = new DriverManagerDataSource(database.freshDatabase(), database.username(),
                database.password());
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("20.2")
                .javaMigrations(new V20_1__RollUpStepSketches()).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(source);
        run(jdbc, AUTOMATION, "2026-05-04T09:45:00Z", 1, 1, 0, 0, 5);
        run(jdbc, AUTOMATION, "2026-05-04T10:00:00Z", 2, 1, 1, 0, 10, 20);
        run(jdbc, AUTOMATION, "2026-05-04T10:30:00Z", 1, 0, 0, 1);
        run(jdbc, AUTOMATION, "2026-05-04T10:45:00Z", 1, 1, 0, 0, 40);
        UUID other = UUID.randomUUID();
        run(jdbc, other, "2026-05-04T10:15:00Z", 1, 1, 0, 0, 7);

        Flyway.configure().dataSource(source).locations("classpath:db/migration")
                .javaMigrations(new V20_1__RollUpStepSketches(), new V21_1__RollUpRunSketchesToHours()).load()
                .migrate();

        assertThat(jdbc.queryForList("select automation_id, (bucket_start at time zone 'UTC')::text, total, "
                        + "succeeded, failed, cancelled, "
                        + "duration_count, duration_sum_ms, duration_sketch from analytics_runs_1h "
                        + "where workspace_id = ? order by automation_id = ? desc, bucket_start", WORKSPACE, AUTOMATION)
                .stream().map(AnalyticsRollupMigrationTest::describe).toList())
                .containsExactly(
                        hour(AUTOMATION, "2026-05-04 09:00:00", 1, 1, 0, 0, 1, 5, sketch(5)),
                        hour(AUTOMATION, "2026-05-04 10:00:00", 4, 2, 1, 1, 3, 70, sketch(10, 20, 40)),
                        hour(other, "2026-05-04 10:00:00", 1, 1, 0, 0, 1, 7, sketch(7)));
    }

    @Test
    void stepQuartersAtV19AreRolledUpIntoDaysAndWeeksAndRunQuartersIntoDays() {
        TestDatabase database = TestDatabase.get();
        DriverManagerDataSource source = new DriverManagerDataSource(database.freshDatabase(), database.username(),
                database.password());
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("19").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(source);
        // Sunday 3 May 2026 belongs to the week of Monday 27 April
        step(jdbc, "fetch", "2026-05-03T23:45:00Z", 0, 10, 20);
        step(jdbc, "fetch", "2026-05-04T00:00:00Z", 0, 30);
        step(jdbc, "fetch", "2026-05-04T10:15:00Z", 1, 40, 50);
        step(jdbc, "fetch", "2026-05-05T08:00:00Z", 0, 60);
        step(jdbc, "check", "2026-05-04T01:00:00Z", 1);
        run(jdbc, "2026-05-04T00:00:00Z", 2, 1, 1, 0);
        run(jdbc, "2026-05-04T23:45:00Z", 1, 0, 0, 1);
        run(jdbc, "2026-05-05T00:00:00Z", 3, 3, 0, 0);

        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("20.2")
                .javaMigrations(new V20_1__RollUpStepSketches()).load().migrate();

        assertThat(rows(jdbc, "analytics_steps_1d", "day")).containsExactly(
                row("check", "2026-05-04", 1, 1, 0, 0, null),
                row("fetch", "2026-05-03", 2, 0, 2, 30, sketch(10, 20)),
                row("fetch", "2026-05-04", 3, 1, 3, 120, sketch(30, 40, 50)),
                row("fetch", "2026-05-05", 1, 0, 1, 60, sketch(60)));
        assertThat(rows(jdbc, "analytics_steps_7d", "week")).containsExactly(
                row("check", "2026-05-04", 1, 1, 0, 0, null),
                row("fetch", "2026-04-27", 2, 0, 2, 30, sketch(10, 20)),
                row("fetch", "2026-05-04", 4, 1, 4, 180, sketch(30, 40, 50, 60)));
        assertThat(jdbc.queryForList("select day::text || ' ' || total || ' ' || succeeded || ' ' || failed || ' ' "
                + "|| cancelled from analytics_runs_1d order by day", String.class))
                .containsExactly("2026-05-04 3 1 1 1", "2026-05-05 3 3 0 0");
        assertThat(jdbc.queryForObject("select to_regclass('analytics_steps_15m') is null", Boolean.class)).isTrue();
    }

    private static void step(JdbcTemplate jdbc, String node, String quarter, int failed, long... durations) {
        jdbc.update("insert into analytics_steps_15m (workspace_id, automation_id, node_id, bucket_start, node_type, "
                        + "total, failed, duration_count, duration_sum_ms, duration_sketch) values (?,?,?,?,?,?,?,?,?,?)",
                WORKSPACE, AUTOMATION, node, Timestamp.from(Instant.parse(quarter)), "http.request",
                Math.max(durations.length, failed), failed, durations.length, Arrays.stream(durations).sum(),
                durations.length == 0 ? null : sketch(durations));
    }

    private static void run(JdbcTemplate jdbc, String quarter, int total, int succeeded, int failed, int cancelled) {
        jdbc.update("insert into analytics_runs_15m (workspace_id, automation_id, bucket_start, total, succeeded, "
                        + "failed, cancelled) values (?,?,?,?,?,?,?)",
                WORKSPACE, AUTOMATION, Timestamp.from(Instant.parse(quarter)), total, succeeded, failed, cancelled);
    }

    /** A run quarter as V20 keeps it, with its durations' sketch. */
    private static void run(JdbcTemplate jdbc, UUID automation, String quarter, int total, int succeeded, int failed,
                            int cancelled, long... durations) {
        jdbc.update("insert into analytics_runs_15m (workspace_id, automation_id, bucket_start, total, succeeded, "
                        + "failed, cancelled, duration_count, duration_sum_ms, duration_sketch) "
                        + "values (?,?,?,?,?,?,?,?,?,?)",
                WORKSPACE, automation, Timestamp.from(Instant.parse(quarter)), total, succeeded, failed, cancelled,
                durations.length, Arrays.stream(durations).sum(), durations.length == 0 ? null : sketch(durations));
    }

    private static String hour(UUID automation, String start, int total, int succeeded, int failed, int cancelled,
                               int count, long sum, byte[] sketch) {
        return List.of(automation.toString(), start, String.valueOf(total), String.valueOf(succeeded),
                String.valueOf(failed), String.valueOf(cancelled), String.valueOf(count), String.valueOf(sum),
                Arrays.toString(sketch)).toString();
    }

    private static byte[] sketch(long... durations) {
        return DurationSketch.of(Arrays.stream(durations).boxed().toList()).toBytes();
    }

    private static List<String> rows(JdbcTemplate jdbc, String table, String start) {
        return jdbc.queryForList("select node_id, " + start + ", total, failed, duration_count, duration_sum_ms, "
                        + "duration_sketch from " + table + " where workspace_id = ? order by node_id, " + start,
                WORKSPACE).stream().map(AnalyticsRollupMigrationTest::describe).toList();
    }

    private static String describe(Map<String, Object> row) {
        List<Object> values = row.values().stream()
                .map(value -> value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value))
                .map(Object.class::cast).toList();
        return values.toString();
    }

    private static String row(String node, String start, int total, int failed, int count, long sum, byte[] sketch) {
        return List.of(node, LocalDate.parse(start).toString(), String.valueOf(total), String.valueOf(failed),
                String.valueOf(count), String.valueOf(sum), sketch == null ? "null" : Arrays.toString(sketch))
                .toString();
    }
}
