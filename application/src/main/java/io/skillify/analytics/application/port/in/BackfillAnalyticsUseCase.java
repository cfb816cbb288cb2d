package io.skillify.analytics.application.port.in;

/**
 * Rebuilds the aggregates from the run history: the automations' names, then every finished run in the order of its
 * id, in batches, through the same once-only counting as live events. Where it stands is saved after each batch, so
 * a backfill that stopped resumes there; runs already counted are never counted again.
 */
public interface BackfillAnalyticsUseCase {

    /** Walks at most {@code mostBatches} batches of {@code batchSize} runs (or to the end when negative). */
    Progress backfill(int batchSize, long mostBatches);

    default Progress backfill(int batchSize) {
        return backfill(batchSize, -1);
    }

    /** Runs read and counted by this call, and whether the history is exhausted. */
    record Progress(long runsRead, long runsCounted, long batches, boolean done) {
    }
}
