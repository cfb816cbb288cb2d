package io.skillify.analytics;

import io.skillify.analytics.application.DurationSketch;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;

/**
 * Writes run aggregates straight into {@code analytics_runs_15m}, {@code _1h} and {@code _1d}, as the write side
 * would: one row for the automation and the same counts added to the workspace's total row (the nil automation id),
 * with the durations' sketch built by {@link DurationSketch}.
 */
final class AnalyticsFixture {

    static final UUID WORKSPACE_TOTAL = new UUID(0, 0);

    private final String url;
    private final String user;
    private final String password;

    AnalyticsFixture(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Adds a quarter's runs of {@code automation}: counts by status and the durations (ms) of those that have one. */
    void quarter(UUID workspace, UUID automation, String start, int succeeded, int failed, int cancelled,
                 long... durations) {
        for (UUID row : new UUID[] {automation, WORKSPACE_TOTAL}) {
            add(workspace, row, Instant.parse(start), succeeded, failed, cancelled, durations);
        }
    }

    void automation(UUID workspace, UUID automation, String name, boolean deleted) {
        execute("insert into analytics_automations (workspace_id, automation_id, name, created_at, deleted_at) "
                        + "values (?, ?, ?, now(), " + (deleted ? "now()" : "null") + ")",
                workspace, automation, name);
    }

    void announce(UUID workspace) {
        execute("select pg_notify('skillify_changes', ?)", "analytics:" + workspace);
    }

    private void add(UUID workspace, UUID automation, Instant start, int succeeded, int failed, int cancelled,
                     long[] durations) {
        try (Connection sql = DriverManager.getConnection(url, user, password)) {
            sql.setAutoCommit(false);
            addToTimedRow(sql, "analytics_runs_15m", workspace, automation, start, succeeded, failed, cancelled,
                    durations);
            addToTimedRow(sql, "analytics_runs_1h", workspace, automation, start.truncatedTo(ChronoUnit.HOURS),
                    succeeded, failed, cancelled, durations);
            try (PreparedStatement day = sql.prepareStatement("""
                    insert into analytics_runs_1d (workspace_id, automation_id, day, total, succeeded, failed, cancelled)
                    values (?, ?, (? at time zone 'UTC')::date, ?, ?, ?, ?)
                    on conflict (workspace_id, automation_id, day) do update set
                        total = analytics_runs_1d.total + excluded.total,
                        succeeded = analytics_runs_1d.succeeded + excluded.succeeded,
                        failed = analytics_runs_1d.failed + excluded.failed,
                        cancelled = analytics_runs_1d.cancelled + excluded.cancelled""")) {
                day.setObject(1, workspace);
                day.setObject(2, automation);
                day.setObject(3, start.atOffset(java.time.ZoneOffset.UTC));
                day.setInt(4, succeeded + failed + cancelled);
                day.setInt(5, succeeded);
                day.setInt(6, failed);
                day.setInt(7, cancelled);
                day.executeUpdate();
            }
            sql.commit();
        } catch (SQLException broken) {
            throw new IllegalStateException(broken);
        }
    }

    /** Adds to a quarter's or an hour's row, merging the durations into its stored sketch. */
    private static void addToTimedRow(Connection sql, String table, UUID workspace, UUID automation, Instant start,
                                      int succeeded, int failed, int cancelled, long[] durations)
            throws SQLException {
        DurationSketch sketch = DurationSketch.empty();
        try (PreparedStatement read = sql.prepareStatement("select duration_sketch from " + table
                + " where workspace_id = ? and automation_id = ? and bucket_start = ? for update")) {
            read.setObject(1, workspace);
            read.setObject(2, automation);
            read.setTimestamp(3, Timestamp.from(start));
            try (var found = read.executeQuery()) {
                if (found.next() && found.getBytes(1) != null) {
                    sketch = DurationSketch.fromBytes(found.getBytes(1));
                }
            }
        }
        Arrays.stream(durations).forEach(sketch::add);
        try (PreparedStatement write = sql.prepareStatement("""
                insert into %1$s (workspace_id, automation_id, bucket_start, total, succeeded, failed,
                    cancelled, duration_count, duration_sum_ms, duration_sketch)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (workspace_id, automation_id, bucket_start) do update set
                    total = %1$s.total + excluded.total,
                    succeeded = %1$s.succeeded + excluded.succeeded,
                    failed = %1$s.failed + excluded.failed,
                    cancelled = %1$s.cancelled + excluded.cancelled,
                    duration_count = %1$s.duration_count + excluded.duration_count,
                    duration_sum_ms = %1$s.duration_sum_ms + excluded.duration_sum_ms,
                    duration_sketch = excluded.duration_sketch""".formatted(table))) {
            write.setObject(1, workspace);
            write.setObject(2, automation);
            write.setTimestamp(3, Timestamp.from(start));
            write.setInt(4, succeeded + failed + cancelled);
            write.setInt(5, succeeded);
            write.setInt(6, failed);
            write.setInt(7, cancelled);
            write.setInt(8, durations.length);
            write.setLong(9, Arrays.stream(durations).sum());
            write.setBytes(10, sketch.count() == 0 ? null : sketch.toBytes());
            write.executeUpdate();
        }
    }

    private void execute(String statement, Object... values) {
        try (Connection sql = DriverManager.getConnection(url, user, password);
             PreparedStatement prepared = sql.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                prepared.setObject(i + 1, values[i]);
            }
            prepared.execute();
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** DDSketch's p95 by hand: the value at rank floor(0.95 × (n − 1)) of the sorted durations. */
    static long p95(long... durations) {
        long[] sorted = durations.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.floor(0.95 * (sorted.length - 1))];
    }
}
