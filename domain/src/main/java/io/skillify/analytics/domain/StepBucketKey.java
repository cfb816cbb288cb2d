package io.skillify.analytics.domain;

import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/** One row of step figures: its grain (day or week, one table each), a workspace, an automation, a node, a bucket. */
public record StepBucketKey(Grain grain, WorkspaceId workspace, UUID automation, String nodeId, Instant bucketStart)
        implements Comparable<StepBucketKey> {

    /** Table by table (days, then weeks), then by key as the database orders it (node ids in the "C" collation). */
    private static final Comparator<StepBucketKey> ORDER = Comparator
            .comparing(StepBucketKey::grain)
            .thenComparing((StepBucketKey key) -> key.workspace().value(), Buckets.UUID_ORDER)
            .thenComparing(StepBucketKey::automation, Buckets.UUID_ORDER)
            .thenComparing(StepBucketKey::nodeId)
            .thenComparing(StepBucketKey::bucketStart);

    public StepBucketKey {
        Objects.requireNonNull(grain);
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(automation);
        Objects.requireNonNull(nodeId);
        Objects.requireNonNull(bucketStart);
        if (grain == Grain.QUARTER || grain == Grain.HOUR) {
            throw new IllegalArgumentException("steps are kept per day and per week");
        }
    }

    @Override
    public int compareTo(StepBucketKey other) {
        return ORDER.compare(this, other);
    }
}
