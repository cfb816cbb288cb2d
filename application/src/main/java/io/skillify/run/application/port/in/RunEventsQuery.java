package io.skillify.run.application.port.in;

import io.skillify.run.domain.RunId;
import io.skillify.shared.domain.WorkspaceId;
import java.util.List;

/** A run's history after {@code afterSeq}, oldest first, at most {@code limit} entries: what live streams send. */
public interface RunEventsQuery {

    List<RunEvent> eventsAfter(WorkspaceId workspace, RunId run, long afterSeq, int limit);
}
