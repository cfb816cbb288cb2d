package io.skillify.run.application.port.in;

import io.skillify.run.domain.view.LogLine;
import io.skillify.run.domain.RunId;
import io.skillify.shared.domain.WorkspaceId;
import java.util.List;

/** A run's log lines after {@code afterSeq} (0 for all), oldest first, at most {@code limit}. */
public interface RunLogsQuery {

    List<LogLine> logs(WorkspaceId workspace, RunId run, long afterSeq, int limit);
}
