package io.skillify.run.application.port.out;

import io.skillify.run.domain.RunId;
import io.skillify.run.domain.event.RunFinished;
import java.util.Collection;
import java.util.List;

/** Reads finished runs with their steps' outcomes, by ascending run id. */
public interface FinishedRunHistory {

    List<RunFinished> after(RunId after, int limit);

    /** Those of the runs that exist and have finished, by ascending run id. */
    List<RunFinished> of(Collection<RunId> runs);
}
