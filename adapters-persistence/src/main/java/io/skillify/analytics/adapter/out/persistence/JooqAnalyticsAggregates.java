package io.skillify.analytics.adapter.out.persistence;

import static skillify.jooq.Tables.ANALYTICS_AUTOMATIONS;
import static skillify.jooq.Tables.ANALYTICS_COUNTED_RUNS;
import static skillify.jooq.Tables.ANALYTICS_RUNS_15M;
import static skillify.jooq.Tables.ANALYTICS_STEPS_15M;
import static skillify.jooq.Tables.ANALYTICS_WORKERS;

import io.skillify.analytics.application.port.out.AnalyticsAggregates;
import io.skillify.analytics.domain.Buckets;
import io.skillify.analytics.domain.RunBucketKey;
import io.skillify.analytics.domain.StepBucketKey;
import io.skillify.run.domain.RunId;
import io.skillify.shared.adapter.out.persistence.ChangeAnnouncer;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The 15-minute aggregates. All the rows a batch adds to are first created empty ({@code on conflict do nothing}),
 * then locked with {@code select … for update}; the counters and the merged sketches are then written with one
 * batched update. Both phases go in ascending key order, the database's (ids compared as PostgreSQL does, node ids
 * in the "C" collation): a batch waits only for batches ahead of it in that order, so none deadlock. A row another
 * batch has just created is waited for in the first phase, so the second only meets committed rows.
 */
@Repository
class JooqAnalyticsAggregates implements AnalyticsAggregates {

