package io.skillify.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * Aggregates are kept per 15 minutes of UTC: every zone's offset (30- and 45-minute ones included) is a whole
 * number of such buckets, so any zone's hours, days and weeks are exact unions of them.
 */
public final class Buckets {

    public static final Duration LENGTH = Duration.ofMinutes(15);

    /** The automation id of the row that holds a workspace's total. */
    public static final UUID WORKSPACE_TOTAL = new UUID(0L, 0L);

    /**
     * Ids in PostgreSQL's order (unsigned, byte by byte; {@link UUID#compareTo} compares signed halves): rows are
     * created and locked in this order, the same the database sorts them in, so that no two writers wait for each
     * other in a cycle.
     */
    public static final Comparator<UUID> UUID_ORDER = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private static final long LENGTH_SECONDS = LENGTH.toSeconds();

    private Buckets() {
    }

    /** The start of the 15-minute UTC bucket {@code at} falls in. */
    public static Instant startOf(Instant at) {
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), LENGTH_SECONDS) * LENGTH_SECONDS);
    }
}
