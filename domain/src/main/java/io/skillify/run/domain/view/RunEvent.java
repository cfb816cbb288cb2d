package io.skillify.run.domain.view;

import java.time.Instant;

/**
 * One entry of a run's history: {@code kind} {@code log} (a log line), {@code step} ({@code message} is the step's
 * new status) or {@code end} ({@code message} is the run's final status). {@code seq} orders them without gaps.
 */
public record RunEvent(long seq, String kind, Instant at, String level, String nodeId, String message) {
}
