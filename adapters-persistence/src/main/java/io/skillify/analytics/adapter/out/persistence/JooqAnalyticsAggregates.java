package io.skillify.analytics.adapter.out.persistence;

import static skillify.jooq.Tables.ANALYTICS_AUTOMATIONS;
import static skillify.jooq.Tables.ANALYTICS_COUNTED_RUNS;
import static skillify.jooq.Tables.ANALYTICS_INBOX;
import static skillify.jooq.Tables.ANALYTICS_RUNS_15M;
import static skillify.jooq.Tables.ANALYTICS_RUNS_1D;
import static skillify.jooq.Tables.ANALYTICS_RUNS_1H;
import static skillify.jooq.Tables.ANALYTICS_STEPS_1D;
import static skillify.jooq.Tables.ANALYTICS_STEPS_7D;
import static skillify.jooq.Tables.ANALYTICS_WORKERS;

import io.skillify.analytics.application.port.out.AnalyticsAggregates;
import io.skillify.analytics.domain.Buckets;
import io.skillify.analytics.domain.Grain;
import io.skillify.analytics.domain.RunBucketKey;
import io.skillify.analytics.domain.StepBucketKey;
import io.skillify.run.domain.RunId;
import io.skillify.shared.adapter.out.persistence.ChangeAnnouncer;
import io.skillify.shared.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * The aggregates: run rows per quarter hour, per hour and per day, step rows per day and per week (V19–V21). All the
 * rows a batch adds to are first created empty ({@code on conflict do nothing}), then locked with {@code select … for
 * update}; the counters and the merged sketches are then written with one batched update per table. Tables are always
 * taken in the same order (runs per quarter, per hour, per day, steps per day, steps per week: the keys' order, grain
 * first, run rows before step rows), and within a table rows go in ascending key order, the database's (ids compared
 * as PostgreSQL does, node ids in the "C" collation): a batch waits only for batches ahead of it in that order, so
 * none deadlock. A row another batch has just created is waited for in the first phase, so the second only meets
 * committed rows.
 */
@Repository
class JooqAnalyticsAggregates implements AnalyticsAggregates {

    static final String TOPIC = "analytics";
    private static final int CHUNK = 1_000;

    private static final List<String> RUN_KEY = List.of("workspace_id:uuid", "automation_id:uuid");
    private static final List<String> STEP_KEY = List.of("workspace_id:uuid", "automation_id:uuid", "node_id:text");
    private static final List<String> STEP_COUNTERS = List.of("total", "failed", "duration_count", "duration_sum_ms");

    private static final List<String> TIMED_RUN_COUNTERS = List.of("total", "succeeded", "failed", "cancelled",
            "duration_count", "duration_sum_ms");

    private static final RowTable RUNS_15M = new RowTable(ANALYTICS_RUNS_15M, RUN_KEY, "bucket_start:timestamptz",
            TIMED_RUN_COUNTERS, true, null);
    private static final RowTable RUNS_1H = new RowTable(ANALYTICS_RUNS_1H, RUN_KEY, "bucket_start:timestamptz",
            TIMED_RUN_COUNTERS, true, null);
    private static final RowTable RUNS_1D = new RowTable(ANALYTICS_RUNS_1D, RUN_KEY, "day:date",
            List.of("total", "succeeded", "failed", "cancelled"), false, null);
    private static final RowTable STEPS_1D = new RowTable(ANALYTICS_STEPS_1D, STEP_KEY, "day:date", STEP_COUNTERS,
            true, "node_type");
    private static final RowTable STEPS_7D = new RowTable(ANALYTICS_STEPS_7D, STEP_KEY, "week:date", STEP_COUNTERS,
            true, "node_type");

    private final DSLContext db;
    private final ChangeAnnouncer announcer;

    JooqAnalyticsAggregates(DSLContext db, ChangeAnnouncer announcer) {
        this.db = db;
        this.announcer = announcer;
    }

    @Override
    public void commitWithoutWaitingForDisk() {
        db.execute("set local synchronous_commit = off");
    }

