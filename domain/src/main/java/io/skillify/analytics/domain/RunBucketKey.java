package io.skillify.analytics.domain;

import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * One row of run figures: its grain (quarter hour, hour or day, one table each), a workspace, an automation (or
 * {@link Buckets#WORKSPACE_TOTAL}) and the bucket's start.
 */
public record RunBucketKey(Grain grain, WorkspaceId workspace, UUID automation, Instant bucketStart)
        implements Comparable<RunBucketKey> {

    /**
     * The order rows are locked in, the same in every transaction so that no two wait for each other: table by
     * table (quarters, hours, then days), then by key as the database orders it.
     */
    private static final Comparator<RunBucketKey> ORDER = Comparator
            .comparing(RunBucketKey::grain)
            .thenComparing((RunBucketKey key) -> key.workspace().value(), Buckets.UUID_ORDER)
            .thenComparing(RunBucketKey::automation, Buckets.UUID_ORDER)
            .thenComparing(RunBucketKey::bucketStart);

    public RunBucketKey {
        Objects.requireNonNull(grain);
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(automation);
        Objects.requireNonNull(bucketStart);
        if (grain == Grain.WEEK) {
            throw new IllegalArgumentException("runs are kept per quarter hour, per hour and per day");
        }
    }

    @Override
    public int compareTo(RunBucketKey other) {
        return ORDER.compare(this, other);
    }
}
