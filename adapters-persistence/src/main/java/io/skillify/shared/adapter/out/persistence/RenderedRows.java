package io.skillify.shared.adapter.out.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A multi-row statement (an insert of n rows) rendered once for each row count up to {@link #MAX_ROWS}; longer
 * lists are written in chunks of that size. The shape for n rows binds, row after row, one {@link #params} row each.
 */
public final class RenderedRows {

    public static final int MAX_ROWS = 16;

    private final RenderedQuery[] byCount = new RenderedQuery[MAX_ROWS + 1];

    public RenderedRows(JdbcTemplate jdbc, DSLContext db, IntFunction<Query> shapeOfRows) {
        for (int rows = 1; rows <= MAX_ROWS; rows++) {
            byCount[rows] = RenderedQuery.of(jdbc, db, shapeOfRows.apply(rows));
        }
    }

    /** The named parameters of row {@code row}, one per column, named {@code <prefix><column>_<row>}. */
    public static Field<?>[] params(String prefix, List<? extends Field<?>> columns, int row) {
        return columns.stream().map(column -> param(prefix, column, row)).toArray(Field<?>[]::new);
    }

    private static <T> Param<T> param(String prefix, Field<T> column, int row) {
        return DSL.param(paramName(prefix, column, row), column);
    }

    static String paramName(String prefix, Field<?> column, int row) {
        return prefix + column.getName() + "_" + row;
    }

    /** Writes one row per item; {@code values} gives an item's column values in the order of the columns. */
    public <T> void write(List<T> items, Function<T, List<?>> values) {
        for (int from = 0; from < items.size(); from += MAX_ROWS) {
            List<T> chunk = items.subList(from, Math.min(items.size(), from + MAX_ROWS));
            List<Object> bound = new ArrayList<>();
            for (T item : chunk) {
                bound.addAll(values.apply(item));
            }
            byCount[chunk.size()].bindInOrder(bound).execute();
        }
    }
}
