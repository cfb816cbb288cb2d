package io.skillify.analytics.application.port.out;

import io.skillify.run.domain.RunId;
import io.skillify.shared.domain.WorkspaceId;
import java.util.List;

/** Finished runs waiting to be counted, one entry per run. */
public interface AnalyticsInbox {

    /** Adds the run in the current transaction (the one finishing it); a run already waiting stays one entry. */
    void add(WorkspaceId workspace, RunId run);

    /**
     * Takes up to {@code most} waiting runs: they are gone when the current transaction commits and waiting again if
     * it rolls back; runs another transaction is taking are skipped, not waited for.
     */
    List<RunId> take(int most);
}
