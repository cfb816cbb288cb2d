package io.skillify.shared.adapter.out.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A statement written with jOOQ's generated types, rendered to SQL once and executed through JDBC. For the short
 * statements on hot paths (authentication, membership, run saves) building and rendering the statement cost more
 * CPU than sending it, so those are rendered when their repository is built and each call only binds fresh values
 * ({@link JdbcBinds}), in the caller's transaction, with Spring's exception translation. Every bind value of the
 * shape is a named {@link DSL#param(String, Field) parameter}; rows come back as records of the given fields.
 */
public final class RenderedQuery {

    private final JdbcTemplate jdbc;
    private final DSLContext db;
    private final String sql;
    private final List<Param<?>> placeholders;
    private final Map<String, Integer> positions;
    private final Field<?>[] results;

    private RenderedQuery(JdbcTemplate jdbc, DSLContext db, String sql, List<Param<?>> placeholders,
                          Field<?>[] results) {
        this.jdbc = jdbc;
        this.db = db;
        this.sql = sql;
        this.placeholders = placeholders;
        this.results = results;
        this.positions = new HashMap<>();
        for (int i = 0; i < placeholders.size(); i++) {
            if (positions.put(placeholders.get(i).getParamName(), i) != null) {
                throw new IllegalArgumentException("Parameter " + placeholders.get(i).getParamName() + " is used twice");
            }
        }
    }

    /** Renders {@code shape}; {@code results} are the fields its rows are read with (none for plain DML). */
    public static RenderedQuery of(JdbcTemplate jdbc, DSLContext db, Query shape, Field<?>... results) {
        Map<String, Param<?>> byName = shape.getParams();
        List<Param<?>> placeholders = new ArrayList<>();
        String named = db.renderNamedParams(shape);
        StringBuilder sql = new StringBuilder(named.length());
        for (int i = 0; i < named.length(); i++) {
            char c = named.charAt(i);
            if (c == '\'' || c == '"') {
                int close = named.indexOf(c, i + 1);
                while (close > 0 && close + 1 < named.length() && named.charAt(close + 1) == c) {
                    close = named.indexOf(c, close + 2);
                }
                int end = close < 0 ? named.length() : close + 1;
                sql.append(named, i, end);
                i = end - 1;
                continue;
            }
            boolean placeholder = c == ':' && i + 1 < named.length() && isNameStart(named.charAt(i + 1))
                    && (i == 0 || named.charAt(i - 1) != ':');
            if (!placeholder) {
                sql.append(c);
                continue;
            }
            int end = i + 1;
            while (end < named.length() && isNamePart(named.charAt(end))) {
                end++;
            }
            Param<?> param = byName.get(named.substring(i + 1, end));
            if (param == null) {
                throw new IllegalArgumentException("Unnamed bind value in " + named);
            }
            placeholders.add(param);
            sql.append('?');
            i = end - 1;
        }
        if (placeholders.size() != shape.getBindValues().size()) {
            throw new IllegalArgumentException("Every bind value must be a named parameter used once: " + named);
        }
        return new RenderedQuery(jdbc, db, sql.toString(), List.copyOf(placeholders), results);
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The SQL sent, with a {@code ?} for each parameter. */
    public String sql() {
        return sql;
    }

    /** Starts binding values for one execution. */
    public Binding bind() {
        return new Binding();
    }

    /** Binds every placeholder in the order it appears in the SQL (convenient for multi-row inserts). */
    public Binding bindInOrder(List<?> values) {
        if (values.size() != placeholders.size()) {
            throw new IllegalArgumentException(placeholders.size() + " values expected, got " + values.size());
        }
        Binding binding = new Binding();
        for (int i = 0; i < values.size(); i++) {
            binding.values[i] = values.get(i);
            binding.bound[i] = true;
        }
        return binding;
    }

    /**
     * The values of one execution. Every placeholder must be set, a NULL included: executing with one left unset
     * fails with an {@link IllegalStateException} naming it, so a forgotten bind never silently becomes NULL.
     */
    public final class Binding {

        private final Object[] values = new Object[placeholders.size()];
        private final boolean[] bound = new boolean[placeholders.size()];

        private Binding() {
        }

        public <T> Binding set(Param<T> param, T value) {
            return set(param.getParamName(), value);
        }

        /** Binds the parameters {@link RenderedRows#params} made for row {@code row} of {@code columns}. */
        public Binding setRow(String prefix, List<? extends Field<?>> columns, int row, List<?> rowValues) {
            for (int i = 0; i < columns.size(); i++) {
                set(RenderedRows.paramName(prefix, columns.get(i), row), rowValues.get(i));
            }
            return this;
        }

        private Binding set(String name, Object value) {
            Integer position = positions.get(name);
            if (position == null) {
                throw new IllegalArgumentException("No parameter " + name + " in " + sql);
            }
            values[position] = value;
            bound[position] = true;
            return this;
        }

        /** The bound values, in the order of the placeholders. */
        public List<Object> values() {
            return java.util.Arrays.asList(values.clone());
        }

        public int execute() {
            requireAllBound();
            return jdbc.update(sql, this::bindTo);
        }

        public List<Record> fetch() {
            requireAllBound();
            return jdbc.query(sql, this::bindTo, (rows, number) -> JdbcBinds.record(db, results, rows));
        }

        public Optional<Record> fetchOptional() {
            List<Record> rows = fetch();
            if (rows.size() > 1) {
                throw new IncorrectResultSizeDataAccessException(1, rows.size());
            }
            return rows.stream().findFirst();
        }

        private void requireAllBound() {
            List<String> unbound = new ArrayList<>();
            for (int i = 0; i < bound.length; i++) {
                if (!bound[i]) {
                    unbound.add(placeholders.get(i).getParamName());
                }
            }
            if (!unbound.isEmpty()) {
                throw new IllegalStateException("Parameter(s) " + String.join(", ", unbound)
                        + " never bound (bind NULL explicitly) in " + sql);
            }
        }

        private void bindTo(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                JdbcBinds.bind(statement, i + 1, values[i]);
            }
        }
    }
}
