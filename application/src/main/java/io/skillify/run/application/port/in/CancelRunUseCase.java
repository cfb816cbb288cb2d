package io.skillify.run.application.port.in;

import io.skillify.run.domain.view.RunView;
import io.skillify.run.domain.RunId;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;

/**
 * Cancels a run that has not finished: it and its open steps become cancelled at once, and an engine advancing it
 * right now drops its progress instead of overwriting the cancellation. 409 when the run already finished.
 */
public interface CancelRunUseCase {

    RunView cancel(WorkspaceId workspace, RunId run, AccountId actor);
}