    static final String TOPIC = "analytics";
    private static final int CHUNK = 1_000;

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
        var t = ANALYTICS_RUNS_15M;
        for (List<RunBucketKey> chunk : chunks(keys)) {
            var insert = db.insertInto(t, t.WORKSPACE_ID, t.AUTOMATION_ID, t.BUCKET_START);
            for (RunBucketKey key : chunk) {
                insert = insert.values(key.workspace().value(), key.automation(), key.bucketStart());
            }
            insert.onConflictDoNothing().execute();
        }
        Map<RunBucketKey, byte[]> sketches = new HashMap<>();
        for (List<RunBucketKey> chunk : chunks(keys)) {
            // a join with arrays, not a list of row values: PostgreSQL plans the latter as one OR branch per row
            db.resultQuery("select k.i, t.duration_sketch from analytics_runs_15m t join unnest(?::uuid[], ?::uuid[], "
                            + "?::timestamptz[]) with ordinality as k(w, a, b, i) on t.workspace_id = k.w "
                            + "and t.automation_id = k.a and t.bucket_start = k.b "
                            + "order by t.workspace_id, t.automation_id, t.bucket_start for update of t",
                            texts(chunk, key -> key.workspace().value()), texts(chunk, RunBucketKey::automation),
                            texts(chunk, RunBucketKey::bucketStart))
                    .fetch()
                    .forEach(row -> {
                        byte[] sketch = row.get(1, byte[].class);
                        if (sketch != null) {
                            sketches.put(chunk.get(row.get(0, Long.class).intValue() - 1), sketch);
                        }
                    });
        }
        return sketches;
    }

    @Override
    public void addToRunRows(List<RunRowAddition> additions) {
        if (additions.isEmpty()) {
            return;
        }
        var t = ANALYTICS_RUNS_15M;
        BatchBindStep batch = db.batch(db.update(t)
                .set(t.TOTAL, t.TOTAL.plus(DSL.val(0)))
                .set(t.SUCCEEDED, t.SUCCEEDED.plus(DSL.val(0)))
                .set(t.FAILED, t.FAILED.plus(DSL.val(0)))
                .set(t.CANCELLED, t.CANCELLED.plus(DSL.val(0)))
                .set(t.DURATION_COUNT, t.DURATION_COUNT.plus(DSL.val(0)))
                .set(t.DURATION_SUM_MS, t.DURATION_SUM_MS.plus(DSL.val(0L)))
                .set(t.DURATION_SKETCH, DSL.val((byte[]) null, t.DURATION_SKETCH))
                .where(t.WORKSPACE_ID.eq(DSL.val((UUID) null, t.WORKSPACE_ID)))
                .and(t.AUTOMATION_ID.eq(DSL.val((UUID) null, t.AUTOMATION_ID)))
                .and(t.BUCKET_START.eq(DSL.val((Instant) null, t.BUCKET_START))));
        for (RunRowAddition add : additions) {
            batch = batch.bind(add.total(), add.succeeded(), add.failed(), add.cancelled(), add.durationCount(),
                    add.durationSumMs(), add.mergedSketch(), add.key().workspace().value(), add.key().automation(),
                    add.key().bucketStart());
        }
        batch.execute();
    }

    @Override
    public Map<StepBucketKey, byte[]> lockStepRows(Map<StepBucketKey, String> keysAndNodeTypes) {
        var t = ANALYTICS_STEPS_15M;
        List<Map.Entry<StepBucketKey, String>> entries = new ArrayList<>(keysAndNodeTypes.entrySet());
        for (List<Map.Entry<StepBucketKey, String>> chunk : chunks(entries)) {
            var insert = db.insertInto(t, t.WORKSPACE_ID, t.AUTOMATION_ID, t.NODE_ID, t.BUCKET_START, t.NODE_TYPE);
            for (Map.Entry<StepBucketKey, String> entry : chunk) {
                StepBucketKey key = entry.getKey();
                insert = insert.values(key.workspace().value(), key.automation(), key.nodeId(), key.bucketStart(),
                        entry.getValue());
            }
            insert.onConflictDoNothing().execute();
        }
        Map<StepBucketKey, byte[]> sketches = new HashMap<>();
        for (List<Map.Entry<StepBucketKey, String>> entriesChunk : chunks(entries)) {
            List<StepBucketKey> chunk = entriesChunk.stream().map(Map.Entry::getKey).toList();
            db.resultQuery("select k.i, t.duration_sketch from analytics_steps_15m t join unnest(?::uuid[], ?::uuid[], "
                            + "?::text[], ?::timestamptz[]) with ordinality as k(w, a, n, b, i) on t.workspace_id = k.w "
                            + "and t.automation_id = k.a and t.node_id = k.n and t.bucket_start = k.b "
                            + "order by t.workspace_id, t.automation_id, t.node_id collate \"C\", t.bucket_start "
                            + "for update of t",
                            texts(chunk, key -> key.workspace().value()), texts(chunk, StepBucketKey::automation),
                            texts(chunk, StepBucketKey::nodeId), texts(chunk, StepBucketKey::bucketStart))
                    .fetch()
                    .forEach(row -> {
                        byte[] sketch = row.get(1, byte[].class);
                        if (sketch != null) {
                            sketches.put(chunk.get(row.get(0, Long.class).intValue() - 1), sketch);
                        }
                    });
        }
        return sketches;
    }

    @Override
    public void addToStepRows(List<StepRowAddition> additions) {
        if (additions.isEmpty()) {
            return;
        }
        var t = ANALYTICS_STEPS_15M;
        BatchBindStep batch = db.batch(db.update(t)
                .set(t.TOTAL, t.TOTAL.plus(DSL.val(0)))
                .set(t.FAILED, t.FAILED.plus(DSL.val(0)))
                .set(t.DURATION_COUNT, t.DURATION_COUNT.plus(DSL.val(0)))
                .set(t.DURATION_SUM_MS, t.DURATION_SUM_MS.plus(DSL.val(0L)))
                .set(t.DURATION_SKETCH, DSL.val((byte[]) null, t.DURATION_SKETCH))
                .where(t.WORKSPACE_ID.eq(DSL.val((UUID) null, t.WORKSPACE_ID)))
                .and(t.AUTOMATION_ID.eq(DSL.val((UUID) null, t.AUTOMATION_ID)))
                .and(t.NODE_ID.eq(DSL.val((String) null, t.NODE_ID)))
                .and(t.BUCKET_START.eq(DSL.val((Instant) null, t.BUCKET_START))));
        for (StepRowAddition add : additions) {
            batch = batch.bind(add.total(), add.failed(), add.durationCount(), add.durationSumMs(),
                    add.mergedSketch(), add.key().workspace().value(), add.key().automation(), add.key().nodeId(),
                    add.key().bucketStart());
        }
        batch.execute();
    }

    @Override
    public void announceChanged(Collection<WorkspaceId> workspaces) {
        workspaces.forEach(workspace -> announcer.announce(TOPIC, workspace.toString()));
    }

    @Override
    public void forget(WorkspaceId workspace) {
        UUID id = workspace.value();
        db.deleteFrom(ANALYTICS_RUNS_15M).where(ANALYTICS_RUNS_15M.WORKSPACE_ID.eq(id)).execute();
        db.deleteFrom(ANALYTICS_STEPS_15M).where(ANALYTICS_STEPS_15M.WORKSPACE_ID.eq(id)).execute();
        db.deleteFrom(ANALYTICS_WORKERS).where(ANALYTICS_WORKERS.WORKSPACE_ID.eq(id)).execute();
        db.deleteFrom(ANALYTICS_AUTOMATIONS).where(ANALYTICS_AUTOMATIONS.WORKSPACE_ID.eq(id)).execute();
        db.deleteFrom(ANALYTICS_COUNTED_RUNS).where(ANALYTICS_COUNTED_RUNS.WORKSPACE_ID.eq(id)).execute();
    }

    /** One column of the keys as a text array, cast in SQL to its type. */
    private static <K> String[] texts(List<K> keys, java.util.function.Function<K, Object> column) {
        return keys.stream().map(key -> column.apply(key).toString()).toArray(String[]::new);
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += CHUNK) {
            chunks.add(items.subList(from, Math.min(items.size(), from + CHUNK)));
        }
        return chunks;
    }
}