    @Override
    public Set<RunId> markCounted(Map<RunId, WorkspaceId> runs) {
        List<Map.Entry<RunId, WorkspaceId>> sorted = new ArrayList<>(runs.entrySet());
        sorted.sort(Map.Entry.comparingByKey((a, b) -> Buckets.UUID_ORDER.compare(a.value(), b.value())));
        Set<RunId> fresh = new HashSet<>();
        for (List<Map.Entry<RunId, WorkspaceId>> chunk : chunks(sorted)) {
            var insert = db.insertInto(ANALYTICS_COUNTED_RUNS, ANALYTICS_COUNTED_RUNS.WORKSPACE_ID,
                    ANALYTICS_COUNTED_RUNS.RUN_ID);
            for (Map.Entry<RunId, WorkspaceId> run : chunk) {
                insert = insert.values(run.getValue().value(), run.getKey().value());
            }
            insert.onConflictDoNothing().returningResult(ANALYTICS_COUNTED_RUNS.RUN_ID)
                    .fetch(row -> new RunId(row.value1()))
                    .forEach(fresh::add);
        }
        return fresh;
    }

    @Override
    public Map<RunBucketKey, byte[]> lockRunRows(List<RunBucketKey> keys) {
        Map<RunBucketKey, byte[]> sketches = new HashMap<>();
        byGrain(keys, RunBucketKey::grain).forEach((grain, ofGrain) ->
                sketches.putAll(createAndLock(runTable(grain), ofGrain, JooqAnalyticsAggregates::keyTexts, null)));
        return sketches;
    }

    @Override
    public void addToRunRows(List<RunRowAddition> additions) {
        byGrain(additions, add -> add.key().grain()).forEach((grain, ofGrain) -> add(runTable(grain), ofGrain,
                add -> keyTexts(add.key()),
                add -> List.of(add.total(), add.succeeded(), add.failed(), add.cancelled(), add.durationCount(),
                        add.durationSumMs()),
                RunRowAddition::mergedSketch));
    }

    @Override
    public Map<StepBucketKey, byte[]> lockStepRows(Map<StepBucketKey, String> keysAndNodeTypes) {
        Map<StepBucketKey, byte[]> sketches = new HashMap<>();
        byGrain(List.copyOf(keysAndNodeTypes.keySet()), StepBucketKey::grain).forEach((grain, ofGrain) ->
                sketches.putAll(createAndLock(stepTable(grain), ofGrain, JooqAnalyticsAggregates::keyTexts,
                        keysAndNodeTypes::get)));
        return sketches;
    }

    @Override
    public void addToStepRows(List<StepRowAddition> additions) {
        byGrain(additions, add -> add.key().grain()).forEach((grain, ofGrain) -> add(stepTable(grain), ofGrain,
                add -> keyTexts(add.key()),
                add -> List.of(add.total(), add.failed(), add.durationCount(), add.durationSumMs()),
                StepRowAddition::mergedSketch));
    }

    @Override
    public void announceChanged(Collection<WorkspaceId> workspaces) {
        workspaces.forEach(workspace -> announcer.announce(TOPIC, workspace.toString()));
    }

    @Override
    public void forget(WorkspaceId workspace) {
        UUID id = workspace.value();
        db.deleteFrom(ANALYTICS_RUNS_15M).where(ANALYTICS_RUNS_15M.WORKSPACE_ID.eq(id)).execute();
        db.deleteFrom(ANALYTICS_RUNS_1H).where(ANALYTICS_RUNS_1H.WORKSPACE_ID.eq(id)).execute();
        db.deleteFrom(ANALYTICS_RUNS_1D).where(ANALYTICS_RUNS_1D.WORKSPACE_ID.eq(id)).execute();
        db.deleteFrom(ANALYTICS_STEPS_1D).where(ANALYTICS_STEPS_1D.WORKSPACE_ID.eq(id)).execute();
        db.deleteFrom(ANALYTICS_STEPS_7D).where(ANALYTICS_STEPS_7D.WORKSPACE_ID.eq(id)).execute();
        db.deleteFrom(ANALYTICS_WORKERS).where(ANALYTICS_WORKERS.WORKSPACE_ID.eq(id)).execute();
        db.deleteFrom(ANALYTICS_AUTOMATIONS).where(ANALYTICS_AUTOMATIONS.WORKSPACE_ID.eq(id)).execute();
        db.deleteFrom(ANALYTICS_COUNTED_RUNS).where(ANALYTICS_COUNTED_RUNS.WORKSPACE_ID.eq(id)).execute();
        db.deleteFrom(ANALYTICS_INBOX).where(ANALYTICS_INBOX.WORKSPACE_ID.eq(id)).execute();
    }

