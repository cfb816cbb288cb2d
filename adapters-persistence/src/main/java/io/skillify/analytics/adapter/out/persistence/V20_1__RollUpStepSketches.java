package io.skillify.analytics.adapter.out.persistence;

import io.skillify.analytics.application.DurationSketch;
import io.skillify.analytics.domain.Grain;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 20.1, between the SQL migrations V20 (creates the day and week step tables with the quarters'
 * counters) and V20_2 (drops {@code analytics_steps_15m}): merges the quarters' duration sketches into their day's
 * and week's rows, which SQL cannot do. A Spring bean, so that Spring Boot's Flyway auto-configuration runs it.
 *
 * <p>The quarters are read once, in key order through a cursor, so each day's and each week's quarters come one
 * after the other: one sketch per grain is being merged at a time ({@link SketchRollup}), written back when its row
 * is complete.
 */
@Component
class V20_1__RollUpStepSketches extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (SketchRollup days = new SketchRollup(connection, update("analytics_steps_1d", "day"));
             SketchRollup weeks = new SketchRollup(connection, update("analytics_steps_7d", "week"));
             Statement read = connection.createStatement()) {
            read.setFetchSize(1_000);
            try (ResultSet rows = read.executeQuery("select workspace_id, automation_id, node_id, bucket_start, "
                    + "duration_sketch from analytics_steps_15m where duration_sketch is not null "
                    + "order by workspace_id, automation_id, node_id, bucket_start")) {
                while (rows.next()) {
                    UUID workspace = rows.getObject(1, UUID.class);
                    UUID automation = rows.getObject(2, UUID.class);
                    String node = rows.getString(3);
                    Instant quarter = rows.getTimestamp(4).toInstant();
                    byte[] sketch = rows.getBytes(5);
                    days.add(List.of(workspace, automation, node, Grain.day(Grain.DAY.startOf(quarter))), sketch);
                    weeks.add(List.of(workspace, automation, node, Grain.day(Grain.WEEK.startOf(quarter))), sketch);
                }
            }
            days.flush();
            weeks.flush();
        }
    }

    private static String update(String table, String startColumn) {
        return "update " + table + " set duration_sketch = ? "
                + "where workspace_id = ? and automation_id = ? and node_id = ? and " + startColumn + " = ?";
    }

    /**
     * Merges finer rows' duration sketches into the coarser row they roll up to, for migrations that add a grain: the
     * finer rows come in key order, so one coarse row is being merged at a time, written back (batched) when the next
     * one starts. The update statement takes the sketch first, then the coarse row's key values in the given order.
     */
    static final class SketchRollup implements AutoCloseable {

        private static final int BATCH = 500;

        private final PreparedStatement write;
        private List<Object> row;
        private DurationSketch sketch;
        private int pending;

        SketchRollup(Connection connection, String update) throws SQLException {
            this.write = connection.prepareStatement(update);
        }

        void add(List<Object> coarseKey, byte[] bytes) throws SQLException {
            if (!coarseKey.equals(row)) {
                writeRow();
                row = coarseKey;
                sketch = DurationSketch.empty();
            }
            sketch.mergeBytes(bytes);
        }

        /** Writes the row being merged and whatever is still batched. */
        void flush() throws SQLException {
            writeRow();
            if (pending > 0) {
                write.executeBatch();
                pending = 0;
            }
        }

        private void writeRow() throws SQLException {
            if (row == null) {
                return;
            }
            write.setBytes(1, sketch.toBytes());
            for (int i = 0; i < row.size(); i++) {
                write.setObject(i + 2, row.get(i));
            }
            write.addBatch();
            row = null;
            if (++pending == BATCH) {
                write.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            write.close();
        }
    }
}
