package io.skillify.run.application.port.in;

import io.skillify.run.domain.RunId;
import io.skillify.run.domain.event.RunFinished;
import java.util.Collection;
import java.util.List;

/**
 * Finished runs of every workspace in the order of their ids, as the {@link RunFinished} their end published (the
 * same figures, rebuilt from the stored run and steps): the history other contexts rebuild their views from.
 */
public interface FinishedRunsQuery {

    /** Up to {@code limit} finished runs whose id follows {@code after} (null: from the first). */
    List<RunFinished> after(RunId after, int limit);

    /** Those of {@code runs} that exist and have finished, in the order of their ids (at most 10,000 asked). */
    List<RunFinished> of(Collection<RunId> runs);
}
