package io.skillify.analytics;

import io.skillify.analytics.application.DurationSketch;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows of the analytics tables (V19) as the write side would leave them, inserted straight for read-side tests. */
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

    /** One 15-minute bucket of an automation's runs, and the same counts added to the workspace-total row. */
    void runs(UUID automation, Instant bucket, int succeeded, int failed) {
        for (UUID row : new UUID[] {automation, WORKSPACE_TOTAL}) {
            jdbc.update("""
                    insert into analytics_runs_15m (workspace_id, automation_id, bucket_start, total, succeeded, failed)
                    values (?,?,?,?,?,?)
                    on conflict (workspace_id, automation_id, bucket_start) do update
                    set total = analytics_runs_15m.total + excluded.total,
                        succeeded = analytics_runs_15m.succeeded + excluded.succeeded,
                        failed = analytics_runs_15m.failed + excluded.failed""",
                    workspace, row, Timestamp.from(bucket), succeeded + failed, succeeded, failed);
        }
    }

    void steps(UUID automation, String node, Instant bucket, long... durationsMs) {
        DurationSketch sketch = DurationSketch.empty();
        long sum = 0;
        for (long duration : durationsMs) {
            sketch.add(duration);
            sum += duration;
        }
        jdbc.update("""
                insert into analytics_steps_15m (workspace_id, automation_id, node_id, bucket_start, node_type, total,
                    duration_count, duration_sum_ms, duration_sketch)
                values (?,?,?,?,?,?,?,?,?)""",
                workspace, automation, node, Timestamp.from(bucket), "http.request", durationsMs.length,
                durationsMs.length, sum, sketch.toBytes());
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
