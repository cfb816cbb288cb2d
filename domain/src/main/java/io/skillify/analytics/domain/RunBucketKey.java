package io.skillify.analytics.domain;

import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/** One row of run figures: a workspace, an automation (or {@link Buckets#WORKSPACE_TOTAL}) and a bucket. */
public record RunBucketKey(WorkspaceId workspace, UUID automation, Instant bucketStart)
        implements Comparable<RunBucketKey> {

    /** The order rows are locked in, the same in every transaction so that no two wait for each other. */
    private static final Comparator<RunBucketKey> ORDER = Comparator
            .comparing((RunBucketKey key) -> key.workspace().value(), Buckets.UUID_ORDER)
            .thenComparing(RunBucketKey::automation, Buckets.UUID_ORDER)
            .thenComparing(RunBucketKey::bucketStart);

    public RunBucketKey {
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(automation);
        Objects.requireNonNull(bucketStart);
    }

    @Override
    public int compareTo(RunBucketKey other) {
        return ORDER.compare(this, other);
    }
}
