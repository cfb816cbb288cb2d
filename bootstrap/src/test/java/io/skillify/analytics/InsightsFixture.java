package io.skillify.analytics;

import io.skillify.analytics.application.DurationSketch;
import io.skillify.analytics.domain.Grain;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows of the analytics tables (V19, V20) as the write side would leave them, inserted straight for read-side tests. */
final class InsightsFixture {

    static final UUID WORKSPACE_TOTAL = new UUID(0, 0);

    private final JdbcTemplate jdbc;
    private final UUID workspace;

    InsightsFixture(JdbcTemplate jdbc, UUID workspace) {
        this.jdbc = jdbc;
        this.workspace = workspace;
    }

    UUID automation(String name, Instant createdAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into analytics_automations (workspace_id, automation_id, name, created_at) values (?,?,?,?)",
                workspace, id, name, Timestamp.from(createdAt));
        return id;
    }

    /** One 15-minute bucket of an automation's runs, in its quarter, hour and day rows and the workspace-total rows. */
    void runs(UUID automation, Instant bucket, int succeeded, int failed) {
        for (UUID row : new UUID[] {automation, WORKSPACE_TOTAL}) {
            addRuns("analytics_runs_15m", "bucket_start", Timestamp.from(bucket), row, succeeded, failed);
            addRuns("analytics_runs_1h", "bucket_start", Timestamp.from(Grain.HOUR.startOf(bucket)), row, succeeded,
                    failed);
            addRuns("analytics_runs_1d", "day", Grain.day(bucket), row, succeeded, failed);
        }
    }

    private void addRuns(String table, String startColumn, Object start, UUID row, int succeeded, int failed) {
        jdbc.update("""
                insert into %1$s (workspace_id, automation_id, %2$s, total, succeeded, failed)
                values (?,?,?,?,?,?)
                on conflict (workspace_id, automation_id, %2$s) do update
                set total = %1$s.total + excluded.total,
                    succeeded = %1$s.succeeded + excluded.succeeded,
                    failed = %1$s.failed + excluded.failed""".formatted(table, startColumn),
                workspace, row, start, succeeded + failed, succeeded, failed);
    }

    /** Steps of a node that ran in {@code bucket}, added to their UTC day's and UTC week's rows. */
    void steps(UUID automation, String node, Instant bucket, long... durationsMs) {
        step(automation, node, "analytics_steps_1d", "day", Grain.day(Grain.DAY.startOf(bucket)), durationsMs);
        step(automation, node, "analytics_steps_7d", "week", Grain.day(Grain.WEEK.startOf(bucket)), durationsMs);
    }

    private void step(UUID automation, String node, String table, String column, LocalDate start,
                      long... durationsMs) {
        List<byte[]> stored = jdbc.queryForList("select duration_sketch from " + table + " where workspace_id = ? "
                + "and automation_id = ? and node_id = ? and " + column + " = ?", byte[].class, workspace, automation,
                node, start);
        DurationSketch sketch = DurationSketch.fromBytes(stored.isEmpty() ? null : stored.getFirst());
        long sum = 0;
        for (long duration : durationsMs) {
            sketch.add(duration);
            sum += duration;
        }
        jdbc.update("insert into " + table + " (workspace_id, automation_id, node_id, " + column + ", node_type, "
                        + "total, duration_count, duration_sum_ms, duration_sketch) values (?,?,?,?,?,?,?,?,?) "
                        + "on conflict (workspace_id, automation_id, node_id, " + column + ") do update set "
                        + "total = " + table + ".total + excluded.total, "
                        + "duration_count = " + table + ".duration_count + excluded.duration_count, "
                        + "duration_sum_ms = " + table + ".duration_sum_ms + excluded.duration_sum_ms, "
                        + "duration_sketch = excluded.duration_sketch",
                workspace, automation, node, start, "http.request", durationsMs.length, durationsMs.length, sum,
                sketch.toBytes());
    }

    UUID worker(String costUsd, Instant endedAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into analytics_workers (workspace_id, worker_id, task_id, status, cost_usd, ended_at)
                values (?,?,?,?,?,?)""",
                workspace, id, UUID.randomUUID(), "completed", new BigDecimal(costUsd), Timestamp.from(endedAt));
        return id;
    }
}
