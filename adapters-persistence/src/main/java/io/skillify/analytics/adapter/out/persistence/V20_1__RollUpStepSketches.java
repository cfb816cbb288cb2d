package io.skillify.analytics.adapter.out.persistence;

import io.skillify.analytics.application.DurationSketch;
import io.skillify.analytics.domain.Grain;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
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
 * after the other: one sketch per grain is being merged at a time, written back when its row is complete.
 */
@Component
class V20_1__RollUpStepSketches extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Rollup days = new Rollup(connection, Grain.DAY, "analytics_steps_1d", "day");
             Rollup weeks = new Rollup(connection, Grain.WEEK, "analytics_steps_7d", "week");
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
                    days.add(workspace, automation, node, quarter, sketch);
                    weeks.add(workspace, automation, node, quarter, sketch);
                }
            }
            days.flush();
            weeks.flush();
        }
    }

    /** The sketch of one day or week row being merged, and the batch of finished rows to write back. */
    private static final class Rollup implements AutoCloseable {

        private final Grain grain;
        private final PreparedStatement write;
        private Row row;
        private DurationSketch sketch;
        private int pending;

        Rollup(Connection connection, Grain grain, String table, String startColumn) throws SQLException {
            this.grain = grain;
            this.write = connection.prepareStatement("update " + table + " set duration_sketch = ? "
                    + "where workspace_id = ? and automation_id = ? and node_id = ? and " + startColumn + " = ?");
        }

        void add(UUID workspace, UUID automation, String node, Instant quarter, byte[] bytes) throws SQLException {
            Row of = new Row(workspace, automation, node, Grain.day(grain.startOf(quarter)));
            if (!of.equals(row)) {
                writeRow();
                row = of;
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
            write.setObject(2, row.workspace());
            write.setObject(3, row.automation());
            write.setString(4, row.node());
            write.setObject(5, row.start());
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

        private record Row(UUID workspace, UUID automation, String node, LocalDate start) {
        }
    }
}
