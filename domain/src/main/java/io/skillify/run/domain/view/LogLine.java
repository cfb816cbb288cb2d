package io.skillify.run.domain.view;

import java.time.Instant;

/** One line of a run's log; {@code seq} increases by one per line within a run. */
public record LogLine(long seq, Instant at, String level, String nodeId, String message) {
}