    private static RowTable runTable(Grain grain) {
        return switch (grain) {
            case QUARTER -> RUNS_15M;
            case HOUR -> RUNS_1H;
            case DAY -> RUNS_1D;
            case WEEK -> throw new IllegalArgumentException("no run rows per week");
        };
    }

    private static RowTable stepTable(Grain grain) {
        return switch (grain) {
            case DAY -> STEPS_1D;
            case WEEK -> STEPS_7D;
            case QUARTER, HOUR -> throw new IllegalArgumentException("no step rows per " + grain);
        };
    }

    /**
     * Creates the rows of {@code keys} that do not exist yet (with {@code created}'s value, when the table has such
     * a column), then locks them all in key order; returns each row's stored sketch, when the table keeps one.
     */
    private <K> Map<K, byte[]> createAndLock(RowTable table, List<K> keys, Function<K, List<String>> keyTexts,
                                             Function<K, String> created) {
        Map<K, byte[]> sketches = new HashMap<>();
        for (List<K> chunk : chunks(keys)) {
            List<Object> arrays = columnArrays(chunk, keyTexts);
            if (table.createdColumn() != null) {
                arrays.add(chunk.stream().map(created).toArray(String[]::new));
            }
            db.execute(table.createSql(), arrays.toArray());
        }
        for (List<K> chunk : chunks(keys)) {
            db.resultQuery(table.lockSql(), columnArrays(chunk, keyTexts).toArray())
                    .fetch()
                    .forEach(row -> {
                        byte[] sketch = table.sketch() ? row.get(1, byte[].class) : null;
                        if (sketch != null) {
                            sketches.put(chunk.get(row.get(0, Long.class).intValue() - 1), sketch);
                        }
                    });
        }
        return sketches;
    }

    /** Adds counters (in the table's order; extra values beyond its counters are ignored) and writes the sketch. */
    private <A> void add(RowTable table, List<A> additions, Function<A, List<String>> keyTexts,
                         Function<A, List<? extends Number>> counters, Function<A, byte[]> sketch) {
        if (additions.isEmpty()) {
            return;
        }
        int counted = table.counters().size();
        List<Object[]> binds = new ArrayList<>(additions.size());
        for (A addition : additions) {
            List<Object> values = new ArrayList<>(counters.apply(addition).subList(0, counted));
            if (table.sketch()) {
                values.add(sketch.apply(addition));
            }
            values.addAll(keyTexts.apply(addition));
            binds.add(values.toArray());
        }
        db.batch(table.updateSql(), binds.toArray(Object[][]::new)).execute();
    }

    private static List<String> keyTexts(RunBucketKey key) {
        return List.of(key.workspace().value().toString(), key.automation().toString(), startText(key.grain(),
                key.bucketStart()));
    }

    private static List<String> keyTexts(StepBucketKey key) {
        return List.of(key.workspace().value().toString(), key.automation().toString(), key.nodeId(),
                startText(key.grain(), key.bucketStart()));
    }

    /** A quarter or an hour as a timestamp, a day or a week as the UTC date it starts on. */
    private static String startText(Grain grain, java.time.Instant start) {
        return grain == Grain.QUARTER || grain == Grain.HOUR ? start.toString() : Grain.day(start).toString();
    }

