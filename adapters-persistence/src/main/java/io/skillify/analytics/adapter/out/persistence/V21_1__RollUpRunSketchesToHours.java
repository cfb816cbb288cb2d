package io.skillify.analytics.adapter.out.persistence;

import io.skillify.analytics.adapter.out.persistence.V20_1__RollUpStepSketches.SketchRollup;
import io.skillify.analytics.domain.Grain;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 21.1, after V21 (creates {@code analytics_runs_1h} with the quarters' counters): merges the
 * quarters' duration sketches into their hour's row, which SQL cannot do. A Spring bean, so that Spring Boot's Flyway
 * auto-configuration runs it. The quarters are read once, in key order, so an hour's four quarters come together.
 */
@Component
class V21_1__RollUpRunSketchesToHours extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (SketchRollup hours = new SketchRollup(connection, "update analytics_runs_1h set duration_sketch = ? "
                + "where workspace_id = ? and automation_id = ? and bucket_start = ?");
             Statement read = connection.createStatement()) {
            read.setFetchSize(1_000);
            try (ResultSet rows = read.executeQuery("select workspace_id, automation_id, bucket_start, "
                    + "duration_sketch from analytics_runs_15m where duration_sketch is not null "
                    + "order by workspace_id, automation_id, bucket_start")) {
                while (rows.next()) {
                    OffsetDateTime hour = OffsetDateTime.ofInstant(
                            Grain.HOUR.startOf(rows.getTimestamp(3).toInstant()), ZoneOffset.UTC);
                    hours.add(List.of(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), hour),
                            rows.getBytes(4));
                }
            }
            hours.flush();
        }
    }
}
