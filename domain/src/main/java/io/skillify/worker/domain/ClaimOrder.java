package io.skillify.worker.domain;

import java.util.Comparator;
import java.util.List;

/** The order in which candidates are handed out: highest priority first, then the oldest, then by id (a tie-break). */
public enum ClaimOrder {
    PRIORITY_DESCENDING(Comparator.comparingInt((Task task) -> task.spec().priority()).reversed()),
    CREATED_AT_ASCENDING(Comparator.comparing(Task::createdAt)),
    ID_ASCENDING(Comparator.comparing((Task task) -> task.id().value()));

    /** The keys in the order they apply. */
    public static final List<ClaimOrder> KEYS = List.of(values());

    /** All keys as one comparator. */
    public static final Comparator<Task> COMPARATOR = KEYS.stream().map(key -> key.comparator)
            .reduce(Comparator::thenComparing).orElseThrow();

    private final Comparator<Task> comparator;

    ClaimOrder(Comparator<Task> comparator) {
        this.comparator = comparator;
    }
}
