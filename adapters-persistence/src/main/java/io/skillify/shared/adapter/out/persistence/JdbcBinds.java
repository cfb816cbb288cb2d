package io.skillify.shared.adapter.out.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;

/**
 * JDBC binding and reading of the column types {@link RenderedQuery} statements use. jOOQ renders a cast around
 * every placeholder whose type PostgreSQL cannot infer (uuid, jsonb, timestamptz), so values are sent as text or
 * native JDBC types and nulls without a type.
 */
final class JdbcBinds {

    private JdbcBinds() {
    }

    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case null -> statement.setNull(index, Types.OTHER);
            case String text -> statement.setString(index, text);
            case UUID id -> statement.setObject(index, id);
            case Integer number -> statement.setInt(index, number);
            case Long number -> statement.setLong(index, number);
            case Boolean flag -> statement.setBoolean(index, flag);
            case Instant instant -> statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
            case JSONB json -> statement.setString(index, json.data());
            case byte[] bytes -> statement.setBytes(index, bytes);
            default -> throw new IllegalArgumentException("No JDBC binding for " + value.getClass().getName());
        }
    }

    static Record record(DSLContext db, Field<?>[] fields, ResultSet row) throws SQLException {
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = read(row, i + 1, fields[i].getType());
        }
        Record record = db.newRecord(fields);
        record.fromArray(values);
        record.changed(false);
        return record;
    }

    private static Object read(ResultSet row, int index, Class<?> type) throws SQLException {
        Object value;
        if (type == String.class) {
            value = row.getString(index);
        } else if (type == UUID.class) {
            value = row.getObject(index, UUID.class);
        } else if (type == Integer.class) {
            value = row.getInt(index);
        } else if (type == Long.class) {
            value = row.getLong(index);
        } else if (type == Boolean.class) {
            value = row.getBoolean(index);
        } else if (type == Instant.class) {
            OffsetDateTime at = row.getObject(index, OffsetDateTime.class);
            value = at == null ? null : at.toInstant();
        } else if (type == JSONB.class) {
            String json = row.getString(index);
            value = json == null ? null : JSONB.valueOf(json);
        } else if (type == byte[].class) {
            value = row.getBytes(index);
        } else {
            throw new IllegalArgumentException("No JDBC reading for " + type.getName());
        }
        return row.wasNull() ? null : value;
    }
}
