package io.skillify.analytics.domain;

import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/** One row of step figures: a workspace, an automation, a node of its flow and a bucket. */
public record StepBucketKey(WorkspaceId workspace, UUID automation, String nodeId, Instant bucketStart)
        implements Comparable<StepBucketKey> {

    private static final Comparator<StepBucketKey> ORDER = Comparator
            .comparing((StepBucketKey key) -> key.workspace().value(), Buckets.UUID_ORDER)
            .thenComparing(StepBucketKey::automation, Buckets.UUID_ORDER)
            .thenComparing(StepBucketKey::nodeId)
            .thenComparing(StepBucketKey::bucketStart);

    public StepBucketKey {
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(automation);
        Objects.requireNonNull(nodeId);
        Objects.requireNonNull(bucketStart);
    }

    @Override
    public int compareTo(StepBucketKey other) {
        return ORDER.compare(this, other);
    }
}
