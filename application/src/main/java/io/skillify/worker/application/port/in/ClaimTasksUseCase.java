package io.skillify.worker.application.port.in;

import io.skillify.worker.domain.ClaimedTask;
import java.util.List;

/**
 * Hands pending tasks to the caller, each to a new worker, atomically: no task goes to two workers and the
 * account never passes its concurrent-worker limit (429 when it is at it), under any concurrency.
 */
public interface ClaimTasksUseCase {

    List<ClaimedTask> claim(ClaimTasksCommand command);
}
