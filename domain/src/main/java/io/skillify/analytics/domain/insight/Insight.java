package io.skillify.analytics.domain.insight;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One finding about a workspace's runs in a period. {@code kind} is stable (clients may switch on it); the
 * automation, node and worker it concerns are absent when it does not concern one. {@link #key()} names the finding
 * across recomputations (the same kind about the same things is the same insight, whatever its numbers).
 */
public record Insight(String kind, Severity severity, String title, String detail, UUID automationId, String nodeId,
                      UUID workerId, double metric) {

    /** Most severe first, then by kind, then by the things it concerns: the same figures give the same order. */
    public static final Comparator<Insight> ORDER = Comparator.comparing(Insight::severity)
            .thenComparing(Insight::kind)
            .thenComparing(insight -> Objects.toString(insight.automationId(), ""))
            .thenComparing(insight -> Objects.toString(insight.nodeId(), ""))
            .thenComparing(insight -> Objects.toString(insight.workerId(), ""));

    public Insight {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
    }

    public String key() {
        return kind + "|" + Optional.ofNullable(automationId).map(UUID::toString).orElse("")
                + "|" + Optional.ofNullable(nodeId).orElse("")
                + "|" + Optional.ofNullable(workerId).map(UUID::toString).orElse("");
    }
}
