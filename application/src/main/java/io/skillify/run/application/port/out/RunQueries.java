package io.skillify.run.application.port.out;

import io.skillify.automation.domain.AutomationId;
import io.skillify.run.domain.view.LogLine;
import io.skillify.run.domain.view.RunEvent;
import io.skillify.run.domain.view.RunView;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface RunQueries {

    Optional<RunView> run(WorkspaceId workspace, RunId id);

    boolean exists(WorkspaceId workspace, RunId id);

    Page<RunView> runs(WorkspaceId workspace, AutomationId automation, RunStatus status, Instant from, Instant to,
                       PageRequest page);

    /** Log lines only (kind 'log'). */
    List<LogLine> logs(WorkspaceId workspace, RunId run, long afterSeq, int limit);

    /** The whole history: log lines, step changes and the end, as live streams send it. */
    List<RunEvent> events(WorkspaceId workspace, RunId run, long afterSeq, int limit);

    /** The run's {@code end} entry, once it has one. */
    Optional<RunEvent> end(WorkspaceId workspace, RunId run);
}
