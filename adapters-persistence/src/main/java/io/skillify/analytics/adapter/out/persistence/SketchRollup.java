package io.skillify.analytics.adapter.out.persistence;

import io.skillify.analytics.application.DurationSketch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Merges finer rows' duration sketches into the coarser row they roll up to, for migrations that add a grain: the
 * finer rows come in key order, so one coarse row is being merged at a time, written back (batched) when the next
 * one starts. The update statement takes the sketch first, then the coarse row's key values in the given order.
 */
final class SketchRollup implements AutoCloseable {

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
