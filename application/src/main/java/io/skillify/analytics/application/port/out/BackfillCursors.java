package io.skillify.analytics.application.port.out;

import io.skillify.run.domain.RunId;
import java.time.Instant;
import java.util.Optional;

/** Where a backfill stands: the last run it counted, saved after each batch so that it resumes there. */
public interface BackfillCursors {

    Optional<RunId> position(String backfill);

    void save(String backfill, RunId after, Instant at);
}
