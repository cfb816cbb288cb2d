package io.skillify.run.application;

import io.skillify.run.application.port.in.FinishedRunsQuery;
import io.skillify.run.application.port.out.FinishedRunHistory;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.shared.application.UseCase;
import java.util.Collection;
import java.util.List;

@UseCase
class FinishedRunsService implements FinishedRunsQuery {

    static final int MOST_PER_PAGE = 10_000;

    private final FinishedRunHistory history;

    FinishedRunsService(FinishedRunHistory history) {
        this.history = history;
    }

    @Override
    public List<RunFinished> after(RunId after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return history.after(after, Math.min(limit, MOST_PER_PAGE));
    }

    @Override
    public List<RunFinished> of(Collection<RunId> runs) {
        if (runs.size() > MOST_PER_PAGE) {
            throw new IllegalArgumentException("at most " + MOST_PER_PAGE + " runs at a time");
        }
        return runs.isEmpty() ? List.of() : history.of(runs);
    }
}
