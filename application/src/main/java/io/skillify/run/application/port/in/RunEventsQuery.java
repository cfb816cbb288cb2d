package io.skillify.run.application.port.in;

import io.skillify.run.domain.view.RunEvent;
import io.skillify.run.domain.RunId;
import io.skillify.shared.domain.WorkspaceId;
import java.util.List;
import java.util.Optional;

/** A run's history after {@code afterSeq}, oldest first, at most {@code limit} entries: what live streams send. */
public interface RunEventsQuery {

    List<RunEvent> eventsAfter(WorkspaceId workspace, RunId run, long afterSeq, int limit);

    /** The run's {@code end} entry, once the run is terminal: what a stream resumed at or past it is sent again. */
    Optional<RunEvent> end(WorkspaceId workspace, RunId run);
}