    /** The keys' columns as text arrays (one per column), cast in SQL to their types. */
    private static <K> List<Object> columnArrays(List<K> keys, Function<K, List<String>> keyTexts) {
        List<List<String>> texts = keys.stream().map(keyTexts).toList();
        int columns = texts.getFirst().size();
        List<Object> arrays = new ArrayList<>(columns + 1);
        for (int column = 0; column < columns; column++) {
            int c = column;
            arrays.add(texts.stream().map(row -> row.get(c)).toArray(String[]::new));
        }
        return arrays;
    }

    /** The items per grain, grains in their order (the tables' locking order), each list in the given order. */
    private static <T> Map<Grain, List<T>> byGrain(List<T> items, Function<T, Grain> grain) {
        return items.stream().collect(Collectors.groupingBy(grain, () -> new java.util.EnumMap<>(Grain.class),
                Collectors.toList()));
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += CHUNK) {
            chunks.add(items.subList(from, Math.min(items.size(), from + CHUNK)));
        }
        return chunks;
    }

    /**
     * One table of rows: its key columns ({@code name:type}, the bucket's start last), its counters, whether it
     * keeps a duration sketch, and the column (if any) a new row takes a value for. The SQL of the three phases is
     * built from it, so every table is written the same way.
     */
    private record RowTable(Table<?> table, List<String> keyColumns, String startColumn, List<String> counters,
                            boolean sketch, String createdColumn) {

        List<String> names() {
            List<String> names = new ArrayList<>(keyColumns.stream().map(column -> column.split(":")[0]).toList());
            names.add(startColumn.split(":")[0]);
            return names;
        }

        List<String> types() {
            List<String> types = new ArrayList<>(keyColumns.stream().map(column -> column.split(":")[1]).toList());
            types.add(startColumn.split(":")[1]);
            return types;
        }

        private String arrays(int extra) {
            String keys = types().stream().map(type -> "?::" + type + "[]").collect(Collectors.joining(", "));
            return "unnest(" + keys + ", ?::text[]".repeat(extra) + ") with ordinality as k("
                    + IntStream.range(0, names().size() + extra).mapToObj(i -> "c" + i).collect(Collectors.joining(", "))
                    + ", i)";
        }

        /** Inserts the missing rows in the order given (a row being created elsewhere is waited for). */
        String createSql() {
            List<String> columns = new ArrayList<>(names());
            int extra = createdColumn == null ? 0 : 1;
            if (createdColumn != null) {
                columns.add(createdColumn);
            }
            return "insert into " + table.getName() + " (" + String.join(", ", columns) + ") select "
                    + IntStream.range(0, columns.size()).mapToObj(i -> "k.c" + i).collect(Collectors.joining(", "))
                    + " from " + arrays(extra) + " order by k.i on conflict do nothing";
        }

        /**
         * Locks the rows in key order and returns each one's position in the keys (and its sketch): a join with
         * arrays, not a list of row values, which PostgreSQL plans as one OR branch per row.
         */
        String lockSql() {
            List<String> names = names();
            List<String> types = types();
            String on = IntStream.range(0, names.size()).mapToObj(i -> "t." + names.get(i) + " = k.c" + i)
                    .collect(Collectors.joining(" and "));
            String order = IntStream.range(0, names.size())
                    .mapToObj(i -> "t." + names.get(i) + (types.get(i).equals("text") ? " collate \"C\"" : ""))
                    .collect(Collectors.joining(", "));
            return "select k.i, " + (sketch ? "t.duration_sketch" : "null") + " from " + table.getName() + " t join "
                    + arrays(0) + " on " + on + " order by " + order + " for update of t";
        }

        String updateSql() {
            String set = counters.stream().map(column -> column + " = " + column + " + ?")
                    .collect(Collectors.joining(", "));
            if (sketch) {
                set += ", duration_sketch = ?::bytea";
            }
            List<String> names = names();
            List<String> types = types();
            String where = IntStream.range(0, names.size()).mapToObj(i -> names.get(i) + " = ?::" + types.get(i))
                    .collect(Collectors.joining(" and "));
            return "update " + table.getName() + " set " + set + " where " + where;
        }
    }
}
